package org.cosmodrome.incidents;

/** A damage claim's id: 1-81 lowercase letters, digits and dashes, such as {@code kz-claim-2013}. */
public record ClaimId(String value) {

    public ClaimId {
        if (value == null || !value.matches("[a-z0-9][a-z0-9-]{0,80}")) {
            throw new IllegalArgumentException("a claim id is 1-81 lowercase letters, digits and dashes");
        }
    }

    public static ClaimId of(String value) {
        return new ClaimId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
