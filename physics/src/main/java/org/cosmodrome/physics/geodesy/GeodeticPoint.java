package org.cosmodrome.physics.geodesy;

/**
 * A point given by geodetic coordinates on the WGS-84 ellipsoid ({@link Wgs84}).
 *
 * @param latitude geodetic latitude in radians, [-π/2, π/2]
 * @param longitude longitude in radians, east positive; normalised to (-π, π]
 * @param altitude height above the ellipsoid along its normal, in metres (not above the geoid or terrain)
 */
public record GeodeticPoint(double latitude, double longitude, double altitude) {

    public GeodeticPoint {
        if (!(Math.abs(latitude) <= Math.PI / 2 + 1e-12)) {
            throw new IllegalArgumentException("latitude must be within ±π/2 rad, was " + latitude);
        }
        if (!Double.isFinite(longitude) || !Double.isFinite(altitude)) {
            throw new IllegalArgumentException("longitude and altitude must be finite");
        }
        longitude = normalizeLongitude(longitude);
    }

    /** A point from latitude and longitude in degrees and altitude in metres. */
    public static GeodeticPoint ofDegrees(double latitudeDeg, double longitudeDeg, double altitudeM) {
        return new GeodeticPoint(Math.toRadians(latitudeDeg), Math.toRadians(longitudeDeg), altitudeM);
    }

    /** A point on the ellipsoid (altitude 0) from degrees. */
    public static GeodeticPoint ofDegrees(double latitudeDeg, double longitudeDeg) {
        return ofDegrees(latitudeDeg, longitudeDeg, 0);
    }

    public double latitudeDegrees() {
        return Math.toDegrees(latitude);
    }

    public double longitudeDegrees() {
        return Math.toDegrees(longitude);
    }

    /** This point moved to another altitude, in metres. */
    public GeodeticPoint atAltitude(double altitudeM) {
        return new GeodeticPoint(latitude, longitude, altitudeM);
    }

    /** @return the angle in radians brought into (-π, π] */
    public static double normalizeLongitude(double lon) {
        double l = Math.IEEEremainder(lon, 2 * Math.PI);
        return l <= -Math.PI ? l + 2 * Math.PI : l;
    }
}
