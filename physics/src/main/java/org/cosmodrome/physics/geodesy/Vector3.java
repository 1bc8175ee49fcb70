package org.cosmodrome.physics.geodesy;

/**
 * A Cartesian 3-vector. The frame and unit are those of whoever holds it: positions in metres and velocities in metres
 * per second in the Earth-fixed frame ({@link Wgs84}) unless a member says otherwise.
 */
public record Vector3(double x, double y, double z) {

    public static final Vector3 ZERO = new Vector3(0, 0, 0);

    public Vector3 plus(Vector3 o) {
        return new Vector3(x + o.x, y + o.y, z + o.z);
    }

    public Vector3 minus(Vector3 o) {
        return new Vector3(x - o.x, y - o.y, z - o.z);
    }

    public Vector3 times(double k) {
        return new Vector3(k * x, k * y, k * z);
    }

    public double dot(Vector3 o) {
        return x * o.x + y * o.y + z * o.z;
    }

    public Vector3 cross(Vector3 o) {
        return new Vector3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    public double norm() {
        return Math.sqrt(x * x + y * y + z * z);
    }

    /** @throws ArithmeticException for the zero vector */
    public Vector3 normalized() {
        double n = norm();
        if (n == 0) {
            throw new ArithmeticException("the zero vector has no direction");
        }
        return times(1 / n);
    }
}
