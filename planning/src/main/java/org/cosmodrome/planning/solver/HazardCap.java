package org.cosmodrome.planning.solver;

import java.util.Locale;

/**
 * A cap of the host state on launches per calendar year: of one propellant hazard class, of one vehicle family, or of
 * the vehicles that are both; in every year or in one. A problem fact; equal only to itself.
 *
 * @param hazardClass e.g. {@code TOXIC}, or {@code null} for any class
 * @param family a vehicle family, e.g. {@code Proton}, or {@code null} for any family
 * @param year the calendar year it caps, or {@code null} for every year
 * @param maxPerYear launches per calendar year, at least 0
 */
public record HazardCap(String hazardClass, String family, Integer year, int maxPerYear) {

    /** A cap of one hazard class in every year. */
    public HazardCap(String hazardClass, int maxPerYear) {
        this(hazardClass, null, null, maxPerYear);
    }

    /** Whether launches of a vehicle of this family and hazard class count against the cap. */
    public boolean counts(String vehicleFamily, String vehicleHazardClass) {
        return (hazardClass == null || hazardClass.equals(vehicleHazardClass))
                && (family == null || family.equals(vehicleFamily));
    }

    /** Whether the cap limits launches in this calendar year. */
    public boolean appliesIn(int calendarYear) {
        return year == null || year == calendarYear;
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** The cap's name in plain words, e.g. {@code toxic-propellant cap} or {@code Proton family cap}. */
    public String description() {
        if (family == null) {
            return hazardClass.toLowerCase(Locale.ROOT).replace('_', ' ') + "-propellant cap";
        }
        return hazardClass == null ? family + " family cap"
                : hazardClass.toLowerCase(Locale.ROOT).replace('_', ' ') + "-propellant " + family + " family cap";
    }
}
