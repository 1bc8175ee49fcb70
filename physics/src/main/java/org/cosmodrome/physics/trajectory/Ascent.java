package org.cosmodrome.physics.trajectory;

import java.util.Comparator;
import java.util.List;

import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.cosmodrome.physics.geodesy.Vector3;
import org.cosmodrome.physics.gravity.EarthGravity;

/**
 * A computed powered ascent ({@link PoweredAscent}): the trajectory for a chart, the bodies that left the vehicle on
 * the way, and the state at the end of the last burn.
 *
 * @param vehicleId the profile flown
 * @param mission the name of the profile's mission flown
 * @param samples the trajectory at lift-off, at every sample interval and at every event, in time order
 * @param separations spent stages and jettisoned parts in the order they left;
 *        {@link StageSeparation#residualPropellant()} is per piece
 * @param endTime the end of the ascent (the last burnout or separation), seconds after lift-off
 * @param endPosition ECEF position at {@code endTime}, m
 * @param endVelocity velocity relative to the rotating Earth at {@code endTime}, ECEF, m/s
 * @param endMass what is left of the vehicle at {@code endTime}, kg
 * @param evaluations force evaluations the integration took (a diagnostic of cost)
 */
public record Ascent(String vehicleId, String mission, List<Sample> samples, List<StageSeparation> separations,
        double endTime, Vector3 endPosition, Vector3 endVelocity, double endMass, int evaluations) {

    /** Copies the lists, which are immutable from then on. */
    public Ascent {
        samples = List.copyOf(samples);
        separations = List.copyOf(separations);
    }

    /**
     * The vehicle at one time.
     *
     * @param time seconds after lift-off
     * @param point position on WGS-84 (altitude above the ellipsoid, m)
     * @param speed speed relative to the rotating Earth, m/s
     * @param flightPathAngle angle of that velocity above the local horizontal (normal to the ellipsoid), radians,
     *        [−π/2, π/2]
     * @param mass kg, after any separation at this time
     * @param dynamicPressure ½ρv² with the relative speed, Pa
     */
    public record Sample(double time, GeodeticPoint point, double speed, double flightPathAngle, double mass,
            double dynamicPressure) {
    }

    /**
     * @param stage a stage or jettison name of the profile ({@code boosters}, {@code fairing})
     * @return the state in which that body left the vehicle
     * @throws IllegalArgumentException when nothing of that name left the vehicle
     */
    public StageSeparation separation(String stage) {
        return separations.stream().filter(s -> s.stage().equals(stage)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no separation named " + stage + " in this ascent"));
    }

    /**
     * The nominal impact of a separated body: its fall from the separation state with its ballistic coefficient,
     * without the lateral separation impulse (the centre of its pieces' footprint).
     *
     * @param stage a stage or jettison name of the profile
     * @param fall the fall model (ground altitude, tolerance, wind)
     * @return where and when the body reaches the ground; its time of flight counts from the separation
     * @throws IllegalArgumentException when nothing of that name left the vehicle
     * @throws NoImpact when the body is in orbit
     */
    public Impact impactOf(String stage, BallisticFall fall) {
        StageSeparation s = separation(stage);
        Vector3 r = s.position();
        Vector3 v = s.velocity();
        return fall.fall(new double[] {r.x(), r.y(), r.z(), v.x(), v.y(), v.z()}, s.ballisticCoefficient());
    }

    /** @return the sample of highest dynamic pressure (max-Q) */
    public Sample maxDynamicPressure() {
        return samples.stream().max(Comparator.comparingDouble(Sample::dynamicPressure)).orElseThrow();
    }

    /** @return the velocity at the end in the non-rotating frame momentarily aligned with ECEF, m/s */
    public Vector3 endInertialVelocity() {
        double om = EarthGravity.OMEGA;
        return new Vector3(endVelocity.x() - om * endPosition.y(), endVelocity.y() + om * endPosition.x(),
                endVelocity.z());
    }

    /** @return inclination of the osculating two-body orbit at the end, radians, [0, π] */
    public double inclination() {
        Vector3 h = endPosition.cross(endInertialVelocity());
        return Math.acos(h.z() / h.norm());
    }

    /**
     * @return perigee of the osculating two-body orbit (point-mass GM) at the end, as a height above the equatorial
     *         radius, m; below zero (even below −RE) when the end state is suborbital
     */
    public double perigeeAltitude() {
        return apsis(-1);
    }

    /** @return apogee of the osculating two-body orbit at the end, above the equatorial radius, m */
    public double apogeeAltitude() {
        return apsis(1);
    }

    private double apsis(int sign) {
        Vector3 v = endInertialVelocity();
        double r = endPosition.norm();
        double energy = 0.5 * v.dot(v) - EarthGravity.GM / r;
        double a = -EarthGravity.GM / (2 * energy);
        double h = endPosition.cross(v).norm();
        double e = Math.sqrt(Math.max(0, 1 + 2 * energy * h * h / (EarthGravity.GM * EarthGravity.GM)));
        return a * (1 + sign * e) - EarthGravity.RE;
    }
}
