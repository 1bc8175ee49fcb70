package org.cosmodrome.vehicles;

/**
 * The propellant combination of a stage, as a hazard class for range safety and the host state's caps.
 * Toxic hypergolic propellants (UDMH "heptyl" with N2O4 "amyl") poison the drop zones and crash sites; they are
 * what the host state caps and what the Proton accidents spread.
 */
public enum PropellantClass {
    /** UDMH (heptyl) or MMH with N2O4 (amyl): toxic, storable, self-igniting. */
    TOXIC_HYPERGOLIC(true),
    /** RP-1 (kerosene) with liquid oxygen. */
    KEROSENE_LOX(false),
    /** Liquid methane with liquid oxygen. */
    METHANE_LOX(false),
    /** Liquid hydrogen with liquid oxygen. */
    HYDROGEN_LOX(false),
    /** Solid fuel grain (paraffin) with a liquid oxidiser. */
    HYBRID(false),
    /** Solid composite propellant. */
    SOLID(false);

    private final boolean toxic;

    PropellantClass(boolean toxic) {
        this.toxic = toxic;
    }

    /** Whether spilled or unburnt propellant of this class is acutely toxic to people and land. */
    public boolean isToxic() {
        return toxic;
    }
}
