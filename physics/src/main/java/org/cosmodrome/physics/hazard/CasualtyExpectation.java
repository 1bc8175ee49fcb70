package org.cosmodrome.physics.hazard;

import org.cosmodrome.physics.dispersion.Estimate;
import org.cosmodrome.physics.dispersion.ImpactFootprint;

/**
 * The expected number of casualties Ec of a stage's fall: for each sampled impact, the population density there times
 * the casualty area, averaged over samples and multiplied by the number of pieces that fall. This is the standard
 * debris-risk form Ec = Σ P_i · ρ_i · A_c (RCC 321-20, Common Risk Criteria for National Test Ranges, and FAA
 * 14 CFR 450.135), with the Monte Carlo samples standing for the impact probability distribution. Sheltering, the
 * fragmentation of a stage and explosive or toxic effects are not modelled: a single intact body per piece.
 */
public final class CasualtyExpectation {

    /** Area of a standing person used in casualty areas, m² (RCC 321: a person of radius 0.3 m, ~0.36 m² upright). */
    public static final double PERSON_AREA = 0.36;

    private CasualtyExpectation() {
    }

    /**
     * The casualty area of a body of projected area {@code debrisArea}: (√A_debris + √A_person)², m².
     */
    public static double casualtyArea(double debrisArea) {
        double s = Math.sqrt(debrisArea) + Math.sqrt(PERSON_AREA);
        return s * s;
    }

    /**
     * @param footprint the sampled impacts of one stage
     * @param population where people are
     * @param casualtyArea casualty area of one piece, m²
     * @return Ec for all the stage's pieces together, with its 95% interval over the samples
     */
    public static Estimate of(ImpactFootprint footprint, PopulationModel population, double casualtyArea) {
        double sum = 0;
        double sumSq = 0;
        int n = footprint.samples();
        for (int i = 0; i < n; i++) {
            double e = population.density(footprint.impact(i).latitude(), footprint.impact(i).longitude())
                    * casualtyArea;
            sum += e;
            sumSq += e * e;
        }
        return Estimate.ofNonNegative(sum, sumSq, n).times(footprint.pieces());
    }
}
