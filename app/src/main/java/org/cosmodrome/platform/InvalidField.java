package org.cosmodrome.platform;

/**
 * A value of a request field that no state of the records could make acceptable (a reference to a vehicle that
 * does not exist, an end before its start). Answered with 400 and the field named.
 */
public class InvalidField extends RuntimeException {

    private final String field;
    private final String code;

    /**
     * @param field the field as the client sent it, in JSON-path form such as {@code stages[1].propellantClass}
     * @param code a stable, machine-readable code
     * @param message an English sentence for people
     */
    public InvalidField(String field, String code, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
