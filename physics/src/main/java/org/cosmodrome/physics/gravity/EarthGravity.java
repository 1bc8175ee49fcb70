package org.cosmodrome.physics.gravity;

/**
 * The Earth's gravity field to second zonal degree (point mass plus J2 oblateness), expressed in the Earth-fixed frame,
 * and the Earth's rotation rate. Constants: GM and ω from WGS-84 (NIMA TR8350.2, table 3.1), the equatorial radius of
 * WGS-84 and the unnormalised J2 of EGM96 (1.08262668e-3, as used by Orekit's {@code Constants.EGM96_EARTH_C20}).
 * Valid above the Earth's surface; neglects higher harmonics (effects of a few hundred metres on a ten-minute fall).
 */
public final class EarthGravity {

    /** Gravitational parameter, m³/s². */
    public static final double GM = 3.986004418e14;
    /** Reference equatorial radius, m. */
    public static final double RE = 6_378_137.0;
    /** Unnormalised second zonal coefficient. */
    public static final double J2 = 1.08262668e-3;
    /** Earth rotation rate, rad/s. */
    public static final double OMEGA = 7.292115e-5;

    private EarthGravity() {
    }

    /**
     * Gravitational acceleration (without the centrifugal term) at an Earth-fixed position.
     *
     * @param x position in metres, ECEF
     * @param out receives the acceleration in m/s², ECEF
     */
    public static void acceleration(double x, double y, double z, double[] out) {
        double r2 = x * x + y * y + z * z;
        double r = Math.sqrt(r2);
        double mr3 = GM / (r2 * r);
        double k = 1.5 * J2 * RE * RE / r2;
        double zr2 = z * z / r2;
        double horizontal = 1 + k * (1 - 5 * zr2);
        out[0] = -mr3 * x * horizontal;
        out[1] = -mr3 * y * horizontal;
        out[2] = -mr3 * z * (1 + k * (3 - 5 * zr2));
    }

    /**
     * The rate of change of the Earth-fixed state of a body on which only gravity acts: {@code d(r, v)/dt = (v, a)} with
     * {@code a} gravity ({@link #acceleration}) plus the rotating frame's centrifugal {@code −ω×(ω×r) = ω²(x, y, 0)}
     * and Coriolis {@code −2ω×v} accelerations, ω along the z axis. Callers add their forces per unit mass (drag,
     * thrust) to {@code rate[3..5]}.
     *
     * @param state {x, y, z, vx, vy, vz}: ECEF position in metres and velocity relative to the rotating Earth in m/s
     * @param rate receives {vx, vy, vz, ax, ay, az} in m/s and m/s², ECEF; may not be {@code state} itself
     */
    public static void freeMotion(double[] state, double[] rate) {
        double vx = state[3];
        double vy = state[4];
        acceleration(state[0], state[1], state[2], rate);
        rate[3] = rate[0] + 2 * OMEGA * vy + OMEGA * OMEGA * state[0];
        rate[4] = rate[1] - 2 * OMEGA * vx + OMEGA * OMEGA * state[1];
        rate[5] = rate[2];
        rate[0] = vx;
        rate[1] = vy;
        rate[2] = state[5];
    }
}
