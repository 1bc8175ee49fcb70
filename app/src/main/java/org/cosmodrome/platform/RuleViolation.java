package org.cosmodrome.platform;

/**
 * A request that is well formed but breaks a rule of the spaceport given the current state of its records, such as an
 * invalid pad status transition or a duplicate id. Answered with 409 Conflict and a stable {@link #code()}.
 */
public class RuleViolation extends RuntimeException {

    private final String code;
    private final String field;

    /**
     * @param code a stable, machine-readable code, e.g. {@code "pad.status.transition-not-allowed"}
     * @param field the request field the rule concerns, or {@code null} when it concerns the whole request
     * @param message an English sentence for people
     */
    public RuleViolation(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    /** The request field the rule concerns; {@code null} when it concerns the whole request. */
    public String field() {
        return field;
    }
}
