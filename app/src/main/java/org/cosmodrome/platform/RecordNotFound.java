package org.cosmodrome.platform;

/**
 * A record asked for by id does not exist (or is not visible to the caller). Answered with 404.
 */
public class RecordNotFound extends RuntimeException {

    private final String recordType;
    private final String id;

    /**
     * @param recordType the kind of record in the spaceport's words, e.g. {@code "pad"}
     * @param id the id that was asked for
     */
    public RecordNotFound(String recordType, String id) {
        super("No " + recordType + " with id '" + id + "'");
        this.recordType = recordType;
        this.id = id;
    }

    public String recordType() {
        return recordType;
    }

    public String id() {
        return id;
    }
}
