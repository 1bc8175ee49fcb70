package org.cosmodrome.physics.hazard;

/** Where people are: the density of population at a point on the ground. */
@FunctionalInterface
public interface PopulationModel {

    /**
     * @param latitude geodetic latitude, radians
     * @param longitude longitude, radians
     * @return people per square metre, never negative
     */
    double density(double latitude, double longitude);
}
