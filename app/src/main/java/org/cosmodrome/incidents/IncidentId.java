package org.cosmodrome.incidents;

/** An incident's id: 1-81 lowercase letters, digits and dashes, such as {@code proton-m-2013-07-02}. */
public record IncidentId(String value) {

    public IncidentId {
        if (value == null || !value.matches("[a-z0-9][a-z0-9-]{0,80}")) {
            throw new IllegalArgumentException("an incident id is 1-81 lowercase letters, digits and dashes");
        }
    }

    public static IncidentId of(String value) {
        return new IncidentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
