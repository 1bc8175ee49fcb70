package org.cosmodrome.physics.hazard;

import org.cosmodrome.physics.geodesy.GeodeticPoint;

/**
 * A town or village modelled as a disc of uniform density.
 *
 * @param name its name, for reports
 * @param centre its centre on the ellipsoid
 * @param population residents
 * @param radius radius of the built-up area, m, positive
 */
public record Settlement(String name, GeodeticPoint centre, long population, double radius) {

    public Settlement {
        if (population < 0 || !(radius > 0)) {
            throw new IllegalArgumentException("population must be non-negative and radius positive");
        }
    }

    /**
     * A settlement whose radius follows from its population at an urban density of 2,000 people/km², the order of
     * Kazakh and Siberian towns of low-rise housing (ASSUMPTION), with at least 500 m.
     */
    public static Settlement ofPopulation(String name, GeodeticPoint centre, long population) {
        double area = population / 2_000e-6;
        return new Settlement(name, centre, population, Math.max(500, Math.sqrt(area / Math.PI)));
    }

    /** @return people per square metre inside the disc */
    public double density() {
        return population / (Math.PI * radius * radius);
    }
}
