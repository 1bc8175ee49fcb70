package org.cosmodrome.physics.geodesy;

/**
 * Distances and bearings between points on the Earth: great circles on the mean sphere, and geodesics on the WGS-84
 * ellipsoid by Vincenty's formulae (Survey Review 23(176), 1975), which are accurate to 0.5 mm. Altitudes of the
 * points are ignored: both ends are taken on the ellipsoid.
 */
public final class Geodesics {

    private static final int MAX_ITERATIONS = 200;

    private Geodesics() {
    }

    /**
     * A geodesic between two points.
     *
     * @param distance length in metres along the ellipsoid
     * @param initialAzimuth azimuth at the start in radians, clockwise from north, [0, 2π)
     * @param finalAzimuth azimuth at the end in radians, clockwise from north, [0, 2π)
     */
    public record Geodesic(double distance, double initialAzimuth, double finalAzimuth) {
    }

    /** @return the great-circle distance in metres on the sphere of {@link Wgs84#MEAN_RADIUS} (haversine) */
    public static double greatCircleDistance(GeodeticPoint a, GeodeticPoint b) {
        double dLat = b.latitude() - a.latitude();
        double dLon = b.longitude() - a.longitude();
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(a.latitude()) * Math.cos(b.latitude()) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * Wgs84.MEAN_RADIUS * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** @return the initial great-circle bearing from {@code a} to {@code b} in radians clockwise from north, [0, 2π) */
    public static double greatCircleBearing(GeodeticPoint a, GeodeticPoint b) {
        double dLon = b.longitude() - a.longitude();
        double y = Math.sin(dLon) * Math.cos(b.latitude());
        double x = Math.cos(a.latitude()) * Math.sin(b.latitude())
                - Math.sin(a.latitude()) * Math.cos(b.latitude()) * Math.cos(dLon);
        return wrap(Math.atan2(y, x));
    }

    /**
     * Vincenty's inverse problem: the geodesic from {@code a} to {@code b} on WGS-84.
     *
     * @throws ArithmeticException for nearly antipodal points where the iteration does not converge
     */
    public static Geodesic inverse(GeodeticPoint a, GeodeticPoint b) {
        double f = Wgs84.F;
        double l = b.longitude() - a.longitude();
        double u1 = Math.atan((1 - f) * Math.tan(a.latitude()));
        double u2 = Math.atan((1 - f) * Math.tan(b.latitude()));
        double sinU1 = Math.sin(u1);
        double cosU1 = Math.cos(u1);
        double sinU2 = Math.sin(u2);
        double cosU2 = Math.cos(u2);
        double lambda = l;
        double sinSigma;
        double cosSigma;
        double sigma;
        double cosSqAlpha;
        double cos2SigmaM;
        double sinLambda;
        double cosLambda;
        int i = 0;
        while (true) {
            sinLambda = Math.sin(lambda);
            cosLambda = Math.cos(lambda);
            double t1 = cosU2 * sinLambda;
            double t2 = cosU1 * sinU2 - sinU1 * cosU2 * cosLambda;
            sinSigma = Math.sqrt(t1 * t1 + t2 * t2);
            if (sinSigma == 0) {
                return new Geodesic(0, 0, 0);
            }
            cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
            sigma = Math.atan2(sinSigma, cosSigma);
            double sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            cosSqAlpha = 1 - sinAlpha * sinAlpha;
            cos2SigmaM = cosSqAlpha == 0 ? 0 : cosSigma - 2 * sinU1 * sinU2 / cosSqAlpha;
            double c = f / 16 * cosSqAlpha * (4 + f * (4 - 3 * cosSqAlpha));
            double previous = lambda;
            lambda = l + (1 - c) * f * sinAlpha
                    * (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
            if (Math.abs(lambda - previous) < 1e-12) {
                break;
            }
            if (++i > MAX_ITERATIONS) {
                throw new ArithmeticException("Vincenty's inverse did not converge (nearly antipodal points)");
            }
        }
        double uSq = cosSqAlpha * Wgs84.EP2;
        double bigA = 1 + uSq / 16384 * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
        double bigB = uSq / 1024 * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
        double deltaSigma = bigB * sinSigma * (cos2SigmaM + bigB / 4 * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
                - bigB / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
        double s = Wgs84.B * bigA * (sigma - deltaSigma);
        double az1 = Math.atan2(cosU2 * sinLambda, cosU1 * sinU2 - sinU1 * cosU2 * cosLambda);
        double az2 = Math.atan2(cosU1 * sinLambda, -sinU1 * cosU2 + cosU1 * sinU2 * cosLambda);
        return new Geodesic(s, wrap(az1), wrap(az2));
    }

    /** @return the geodesic distance in metres from {@code a} to {@code b} on WGS-84 */
    public static double distance(GeodeticPoint a, GeodeticPoint b) {
        return inverse(a, b).distance();
    }

    /**
     * Vincenty's direct problem: the point reached from {@code start} along the geodesic leaving at {@code azimuth}
     * (radians clockwise from north) after {@code distance} metres, on the ellipsoid (altitude 0).
     */
    public static GeodeticPoint destination(GeodeticPoint start, double azimuth, double distance) {
        double f = Wgs84.F;
        double sinAlpha1 = Math.sin(azimuth);
        double cosAlpha1 = Math.cos(azimuth);
        double tanU1 = (1 - f) * Math.tan(start.latitude());
        double cosU1 = 1 / Math.sqrt(1 + tanU1 * tanU1);
        double sinU1 = tanU1 * cosU1;
        double sigma1 = Math.atan2(tanU1, cosAlpha1);
        double sinAlpha = cosU1 * sinAlpha1;
        double cosSqAlpha = 1 - sinAlpha * sinAlpha;
        double uSq = cosSqAlpha * Wgs84.EP2;
        double bigA = 1 + uSq / 16384 * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
        double bigB = uSq / 1024 * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
        double sigma = distance / (Wgs84.B * bigA);
        double cos2SigmaM;
        double sinSigma;
        double cosSigma;
        int i = 0;
        while (true) {
            cos2SigmaM = Math.cos(2 * sigma1 + sigma);
            sinSigma = Math.sin(sigma);
            cosSigma = Math.cos(sigma);
            double deltaSigma = bigB * sinSigma * (cos2SigmaM + bigB / 4 * (cosSigma * (-1 + 2 * cos2SigmaM
                    * cos2SigmaM) - bigB / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma)
                    * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
            double previous = sigma;
            sigma = distance / (Wgs84.B * bigA) + deltaSigma;
            if (Math.abs(sigma - previous) < 1e-12 || ++i > MAX_ITERATIONS) {
                break;
            }
        }
        cos2SigmaM = Math.cos(2 * sigma1 + sigma);
        sinSigma = Math.sin(sigma);
        cosSigma = Math.cos(sigma);
        double tmp = sinU1 * sinSigma - cosU1 * cosSigma * cosAlpha1;
        double lat = Math.atan2(sinU1 * cosSigma + cosU1 * sinSigma * cosAlpha1,
                (1 - f) * Math.sqrt(sinAlpha * sinAlpha + tmp * tmp));
        double lambda = Math.atan2(sinSigma * sinAlpha1, cosU1 * cosSigma - sinU1 * sinSigma * cosAlpha1);
        double c = f / 16 * cosSqAlpha * (4 + f * (4 - 3 * cosSqAlpha));
        double l = lambda - (1 - c) * f * sinAlpha
                * (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
        return new GeodeticPoint(lat, start.longitude() + l, 0);
    }

    private static double wrap(double angle) {
        double a = angle % (2 * Math.PI);
        return a < 0 ? a + 2 * Math.PI : a;
    }
}
