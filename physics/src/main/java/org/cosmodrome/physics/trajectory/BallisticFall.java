package org.cosmodrome.physics.trajectory;

import org.cosmodrome.physics.atmosphere.Atmosphere;
import org.cosmodrome.physics.atmosphere.StandardAtmosphere1976;
import org.cosmodrome.physics.atmosphere.WindProfile;
import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.cosmodrome.physics.geodesy.LocalFrame;
import org.cosmodrome.physics.geodesy.Vector3;
import org.cosmodrome.physics.geodesy.Wgs84;
import org.cosmodrome.physics.gravity.EarthGravity;
import org.cosmodrome.physics.integration.DormandPrince54;

/**
 * The unpowered fall of a body (a spent stage, a fairing, a failed vehicle) from a state to the ground: a point mass in
 * the rotating Earth-fixed frame under J2 gravity ({@link EarthGravity}), Coriolis and centrifugal accelerations, and
 * drag {@code -ρ|v_rel|v_rel/(2β)} with a constant ballistic coefficient β = m/(C_D·A) against air that co-rotates with
 * the Earth plus a horizontal wind. Integrated with {@link DormandPrince54}; the impact is found on the step's cubic
 * Hermite interpolant to 0.1 m in altitude. No lift, tumbling or break-up: every piece that may separate is a body of
 * its own. Valid from the ground to about 2,000 km altitude and for falls up to {@link #timeLimit()} seconds.
 * <p>
 * Instances are immutable and thread-safe; each fall allocates its own integrator.
 */
public final class BallisticFall {

    /** Default largest integration step, s. */
    private static final double MAX_STEP = 30;
    /** Height above the ground below which a step's end is checked with the exact geodetic altitude, m. */
    private static final double NEAR_GROUND = 100;
    /** The velocity tolerance is the position tolerance over this time, s. */
    private static final double VELOCITY_TIME_SCALE = 10;

    private final Atmosphere atmosphere;
    private final WindProfile wind;
    private final double groundAltitude;
    private final double positionTolerance;
    private final double timeLimit;

    /**
     * @param groundAltitude altitude of the ground above the ellipsoid where the fall ends, m
     * @param positionTolerance absolute tolerance on position per step, m (velocity: a tenth of it, in m/s)
     * @param timeLimit longest fall computed, s
     */
    public BallisticFall(Atmosphere atmosphere, WindProfile wind, double groundAltitude, double positionTolerance,
            double timeLimit) {
        if (!(positionTolerance > 0) || !(timeLimit > 0)) {
            throw new IllegalArgumentException("tolerance and time limit must be positive");
        }
        this.atmosphere = atmosphere;
        this.wind = wind;
        this.groundAltitude = groundAltitude;
        this.positionTolerance = positionTolerance;
        this.timeLimit = timeLimit;
    }

    /** Falls in the US Standard Atmosphere 1976 without wind to the ellipsoid, 1 m tolerance, up to 3 hours. */
    public static BallisticFall standard() {
        return new BallisticFall(new StandardAtmosphere1976(), WindProfile.CALM, 0, 1.0, 3 * 3600);
    }

    public BallisticFall withWind(WindProfile profile) {
        return new BallisticFall(atmosphere, profile, groundAltitude, positionTolerance, timeLimit);
    }

    public BallisticFall withGroundAltitude(double altitude) {
        return new BallisticFall(atmosphere, wind, altitude, positionTolerance, timeLimit);
    }

    public BallisticFall withTolerance(double metres) {
        return new BallisticFall(atmosphere, wind, groundAltitude, metres, timeLimit);
    }

    public double timeLimit() {
        return timeLimit;
    }

    public double groundAltitude() {
        return groundAltitude;
    }

    /**
     * The fall from a geodetic position with a velocity relative to the rotating Earth.
     *
     * @param position start, altitude above the ellipsoid in metres (at or above the ground)
     * @param velocityEnu velocity relative to the ground in the local east-north-up frame at {@code position}, m/s
     * @param ballisticCoefficient β = m/(C_D·A) in kg/m², positive
     * @throws NoImpact if the body stays up longer than {@link #timeLimit()}
     */
    public Impact fall(GeodeticPoint position, Vector3 velocityEnu, double ballisticCoefficient) {
        LocalFrame frame = new LocalFrame(position);
        Vector3 r = Wgs84.toEcef(position);
        Vector3 v = frame.toEcef(velocityEnu.x(), velocityEnu.y(), velocityEnu.z());
        return fall(new double[] {r.x(), r.y(), r.z(), v.x(), v.y(), v.z()}, ballisticCoefficient);
    }

