package org.cosmodrome.physics.dispersion;

import java.util.ArrayList;
import java.util.List;

import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.cosmodrome.physics.geodesy.LocalFrame;
import org.cosmodrome.physics.geodesy.Wgs84;

/**
 * A k-sigma ellipse of a bivariate normal fitted to impact points, in the plane tangent to the ellipsoid at its centre.
 *
 * @param sigmas k, the number of standard deviations
 * @param centre the mean impact point
 * @param semiMajor semi-major axis, m
 * @param semiMinor semi-minor axis, m
 * @param orientation azimuth of the major axis, radians clockwise from north, [0, π)
 * @param probability share of a bivariate normal inside the ellipse, 1 − exp(−k²/2): 39.3%, 86.5%, 98.9% for k = 1,
 *        2, 3 (not the 68/95/99.7% of one dimension)
 */
public record DispersionEllipse(int sigmas, GeodeticPoint centre, double semiMajor, double semiMinor,
        double orientation, double probability) {

    /** @return the ellipse as a closed ring of {@code vertices}+1 points on the ellipsoid (first = last) */
    public List<GeodeticPoint> ring(int vertices) {
        LocalFrame frame = new LocalFrame(centre.atAltitude(0));
        List<GeodeticPoint> ring = new ArrayList<>(vertices + 1);
        double sinO = Math.sin(orientation);
        double cosO = Math.cos(orientation);
        for (int i = 0; i < vertices; i++) {
            double t = 2 * Math.PI * i / vertices;
            double along = semiMajor * Math.cos(t);
            double across = semiMinor * Math.sin(t);
            // major axis along (sinO, cosO) in (east, north); minor axis 90° clockwise from it
            double east = along * sinO + across * cosO;
            double north = along * cosO - across * sinO;
            ring.add(Wgs84.toGeodetic(frame.positionToEcef(east, north, 0)).atAltitude(0));
        }
        ring.add(ring.get(0));
        return ring;
    }

    /** @return the ellipse's area, m² */
    public double area() {
        return Math.PI * semiMajor * semiMinor;
    }
}
