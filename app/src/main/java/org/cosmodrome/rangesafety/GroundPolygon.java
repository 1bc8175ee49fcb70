package org.cosmodrome.rangesafety;

import java.util.ArrayList;
import java.util.List;

import org.cosmodrome.physics.geodesy.GeoPolygon;
import org.cosmodrome.physics.geodesy.GeodeticPoint;

/**
 * An area on the ground bounded by one closed ring of points: the last point equals the first, with at least three
 * distinct corners, stored counter-clockwise (the exterior-ring order of GeoJSON, RFC 7946 section 3.1.6). The ring
 * must not cross the antimeridian or enclose a pole, which no drop zone of the cosmodrome comes near.
 */
public record GroundPolygon(List<GeoPoint> ring) {

    public GroundPolygon {
        if (ring == null || ring.size() < 4) {
            throw new IllegalArgumentException("a polygon ring needs at least four points (three corners, closed)");
        }
        if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
            throw new IllegalArgumentException("a polygon ring must end where it starts");
        }
        ring = List.copyOf(ring);
        if (signedPlanarArea(ring) < 0) {
            List<GeoPoint> reversed = new ArrayList<>(ring);
            java.util.Collections.reverse(reversed);
            ring = List.copyOf(reversed);
        }
    }

    /** This ring as the physics library's polygon: the one geometry the analyses, the API and the tests use. */
    public GeoPolygon toGeoPolygon() {
        return new GeoPolygon(ring.stream().map(p -> GeodeticPoint.ofDegrees(p.latitude(), p.longitude())).toList());
    }

    /**
     * Whether {@code point} lies inside the ring, with great-circle edges ({@link GeoPolygon#contains}); points on the
     * boundary may go either way.
     */
    public boolean contains(GeoPoint point) {
        return toGeoPolygon().contains(GeodeticPoint.ofDegrees(point.latitude(), point.longitude()));
    }

    /**
     * The ring's area on the sphere of {@link GreatCircle#EARTH_RADIUS_KM}, in square kilometres, by the line
     * integral of R. G. Chamberlain and W. H. Duquette, "Some algorithms for polygons on a sphere", JPL Publication
     * 07-03 (2007). {@link GeoPolygon#area} gives the ellipsoid's (authalic) area, some 0.4% less near the equator.
     */
    public double areaKm2() {
        double sum = 0;
        int n = ring.size() - 1;
        for (int i = 0; i < n; i++) {
            GeoPoint previous = ring.get((i + n - 1) % n);
            GeoPoint next = ring.get((i + 1) % n);
            sum += Math.toRadians(next.longitude() - previous.longitude())
                    * Math.sin(Math.toRadians(ring.get(i).latitude()));
        }
        return Math.abs(sum) * GreatCircle.EARTH_RADIUS_KM * GreatCircle.EARTH_RADIUS_KM / 2;
    }

    /** Twice the shoelace area of the ring in the plane of longitude and latitude: positive counter-clockwise. */
    private static double signedPlanarArea(List<GeoPoint> ring) {
        double sum = 0;
        for (int i = 0; i < ring.size() - 1; i++) {
            GeoPoint a = ring.get(i);
            GeoPoint b = ring.get(i + 1);
            sum += a.longitude() * b.latitude() - b.longitude() * a.latitude();
        }
        return sum;
    }
}
