package org.cosmodrome.manifest;

import org.cosmodrome.platform.InvalidField;

/**
 * A target orbit: a named one, or a custom inclination and altitude.
 *
 * @param named the named orbit, or {@code null} for a custom one
 * @param inclination in degrees, 0 to 180; for a named orbit its own inclination
 * @param altitudeKm the target altitude in kilometres above the surface, or {@code null} when not given
 */
public record Orbit(NamedOrbit named, double inclination, Double altitudeKm) {

    public Orbit {
        if (named != null) {
            inclination = named.inclination();
        }
        if (!(inclination >= 0 && inclination <= 180)) {
            throw new InvalidField("orbit.inclination", "launch.orbit.inclination-out-of-range",
                    "orbit.inclination must be between 0 and 180 degrees, was " + inclination);
        }
        if (altitudeKm != null && !(altitudeKm > 0 && altitudeKm < 500_000)) {
            throw new InvalidField("orbit.altitudeKm", "launch.orbit.altitude-out-of-range",
                    "orbit.altitudeKm must be above 0 km, was " + altitudeKm);
        }
    }

    public static Orbit named(NamedOrbit orbit) {
        return new Orbit(orbit, orbit.inclination(), null);
    }

    public static Orbit custom(double inclination, Double altitudeKm) {
        return new Orbit(null, inclination, altitudeKm);
    }
}
