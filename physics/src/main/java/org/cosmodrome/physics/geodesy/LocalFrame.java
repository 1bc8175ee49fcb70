package org.cosmodrome.physics.geodesy;

/**
 * The local east-north-up (ENU) frame at a geodetic point: east and north tangent to the WGS-84 ellipsoid, up along
 * its normal. Converts directions between ENU and ECEF; positions are relative to {@link #origin()}.
 */
public final class LocalFrame {

    private final GeodeticPoint origin;
    private final Vector3 originEcef;
    private final Vector3 east;
    private final Vector3 north;
    private final Vector3 up;

    public LocalFrame(GeodeticPoint origin) {
        this.origin = origin;
        this.originEcef = Wgs84.toEcef(origin);
        double sl = Math.sin(origin.latitude());
        double cl = Math.cos(origin.latitude());
        double so = Math.sin(origin.longitude());
        double co = Math.cos(origin.longitude());
        this.east = new Vector3(-so, co, 0);
        this.north = new Vector3(-sl * co, -sl * so, cl);
        this.up = new Vector3(cl * co, cl * so, sl);
    }

    public GeodeticPoint origin() {
        return origin;
    }

    public Vector3 east() {
        return east;
    }

    public Vector3 north() {
        return north;
    }

    public Vector3 up() {
        return up;
    }

    /** @return the ECEF direction of a vector given by its east, north and up components (same unit) */
    public Vector3 toEcef(double e, double n, double u) {
        return east.times(e).plus(north.times(n)).plus(up.times(u));
    }

    /** @return the ECEF position of a point at east, north, up metres from the origin */
    public Vector3 positionToEcef(double e, double n, double u) {
        return originEcef.plus(toEcef(e, n, u));
    }

    /** @return the east, north and up components of an ECEF direction, as (x=east, y=north, z=up) */
    public Vector3 toEnu(Vector3 ecef) {
        return new Vector3(ecef.dot(east), ecef.dot(north), ecef.dot(up));
    }

    /** @return the ENU coordinates in metres of an ECEF position relative to the origin */
    public Vector3 positionToEnu(Vector3 ecef) {
        return toEnu(ecef.minus(originEcef));
    }
}
