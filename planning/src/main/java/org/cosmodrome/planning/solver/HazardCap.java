package org.cosmodrome.planning.solver;

/**
 * The host state's cap on launches of one propellant hazard class per calendar year. A problem fact; equal only to
 * itself.
 *
 * @param hazardClass e.g. {@code TOXIC}
 * @param maxPerYear launches per calendar year, at least 0
 */
public record HazardCap(String hazardClass, int maxPerYear) {

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** The cap's name in plain words, e.g. {@code toxic-propellant cap}. */
    public String description() {
        return hazardClass.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "-propellant cap";
    }
}
