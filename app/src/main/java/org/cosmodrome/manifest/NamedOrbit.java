package org.cosmodrome.manifest;

/**
 * Orbits Baikonur launches to by name, each with the inclination of its corridor in degrees. Due-east launches
 * (about 46°) would drop stages on China, so nothing goes below 51.5°.
 */
public enum NamedOrbit {
    /** The International Space Station, 51.6°. */
    ISS(51.6),
    /** GLONASS navigation satellites, 64.8°. */
    GLONASS(64.8),
    /** Sun-synchronous, about 97.6° through the northern corridor. */
    SSO(97.6),
    /** Geostationary transfer via a 51.5° parking orbit (Proton). */
    GTO(51.5);

    private final double inclination;

    NamedOrbit(double inclination) {
        this.inclination = inclination;
    }

    /** The inclination in degrees. */
    public double inclination() {
        return inclination;
    }
}
