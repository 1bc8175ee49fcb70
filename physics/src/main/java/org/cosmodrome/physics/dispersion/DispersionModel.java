package org.cosmodrome.physics.dispersion;

import org.cosmodrome.physics.atmosphere.WindProfile;

/**
 * The uncertainties a Monte Carlo dispersion draws for each sampled fall, all normal with zero mean and the given
 * standard deviation (1σ) unless stated. They represent the spread of real flights around the nominal trajectory.
 *
 * @param separationTime σ of the separation time, s; the state is moved along the nominal path by that much
 * @param speed σ of the separation speed as a fraction of it (0.005 = 0.5%)
 * @param flightPathAngle σ of the flight-path angle at separation, radians
 * @param heading σ of the heading (azimuth of the velocity) at separation, radians
 * @param ballisticCoefficient σ of the spent body's ballistic coefficient as a fraction of it (tumbling, break-up)
 * @param wind the nominal wind profile every sample starts from ({@link WindProfile#CALM} for none)
 * @param windSpeed σ of a wind offset drawn per sample for each of east and north, m/s, constant with altitude
 */
public record DispersionModel(double separationTime, double speed, double flightPathAngle, double heading,
        double ballisticCoefficient, WindProfile wind, double windSpeed) {

    public DispersionModel {
        if (separationTime < 0 || speed < 0 || flightPathAngle < 0 || heading < 0 || ballisticCoefficient < 0
                || windSpeed < 0) {
            throw new IllegalArgumentException("standard deviations cannot be negative");
        }
        if (ballisticCoefficient >= 0.5) {
            throw new IllegalArgumentException("a ballistic-coefficient σ of 50% or more would draw negative values");
        }
    }

    /**
     * Default uncertainties for a liquid-fuelled stage: 0.5 s, 0.5% speed, 0.3° flight path and heading, 15% ballistic
     * coefficient, 10 m/s wind, calm nominal wind. ASSUMPTION: no published dispersion budget for Soyuz or Proton
     * stages was found; these values are of the order used in published range-safety studies of expendable
     * launchers and give footprints of tens of kilometres for boosters, as the drop zones' sizes suggest.
     */
    public static DispersionModel typical() {
        return new DispersionModel(0.5, 0.005, Math.toRadians(0.3), Math.toRadians(0.3), 0.15, WindProfile.CALM,
                10);
    }

    /** No dispersion at all: every sample is the nominal fall (useful as a check). */
    public static DispersionModel none() {
        return new DispersionModel(0, 0, 0, 0, 0, WindProfile.CALM, 0);
    }
}
