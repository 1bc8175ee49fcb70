package org.cosmodrome.physics.vehicles;

/** A vehicle profile document is malformed or inconsistent; the message and {@link #field()} name the field. */
public final class VehicleProfileException extends IllegalArgumentException {

    private final String field;

    /**
     * @param field the field's path in the document
     * @param problem what is wrong with it
     */
    public VehicleProfileException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** @return the field's path in the document, such as {@code stages[boosters].dryMass} */
    public String field() {
        return field;
    }
}
