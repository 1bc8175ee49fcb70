package org.cosmodrome.rangesafety;

import java.util.ArrayList;
import java.util.List;

/**
 * How an approximate zone is drawn: an ellipse on the ground around a centre, its long axis along a bearing. The
 * ellipse is laid out in distances and bearings from the centre (an azimuthal equidistant layout), so its area is
 * π·a·b to well under a percent for zones of up to a few hundred kilometres.
 *
 * @param semiMajorKm half the long axis, in kilometres; at least {@code semiMinorKm}
 * @param semiMinorKm half the short axis, in kilometres; more than 0
 * @param majorAxisBearingDeg bearing of the long axis at the centre, degrees clockwise from true north, 0 to 360
 * @param sizeBasis where the size comes from (a source, or an assumption and why)
 * @param bearingBasis where the orientation comes from
 * @param centreLatitude latitude in degrees of the ellipse's centre when it is not the zone's reference locality
 *     (a town near the zone, not in it), else {@code null}
 * @param centreLongitude longitude in degrees of that centre, {@code null} exactly when the latitude is
 * @param centreBasis where that centre comes from
 */
public record ZoneOutline(double semiMajorKm, double semiMinorKm, double majorAxisBearingDeg, String sizeBasis,
        String bearingBasis, Double centreLatitude, Double centreLongitude, String centreBasis) {

    /** An outline centred on the zone's reference locality. */
    public ZoneOutline(double semiMajorKm, double semiMinorKm, double majorAxisBearingDeg, String sizeBasis,
            String bearingBasis) {
        this(semiMajorKm, semiMinorKm, majorAxisBearingDeg, sizeBasis, bearingBasis, null, null, null);
    }

    /** The ellipse's centre: its own when it has one, else {@code referenceLocality}. */
    public GeoPoint centreOr(GeoPoint referenceLocality) {
        return centreLatitude == null ? referenceLocality : new GeoPoint(centreLatitude, centreLongitude);
    }

    /** Corners of a drawn ellipse: enough that the ring's area is within 0.2 % of the ellipse's. */
    public static final int VERTICES = 72;

    public ZoneOutline {
        if (!(semiMinorKm > 0) || !(semiMajorKm >= semiMinorKm)) {
            throw new IllegalArgumentException("an outline needs 0 < semi-minor <= semi-major, was " + semiMinorKm
                    + " and " + semiMajorKm + " km");
        }
        if ((centreLatitude == null) != (centreLongitude == null)) {
            throw new IllegalArgumentException("an outline's centre needs both a latitude and a longitude");
        }
        if (!(majorAxisBearingDeg >= 0 && majorAxisBearingDeg <= 360)) {
            throw new IllegalArgumentException("a bearing is between 0 and 360 degrees, was " + majorAxisBearingDeg);
        }
    }

    /** The ellipse's area, π·a·b, in square kilometres. */
    public double ellipseAreaKm2() {
        return Math.PI * semiMajorKm * semiMinorKm;
    }

    /** The ellipse around {@code centre} as a closed ring of {@link #VERTICES} corners, rounded to 1e-6 degrees. */
    public GroundPolygon around(GeoPoint centre) {
        List<GeoPoint> ring = new ArrayList<>(VERTICES + 1);
        for (int i = 0; i < VERTICES; i++) {
            double t = 2 * Math.PI * i / VERTICES;
            double along = semiMajorKm * Math.cos(t);
            double across = semiMinorKm * Math.sin(t);
            double bearing = majorAxisBearingDeg + Math.toDegrees(Math.atan2(across, along));
            ring.add(GreatCircle.destination(centre, bearing, Math.hypot(along, across)).rounded());
        }
        ring.add(ring.get(0));
        return new GroundPolygon(ring);
    }
}
