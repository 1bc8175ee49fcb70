package org.cosmodrome.physics.trajectory;

import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.cosmodrome.physics.geodesy.Vector3;
import org.cosmodrome.physics.geodesy.Wgs84;

/**
 * A spent stage (or a jettisoned part such as a fairing) at the moment it leaves the vehicle: the start of its fall.
 *
 * @param stage the stage's name in the vehicle profile, e.g. {@code boosters}, {@code core}, {@code stage-2}
 * @param time seconds after lift-off
 * @param position ECEF position, m
 * @param velocity velocity relative to the rotating Earth, ECEF, m/s
 * @param acceleration the vehicle's total acceleration just before separation (thrust, drag, gravity and the frame's
 *        apparent accelerations), ECEF, m/s²; used to move the separation earlier or later in a dispersion
 * @param ballisticCoefficient β = m/(C_D·A) of the spent body, kg/m²
 * @param pieces number of identical bodies separating together (4 for the Soyuz strap-on boosters), at least 1
 * @param lateralDeltaV speed each piece gains away from the vehicle's axis at separation, m/s, spread evenly around it
 * @param residualPropellant propellant still aboard the spent body, kg (the body's hazard if it lands near people)
 */
public record StageSeparation(String stage, double time, Vector3 position, Vector3 velocity, Vector3 acceleration,
        double ballisticCoefficient, int pieces, double lateralDeltaV, double residualPropellant) {

    public StageSeparation {
        if (pieces < 1) {
            throw new IllegalArgumentException("a separation has at least one piece");
        }
        if (!(ballisticCoefficient > 0)) {
            throw new IllegalArgumentException("ballistic coefficient must be positive");
        }
    }

    /** @return where the separation happens on WGS-84 */
    public GeodeticPoint point() {
        return Wgs84.toGeodetic(position);
    }
}
