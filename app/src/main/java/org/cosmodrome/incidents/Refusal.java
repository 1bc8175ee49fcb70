package org.cosmodrome.incidents;

/**
 * Why a claim does not take a change: input no state of the claim could accept ({@link Reason#INVALID}, answered
 * 400), or input the claim's current state rules out ({@link Reason#CONFLICT}, answered 409).
 *
 * @param field the request field concerned, in JSON-path form, or {@code null} for the whole request
 * @param code a stable, machine-readable code
 * @param message an English sentence for people
 */
public record Refusal(Reason reason, String field, String code, String message) {

    public enum Reason { INVALID, CONFLICT }

    static Refusal invalid(String field, String code, String message) {
        return new Refusal(Reason.INVALID, field, code, message);
    }

    static Refusal conflict(String field, String code, String message) {
        return new Refusal(Reason.CONFLICT, field, code, message);
    }

    /** The refusal as the platform's exception, for the API to answer. */
    RuntimeException toException() {
        return reason == Reason.INVALID ? new org.cosmodrome.platform.InvalidField(field, code, message)
                : new org.cosmodrome.platform.RuleViolation(code, field, message);
    }
}
