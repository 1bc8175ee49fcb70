package org.cosmodrome.vehicles;

/**
 * Filters of the vehicle listing; every {@code null} means "any".
 *
 * @param status only vehicles in this status
 * @param propellantClass only vehicles with at least one stage of this class
 * @param toxic only vehicles that do ({@code true}) or do not ({@code false}) burn toxic propellant on every flight
 * @param family only this family, case-insensitive
 * @param text only vehicles whose name contains this text, case-insensitive
 */
public record VehicleFilter(VehicleStatus status, PropellantClass propellantClass, Boolean toxic, String family,
        String text) {

    public static VehicleFilter none() {
        return new VehicleFilter(null, null, null, null, null);
    }
}
