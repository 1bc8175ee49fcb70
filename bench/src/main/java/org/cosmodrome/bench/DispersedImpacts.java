package org.cosmodrome.bench;

import java.util.Arrays;

import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.cosmodrome.physics.geodesy.Geodesics;

/**
 * The impacts of a dispersion run, one entry per sample in sample order.
 *
 * @param latitude geodetic latitude of each impact, radians
 * @param longitude longitude of each impact, radians
 * @param timeOfFlight each fall's duration, s
 */
record DispersedImpacts(double[] latitude, double[] longitude, double[] timeOfFlight) {

    static DispersedImpacts of(int samples) {
        return new DispersedImpacts(new double[samples], new double[samples], new double[samples]);
    }

    int size() {
        return latitude.length;
    }

    GeodeticPoint point(int i) {
        return new GeodeticPoint(latitude[i], longitude[i], 0);
    }

    /** @return the mean impact point (mean of the unit vectors, back on the ellipsoid's latitude) */
    GeodeticPoint mean() {
        double x = 0;
        double y = 0;
        double z = 0;
        for (int i = 0; i < size(); i++) {
            double c = Math.cos(latitude[i]);
            x += c * Math.cos(longitude[i]);
            y += c * Math.sin(longitude[i]);
            z += Math.sin(latitude[i]);
        }
        return new GeodeticPoint(Math.atan2(z, Math.hypot(x, y)), Math.atan2(y, x), 0);
    }

    /** @return the distance from the mean point within which the fraction {@code p} of the impacts lie, m */
    double radius(double p) {
        GeodeticPoint centre = mean();
        double[] d = new double[size()];
        for (int i = 0; i < size(); i++) {
            d[i] = Geodesics.greatCircleDistance(centre, point(i));
        }
        Arrays.sort(d);
        return d[Math.min(size() - 1, (int) Math.ceil(p * size()) - 1)];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DispersedImpacts other && Arrays.equals(latitude, other.latitude)
                && Arrays.equals(longitude, other.longitude) && Arrays.equals(timeOfFlight, other.timeOfFlight);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(latitude) + Arrays.hashCode(longitude)) + Arrays.hashCode(timeOfFlight);
    }

    @Override
    public String toString() {
        return "DispersedImpacts[" + size() + " samples]";
    }
}
