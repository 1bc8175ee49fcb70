package org.cosmodrome.planning;

/**
 * A schedule-v1 document that is malformed or inconsistent. {@link #field()} names the offending value in JSON-path
 * form ({@code requests[3].latest}, {@code $} for the document as a whole).
 */
public final class ScheduleFormatException extends IllegalArgumentException {

    private final String field;
    private final String detail;

    public ScheduleFormatException(String field, String detail) {
        super(field + ": " + detail);
        this.field = field;
        this.detail = detail;
    }

    /** The offending value's path, e.g. {@code requests[3].latest}; {@code $} for the whole document. */
    public String field() {
        return field;
    }

    /** What is wrong with it, without the path. */
    public String detail() {
        return detail;
    }
}
