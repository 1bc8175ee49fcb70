package org.cosmodrome.physics.trajectory;

/** A pad at latitude φ cannot launch directly into an inclination below |φ| or above 180° − |φ|. */
public final class InclinationNotReachable extends IllegalArgumentException {

    private final double latitudeDegrees;
    private final double inclinationDegrees;

    public InclinationNotReachable(double latitudeDegrees, double inclinationDegrees) {
        super(String.format(java.util.Locale.ROOT,
                "an inclination of %.2f° cannot be reached directly from latitude %.3f°: it must lie within "
                        + "[%.3f°, %.3f°]", inclinationDegrees, latitudeDegrees, Math.abs(latitudeDegrees),
                180 - Math.abs(latitudeDegrees)));
        this.latitudeDegrees = latitudeDegrees;
        this.inclinationDegrees = inclinationDegrees;
    }

    public double latitudeDegrees() {
        return latitudeDegrees;
    }

    public double inclinationDegrees() {
        return inclinationDegrees;
    }
}
