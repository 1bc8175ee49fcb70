package org.cosmodrome.physics.atmosphere;

/** A static model of the air's state as a function of geometric altitude above the ellipsoid. */
public interface Atmosphere {

    /**
     * @param altitude geometric altitude in metres; below the model's floor the floor's value is used
     * @return density in kg/m³, never negative; 0 above the model's ceiling
     */
    double density(double altitude);

    /**
     * @param altitude geometric altitude in metres
     * @return the speed of sound in m/s
     */
    double speedOfSound(double altitude);
}
