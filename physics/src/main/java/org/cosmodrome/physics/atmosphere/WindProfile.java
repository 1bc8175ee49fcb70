package org.cosmodrome.physics.atmosphere;

import java.util.List;

/**
 * Horizontal wind as a function of altitude, piecewise linear between levels and constant beyond the first and last.
 * Wind moves the air relative to the rotating Earth; vertical wind is neglected.
 */
public final class WindProfile {

    /** No wind at any altitude. */
    public static final WindProfile CALM = new WindProfile(List.of());

    /**
     * A wind level.
     *
     * @param altitude geometric altitude in metres
     * @param east eastward wind speed in m/s (air moving towards the east)
     * @param north northward wind speed in m/s
     */
    public record Level(double altitude, double east, double north) {
    }

    private final double[] altitudes;
    private final double[] east;
    private final double[] north;

    /** @param levels in strictly increasing altitude */
    public WindProfile(List<Level> levels) {
        int n = levels.size();
        altitudes = new double[n];
        east = new double[n];
        north = new double[n];
        for (int i = 0; i < n; i++) {
            Level l = levels.get(i);
            if (i > 0 && !(l.altitude() > altitudes[i - 1])) {
                throw new IllegalArgumentException("wind levels must increase in altitude");
            }
            altitudes[i] = l.altitude();
            east[i] = l.east();
            north[i] = l.north();
        }
    }

    /** A profile scaled by a factor, for dispersing the wind's strength. */
    public WindProfile scaled(double factor) {
        List<Level> levels = new java.util.ArrayList<>();
        for (int i = 0; i < altitudes.length; i++) {
            levels.add(new Level(altitudes[i], east[i] * factor, north[i] * factor));
        }
        return new WindProfile(levels);
    }

    /** This profile with a constant wind added at every level (and everywhere if it has none). */
    public WindProfile plus(double eastOffset, double northOffset) {
        if (altitudes.length == 0) {
            return new WindProfile(List.of(new Level(0, eastOffset, northOffset)));
        }
        List<Level> levels = new java.util.ArrayList<>();
        for (int i = 0; i < altitudes.length; i++) {
            levels.add(new Level(altitudes[i], east[i] + eastOffset, north[i] + northOffset));
        }
        return new WindProfile(levels);
    }

    public boolean isCalm() {
        for (int i = 0; i < altitudes.length; i++) {
            if (east[i] != 0 || north[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param altitude geometric altitude in metres
     * @param out receives {east, north} in m/s
     */
    public void at(double altitude, double[] out) {
        int n = altitudes.length;
        if (n == 0) {
            out[0] = 0;
            out[1] = 0;
            return;
        }
        if (altitude <= altitudes[0] || n == 1) {
            out[0] = east[0];
            out[1] = north[0];
            return;
        }
        if (altitude >= altitudes[n - 1]) {
            out[0] = east[n - 1];
            out[1] = north[n - 1];
            return;
        }
        int i = 0;
        while (altitude > altitudes[i + 1]) {
            i++;
        }
        double w = (altitude - altitudes[i]) / (altitudes[i + 1] - altitudes[i]);
        out[0] = east[i] + w * (east[i + 1] - east[i]);
        out[1] = north[i] + w * (north[i + 1] - north[i]);
    }
}
