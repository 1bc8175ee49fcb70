package org.cosmodrome.physics.trajectory;

import org.cosmodrome.physics.gravity.EarthGravity;

/**
 * The launch azimuth that puts a vehicle into an orbit plane of given inclination from a pad's latitude. The inertial
 * azimuth follows from spherical trigonometry, {@code sin β_i = cos i / cos φ} (e.g. Vallado, Fundamentals of
 * Astrodynamics, 4th ed., §6.4); the azimuth to steer relative to the rotating Earth corrects for the eastward speed of
 * the pad, {@code tan β_r = (v sin β_i − ω R cos φ) / (v cos β_i)}, with v the inertial speed of the target orbit.
 * A pad reaches inclinations from |φ| to 180° − |φ|; anything else is refused.
 */
public final class LaunchAzimuth {

    /** Which of the two launch opportunities a day: crossing the target plane going north or going south. */
    public enum Direction {
        /** Ascending pass: azimuth in the northern half (north-east for prograde, north-west for retrograde). */
        NORTHBOUND,
        /** Descending pass: the mirror azimuth, 180° − β. */
        SOUTHBOUND
    }

    /**
     * @param inertial azimuth in the non-rotating frame, radians clockwise from north, [0, 2π)
     * @param relative azimuth to fly relative to the rotating Earth, radians clockwise from north, [0, 2π)
     */
    public record Azimuth(double inertial, double relative) {
        public double inertialDegrees() {
            return Math.toDegrees(inertial);
        }

        public double relativeDegrees() {
            return Math.toDegrees(relative);
        }
    }

    private LaunchAzimuth() {
    }

    /**
     * @param latitude pad geodetic latitude in radians
     * @param inclination target inclination in radians, [0, π]
     * @param orbitalSpeed inertial speed at injection in m/s (7,784 m/s for a 200 km circular orbit)
     * @param radius distance of the pad from the Earth's axis divided by cos φ, m (the equatorial radius will do)
     * @throws InclinationNotReachable when |cos i| > cos φ
     */
    public static Azimuth forInclination(double latitude, double inclination, Direction direction,
            double orbitalSpeed, double radius) {
        if (!(inclination >= 0 && inclination <= Math.PI)) {
            throw new IllegalArgumentException("inclination must be within [0, 180]°, was "
                    + Math.toDegrees(inclination));
        }
        double ratio = Math.cos(inclination) / Math.cos(latitude);
        if (Math.abs(ratio) > 1 + 1e-12) {
            throw new InclinationNotReachable(Math.toDegrees(latitude), Math.toDegrees(inclination));
        }
        double beta = Math.asin(Math.max(-1, Math.min(1, ratio)));
        if (direction == Direction.SOUTHBOUND) {
            beta = Math.PI - beta;
        }
        double vEast = orbitalSpeed * Math.sin(beta) - EarthGravity.OMEGA * radius * Math.cos(latitude);
        double vNorth = orbitalSpeed * Math.cos(beta);
        return new Azimuth(wrap(beta), wrap(Math.atan2(vEast, vNorth)));
    }

    /** As the full form for a northbound launch into a 200 km circular orbit from the equatorial radius. */
    public static Azimuth forInclination(double latitude, double inclination) {
        return forInclination(latitude, inclination, Direction.NORTHBOUND, circularSpeed(200_000),
                EarthGravity.RE);
    }

    /** @return the inertial speed of a circular orbit at {@code altitude} metres above the equatorial radius, m/s */
    public static double circularSpeed(double altitude) {
        return Math.sqrt(EarthGravity.GM / (EarthGravity.RE + altitude));
    }

    private static double wrap(double a) {
        double r = a % (2 * Math.PI);
        return r < 0 ? r + 2 * Math.PI : r;
    }
}
