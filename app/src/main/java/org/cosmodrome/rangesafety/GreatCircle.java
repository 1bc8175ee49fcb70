package org.cosmodrome.rangesafety;

import java.util.ArrayList;
import java.util.List;

import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.cosmodrome.physics.geodesy.Geodesics;
import org.cosmodrome.physics.geodesy.Wgs84;

/**
 * Distances, bearings and paths along great circles of a spherical Earth of the mean radius, in the degrees and
 * kilometres the data set uses; distance and bearing are the physics library's ({@link Geodesics}), the destination
 * point and paths for drawing are here. Good to a few tenths of a percent against the ellipsoid, far inside the
 * uncertainty of the drop zones it draws. Bearings are in degrees clockwise from
 * true north, from 0 (inclusive) to 360 (exclusive); distances in kilometres.
 * <p>
 * Formulas: the haversine distance, initial bearing and destination point of a great circle as given by E. Williams,
 * "Aviation Formulary" (edwilliams.org/avform.htm).
 */
public final class GreatCircle {

    /** The IUGG mean radius R1 = (2a + b)/3 of WGS-84, in kilometres, the radius {@link Geodesics} uses. */
    public static final double EARTH_RADIUS_KM = Wgs84.MEAN_RADIUS / 1000;

    private GreatCircle() {
    }

    /** The great-circle distance from {@code a} to {@code b}, in kilometres. */
    public static double distanceKm(GeoPoint a, GeoPoint b) {
        return Geodesics.greatCircleDistance(point(a), point(b)) / 1000;
    }

    /** The bearing at {@code from} of the great circle to {@code to}. */
    public static double initialBearingDeg(GeoPoint from, GeoPoint to) {
        return normalised(Math.toDegrees(Geodesics.greatCircleBearing(point(from), point(to))));
    }

    /** The bearing at {@code to} of the great circle arriving from {@code from}: the direction of travel there. */
    public static double finalBearingDeg(GeoPoint from, GeoPoint to) {
        return normalised(initialBearingDeg(to, from) + 180);
    }

    /** The point {@code distanceKm} from {@code from} along the great circle leaving it at {@code bearingDeg}. */
    public static GeoPoint destination(GeoPoint from, double bearingDeg, double distanceKm) {
        double lat1 = Math.toRadians(from.latitude());
        double lon1 = Math.toRadians(from.longitude());
        double bearing = Math.toRadians(bearingDeg);
        double delta = distanceKm / EARTH_RADIUS_KM;
        double lat2 = Math.asin(Math.sin(lat1) * Math.cos(delta)
                + Math.cos(lat1) * Math.sin(delta) * Math.cos(bearing));
        double lon2 = lon1 + Math.atan2(Math.sin(bearing) * Math.sin(delta) * Math.cos(lat1),
                Math.cos(delta) - Math.sin(lat1) * Math.sin(lat2));
        double longitude = Math.toDegrees(lon2);
        longitude = ((longitude + 540) % 360) - 180;
        return new GeoPoint(Math.toDegrees(lat2), longitude);
    }

    /**
     * The great circle from {@code from} to {@code to} as {@code segments + 1} points, both ends included, for
     * drawing it on a map whose straight lines are rhumb lines.
     *
     * @param segments at least 1
     */
    public static List<GeoPoint> path(GeoPoint from, GeoPoint to, int segments) {
        if (segments < 1) {
            throw new IllegalArgumentException("a path needs at least one segment, was " + segments);
        }
        double distance = distanceKm(from, to);
        double bearing = initialBearingDeg(from, to);
        List<GeoPoint> points = new ArrayList<>(segments + 1);
        points.add(from);
        for (int i = 1; i < segments; i++) {
            points.add(destination(from, bearing, distance * i / segments).rounded());
        }
        points.add(to);
        return List.copyOf(points);
    }

    private static GeodeticPoint point(GeoPoint p) {
        return GeodeticPoint.ofDegrees(p.latitude(), p.longitude());
    }

    private static double normalised(double degrees) {
        double d = degrees % 360;
        d = d < 0 ? d + 360 : d;
        return d >= 360 ? 0 : d;
    }
}
