package org.cosmodrome.physics.geodesy;

import java.util.List;

/**
 * A simple polygon on the Earth (a drop zone, an exclusion area), its edges the great-circle arcs between consecutive
 * vertices of a ring given in order (either sense), closed implicitly. Containment is decided on the sphere through
 * the vertices' geodetic latitudes; for polygons of a few hundred kilometres the arc differs from the ellipsoid's
 * geodesic by metres, far below the accuracy of any drop-zone boundary. Areas are computed on the authalic sphere
 * through the vertices' authalic latitudes (an equal-area map of the ellipsoid, Snyder, Map Projections: A Working
 * Manual, USGS PP 1395, eq. 3-11 and 3-12): the ellipsoid's area, up to the slivers between each edge's arc and the
 * geodesic. Rings must not contain a pole or cross themselves.
 */
public final class GeoPolygon {

    /** First eccentricity of WGS-84, and q at the pole (for authalic latitudes). */
    private static final double E = Math.sqrt(Wgs84.E2);
    private static final double Q_POLE = q(1);

    private final List<GeodeticPoint> vertices;
    private final double[][] unit;
    private final double[][] authalicUnit;
    private final double[] interior;
    private final double[] planeX;
    private final double[] planeY;
    private final double[] xs;
    private final double[] ys;

    /** @throws IllegalArgumentException with fewer than three distinct vertices */
    public GeoPolygon(List<GeodeticPoint> ring) {
        List<GeodeticPoint> v = ring.size() > 1 && sameLocation(ring.get(0), ring.get(ring.size() - 1))
                ? ring.subList(0, ring.size() - 1) : ring;
        if (v.size() < 3) {
            throw new IllegalArgumentException("a polygon needs at least three vertices, had " + v.size());
        }
        this.vertices = List.copyOf(v);
        int n = vertices.size();
        unit = new double[n][];
        authalicUnit = new double[n][];
        for (int i = 0; i < n; i++) {
            unit[i] = unitVector(vertices.get(i).latitude(), vertices.get(i).longitude());
            authalicUnit[i] = unitVector(authalicLatitude(vertices.get(i).latitude()), vertices.get(i).longitude());
        }
        double[] c = new double[3];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                c[k] += unit[i][k];
            }
        }
        interior = normalize(c);
        planeX = normalize(cross(Math.abs(interior[2]) < 0.9 ? new double[] {0, 0, 1} : new double[] {1, 0, 0},
                interior));
        planeY = cross(interior, planeX);
        xs = new double[n];
        ys = new double[n];
        for (int i = 0; i < n; i++) {
            double d = dot(unit[i], interior);
            if (d <= 0) {
                throw new IllegalArgumentException("a polygon must lie within one hemisphere");
            }
            xs[i] = dot(unit[i], planeX) / d;
            ys[i] = dot(unit[i], planeY) / d;
        }
    }

    public List<GeodeticPoint> vertices() {
        return vertices;
    }

    /** @return whether the point (its altitude ignored) lies inside the polygon or on its boundary */
    public boolean contains(GeodeticPoint p) {
        return contains(p.latitude(), p.longitude());
    }

    /** As {@link #contains(GeodeticPoint)} with latitude and longitude in radians. */
    public boolean contains(double latitude, double longitude) {
        double[] q = unitVector(latitude, longitude);
        // Gnomonic projection onto the plane tangent at the polygon's centre maps great circles to straight lines,
        // so a planar crossing-number test there is exact for arcs; points over the horizon are outside.
        double d = dot(q, interior);
        if (d <= 0) {
            return false;
        }
        double qx = dot(q, planeX) / d;
        double qy = dot(q, planeY) / d;
        boolean inside = false;
        int n = xs.length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            if ((ys[i] > qy) != (ys[j] > qy) && qx < (xs[j] - xs[i]) * (qy - ys[i]) / (ys[j] - ys[i]) + xs[i]) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** @return the area in square metres: the spherical excess on the authalic sphere of the authalic vertices */
    public double area() {
        int n = authalicUnit.length;
        double[] a = new double[3];
        for (double[] v : authalicUnit) {
            for (int k = 0; k < 3; k++) {
                a[k] += v[k];
            }
        }
        a = normalize(a);
        double sum = 0;
        // Signed area by the sum of the triangles (centre, v_i, v_{i+1}) using the Van Oosterom-Strackee formula.
        for (int i = 0; i < n; i++) {
            double[] b = authalicUnit[i];
            double[] c = authalicUnit[(i + 1) % n];
            double num = dot(a, cross(b, c));
            double den = 1 + dot(a, b) + dot(b, c) + dot(c, a);
            sum += 2 * Math.atan2(num, den);
        }
        return Math.abs(sum) * Wgs84.AUTHALIC_RADIUS * Wgs84.AUTHALIC_RADIUS;
    }

    /** @return the unit vector of the polygon's vertex centroid as a point on the ellipsoid */
    public GeodeticPoint centre() {
        return new GeodeticPoint(Math.asin(interior[2]), Math.atan2(interior[1], interior[0]), 0);
    }

    private static boolean sameLocation(GeodeticPoint a, GeodeticPoint b) {
        return Math.abs(a.latitude() - b.latitude()) < 1e-12
                && Math.abs(GeodeticPoint.normalizeLongitude(a.longitude() - b.longitude())) < 1e-12;
    }

    /**
     * The authalic latitude β of a geodetic latitude φ on WGS-84: sin β = q(φ)/q(π/2) with
     * q(φ) = (1 − e²)[sin φ/(1 − e² sin²φ) − ln((1 − e sin φ)/(1 + e sin φ))/(2e)] (Snyder, eq. 3-11, 3-12).
     */
    private static double authalicLatitude(double latitude) {
        return Math.asin(Math.max(-1, Math.min(1, q(Math.sin(latitude)) / Q_POLE)));
    }

    private static double q(double sinLat) {
        double es = E * sinLat;
        return (1 - Wgs84.E2) * (sinLat / (1 - es * es) - Math.log((1 - es) / (1 + es)) / (2 * E));
    }

    private static double[] unitVector(double lat, double lon) {
        double cl = Math.cos(lat);
        return new double[] {cl * Math.cos(lon), cl * Math.sin(lon), Math.sin(lat)};
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double[] normalize(double[] a) {
        double n = Math.sqrt(dot(a, a));
        return new double[] {a[0] / n, a[1] / n, a[2] / n};
    }
}
