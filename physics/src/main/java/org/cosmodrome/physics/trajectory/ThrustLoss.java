package org.cosmodrome.physics.trajectory;

import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.cosmodrome.physics.geodesy.Vector3;
import org.cosmodrome.physics.geodesy.Wgs84;

/**
 * A failure case: every engine stops at one time of a nominal ascent and the whole vehicle falls as one body
 * ({@link PoweredAscent#thrustLoss}).
 *
 * @param time of the thrust loss, seconds after lift-off
 * @param position ECEF position at the loss, m
 * @param velocity velocity relative to the rotating Earth at the loss, ECEF, m/s
 * @param mass the vehicle's mass at the loss, kg
 * @param propellantAboard propellant still aboard at the loss, every stage's and the payload's, kg
 * @param ballisticCoefficient β = m/(C_D·A) of the falling vehicle, from its drag configuration at the loss, kg/m²
 * @param impact the fall from the loss to the ground (its time of flight counts from the loss)
 */
public record ThrustLoss(double time, Vector3 position, Vector3 velocity, double mass, double propellantAboard,
        double ballisticCoefficient, Impact impact) {

    /** @return where the thrust was lost on WGS-84 */
    public GeodeticPoint point() {
        return Wgs84.toGeodetic(position);
    }

    /** @return seconds from lift-off to impact */
    public double flightTime() {
        return time + impact.timeOfFlight();
    }
}
