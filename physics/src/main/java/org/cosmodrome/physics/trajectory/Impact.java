package org.cosmodrome.physics.trajectory;

import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.cosmodrome.physics.geodesy.Vector3;

/**
 * Where and when a falling body reaches the ground.
 *
 * @param point the impact point on WGS-84, altitude = the ground altitude the fall was computed to
 * @param timeOfFlight seconds from the start of the fall to impact
 * @param velocityEnu velocity at impact relative to the rotating Earth, local east-north-up, m/s
 * @param steps integration steps taken (a diagnostic of cost)
 */
public record Impact(GeodeticPoint point, double timeOfFlight, Vector3 velocityEnu, int steps) {

    /** @return the speed at impact relative to the ground, m/s */
    public double impactSpeed() {
        return velocityEnu.norm();
    }
}
