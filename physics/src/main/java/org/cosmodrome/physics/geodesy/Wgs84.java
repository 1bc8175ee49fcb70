package org.cosmodrome.physics.geodesy;

/**
 * The WGS-84 reference ellipsoid and conversions between geodetic coordinates and the Earth-centred, Earth-fixed
 * (ECEF) Cartesian frame: origin at the centre of mass, z along the rotation axis, x through the Greenwich meridian.
 * Constants from NIMA TR8350.2 (3rd ed., 2000), table 3.1. The ECEF frame here is taken as the ITRF without polar
 * motion, which moves points by less than 15 m.
 */
public final class Wgs84 {

    /** Semi-major axis, m. */
    public static final double A = 6_378_137.0;
    /** Flattening. */
    public static final double F = 1 / 298.257223563;
    /** Semi-minor axis, m. */
    public static final double B = A * (1 - F);
    /** First eccentricity squared. */
    public static final double E2 = F * (2 - F);
    /** Second eccentricity squared. */
    public static final double EP2 = E2 / (1 - E2);
    /** Mean radius (2a + b)/3, m, used for spherical approximations. */
    public static final double MEAN_RADIUS = (2 * A + B) / 3;
    /** Radius of the sphere of equal area (authalic radius), m. */
    public static final double AUTHALIC_RADIUS = 6_371_007.181;

    private Wgs84() {
    }

    /** @return the ECEF position of a geodetic point, in metres */
    public static Vector3 toEcef(GeodeticPoint p) {
        double sinLat = Math.sin(p.latitude());
        double cosLat = Math.cos(p.latitude());
        double n = A / Math.sqrt(1 - E2 * sinLat * sinLat);
        double r = (n + p.altitude()) * cosLat;
        return new Vector3(r * Math.cos(p.longitude()), r * Math.sin(p.longitude()),
                (n * (1 - E2) + p.altitude()) * sinLat);
    }

    /**
     * Geodetic coordinates of an ECEF position by Bowring's method with two refinements, good to under a millimetre
     * for altitudes from -100 km to 10,000 km (Bowring, Survey Review 23(181), 1976).
     */
    public static GeodeticPoint toGeodetic(Vector3 ecef) {
        return toGeodetic(ecef.x(), ecef.y(), ecef.z());
    }

    /** As {@link #toGeodetic(Vector3)} from coordinates in metres. */
    public static GeodeticPoint toGeodetic(double x, double y, double z) {
        double p = Math.hypot(x, y);
        double lon = Math.atan2(y, x);
        if (p < 1e-9) {
            double lat = z >= 0 ? Math.PI / 2 : -Math.PI / 2;
            return new GeodeticPoint(lat, 0, Math.abs(z) - B);
        }
        double lat = Math.atan2(z, p * (1 - E2));
        for (int i = 0; i < 3; i++) {
            double beta = Math.atan2((1 - F) * Math.sin(lat), Math.cos(lat));
            double sb = Math.sin(beta);
            double cb = Math.cos(beta);
            lat = Math.atan2(z + EP2 * B * sb * sb * sb, p - E2 * A * cb * cb * cb);
        }
        double sinLat = Math.sin(lat);
        double n = A / Math.sqrt(1 - E2 * sinLat * sinLat);
        double cosLat = Math.cos(lat);
        double h = Math.abs(cosLat) > 1e-3 ? p / cosLat - n : Math.abs(z) / Math.abs(sinLat) - n * (1 - E2);
        return new GeodeticPoint(lat, lon, h);
    }

    /**
     * A fast approximation of the height above the ellipsoid for atmosphere look-ups: the distance from the centre
     * minus the ellipsoid's radius at the geocentric latitude. Within 30 m of {@link #toGeodetic} below 1,000 km
     * (the normal and the radius differ by at most 0.19°), which is 0.4% in density at a 7 km scale height.
     *
     * @return altitude in metres
     */
    public static double approximateAltitude(double x, double y, double z) {
        double r2 = x * x + y * y + z * z;
        double r = Math.sqrt(r2);
        double s2 = z * z / r2;
        // radius of the ellipse at geocentric latitude with sin² = s2: ab / sqrt(b² cos² + a² sin²)
        double radius = A * B / Math.sqrt(B * B * (1 - s2) + A * A * s2);
        return r - radius;
    }
}