    /**
     * The fall from an Earth-fixed state.
     *
     * @param state {x, y, z, vx, vy, vz}: ECEF position in metres and velocity relative to the rotating Earth in m/s
     * @param ballisticCoefficient β = m/(C_D·A) in kg/m², positive
     * @throws NoImpact if the body stays up longer than {@link #timeLimit()}
     */
    public Impact fall(double[] state, double ballisticCoefficient) {
        if (!(ballisticCoefficient > 0)) {
            throw new IllegalArgumentException("ballistic coefficient must be positive, was " + ballisticCoefficient);
        }
        double invBeta = 1 / ballisticCoefficient;
        boolean calm = wind.isCalm();
        double[] w = new double[2];
        DormandPrince54.Derivatives f = (t, y, d) -> {
            EarthGravity.freeMotion(y, d);
            double x = y[0];
            double yy = y[1];
            double z = y[2];
            double h = Wgs84.approximateAltitude(x, yy, z);
            double rho = atmosphere.density(h);
            if (rho > 0) {
                double rx = y[3];
                double ry = y[4];
                double rz = y[5];
                if (!calm) {
                    wind.at(h, w);
                    double p = Math.hypot(x, yy);
                    double r = Math.sqrt(p * p + z * z);
                    double sinLon = yy / p;
                    double cosLon = x / p;
                    double sinLat = z / r;
                    double cosLat = p / r;
                    // wind (east, north) to ECEF with the geocentric local frame (within 0.2° of the geodetic one)
                    rx -= -sinLon * w[0] - sinLat * cosLon * w[1];
                    ry -= cosLon * w[0] - sinLat * sinLon * w[1];
                    rz -= cosLat * w[1];
                }
                double speed = Math.sqrt(rx * rx + ry * ry + rz * rz);
                double k = -0.5 * rho * speed * invBeta;
                d[3] += k * rx;
                d[4] += k * ry;
                d[5] += k * rz;
            }
        };
        double tol = positionTolerance;
        // Velocity to a tenth of the position tolerance per second: a velocity error lasts for the rest of the fall,
        // and at an equal tolerance (1 m/s for 1 m) the impact speed of a 40 m/s terminal fall came out 3 % low.
        double vtol = positionTolerance / VELOCITY_TIME_SCALE;
        DormandPrince54 integrator = new DormandPrince54(f, new double[] {tol, tol, tol, vtol, vtol, vtol}, 1e-12,
                MAX_STEP);
        integrator.reset(0, state, 1.0);
        double[] previous = state.clone();
        double[] previousRate = new double[6];
        f.compute(0, previous, previousRate);
        int steps = 0;
        double startAltitude = Wgs84.toGeodetic(state[0], state[1], state[2]).altitude();
        if (startAltitude < groundAltitude) {
            throw new IllegalArgumentException("the fall starts below the ground (" + startAltitude + " m)");
        }
        while (integrator.time() < timeLimit) {
            double t0 = integrator.time();
            double hh = integrator.step(timeLimit - t0);
            steps++;
            double[] y = integrator.state();
            // The exact geodetic altitude costs as much as the step's six derivatives: look it up only near the
            // ground, where the cheap one is within centimetres of it (metres at worst below 1,000 km).
            if (Wgs84.approximateAltitude(y[0], y[1], y[2]) <= groundAltitude + NEAR_GROUND
                    && Wgs84.toGeodetic(y[0], y[1], y[2]).altitude() <= groundAltitude) {
                return impact(previous, previousRate, y, integrator.derivative(), t0, hh, steps);
            }
            System.arraycopy(y, 0, previous, 0, 6);
            System.arraycopy(integrator.derivative(), 0, previousRate, 0, 6);
        }
        throw new NoImpact(timeLimit);
    }

    private Impact impact(double[] y0, double[] d0, double[] y1, double[] d1, double t0, double hh, int steps) {
        // Regula falsi with the Illinois modification on the interpolant's height above the ground, which is above
        // at the step's start and not above at its end; it ends on the fraction whose point is within 0.1 m of the
        // ground (or within 1 µs of the crossing), and that point is the impact. Three or four heights usually do.
        // Heights are the cheap approximate altitude plus its offset from the exact one at the step's end: a few
        // kilometres from the ellipsoid the two differ by millimetres, and so does that offset along the step.
        double offset = Wgs84.toGeodetic(y1[0], y1[1], y1[2]).altitude() - Wgs84.approximateAltitude(y1[0], y1[1],
                y1[2]) - groundAltitude;
        double lo = 0;
        double hi = 1;
        double aboveLo = Math.max(Double.MIN_VALUE, Wgs84.approximateAltitude(y0[0], y0[1], y0[2]) + offset);
        double aboveHi = Math.min(0, Wgs84.approximateAltitude(y1[0], y1[1], y1[2]) + offset);
        double theta = 1;
        double[] s = new double[6];
        int kept = 0;
        for (int i = 0; i < 100 && (hi - lo) * hh > 1e-6; i++) {
            theta = aboveLo - aboveHi > 0 ? (lo * aboveHi - hi * aboveLo) / (aboveHi - aboveLo) : 0.5 * (lo + hi);
            hermite(y0, d0, y1, d1, hh, theta, s);
            double above = Wgs84.approximateAltitude(s[0], s[1], s[2]) + offset;
            if (Math.abs(above) < 0.1) {
                break;
            }
            if (above > 0) {
                lo = theta;
                aboveLo = above;
                aboveHi = kept > 0 ? 0.5 * aboveHi : aboveHi;
                kept = 1;
            } else {
                hi = theta;
                aboveHi = above;
                aboveLo = kept < 0 ? 0.5 * aboveLo : aboveLo;
                kept = -1;
            }
        }
        hermite(y0, d0, y1, d1, hh, theta, s);
        GeodeticPoint ground = Wgs84.toGeodetic(s[0], s[1], s[2]).atAltitude(groundAltitude);
        Vector3 enu = new LocalFrame(ground).toEnu(new Vector3(s[3], s[4], s[5]));
        return new Impact(ground, t0 + theta * hh, enu, steps);
    }

    /** Cubic Hermite interpolation of position (from positions and velocities) and velocity (from velocities and
     *  accelerations) at fraction {@code th} of a step of length {@code h}. */
    private static void hermite(double[] y0, double[] d0, double[] y1, double[] d1, double h, double th,
            double[] out) {
        double h00 = (1 + 2 * th) * (1 - th) * (1 - th);
        double h10 = th * (1 - th) * (1 - th);
        double h01 = th * th * (3 - 2 * th);
        double h11 = th * th * (th - 1);
        for (int i = 0; i < 6; i++) {
            out[i] = h00 * y0[i] + h10 * h * d0[i] + h01 * y1[i] + h11 * h * d1[i];
        }
    }
}
