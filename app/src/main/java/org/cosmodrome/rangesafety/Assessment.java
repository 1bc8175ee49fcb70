package org.cosmodrome.rangesafety;

import java.util.List;

import org.cosmodrome.physics.dispersion.Estimate;
import org.cosmodrome.physics.dispersion.ImpactFootprint;
import org.cosmodrome.physics.dispersion.Proportion;
import org.cosmodrome.physics.hazard.Settlement;

/**
 * The result of assessing one trajectory's stage footprints against the corridor's drop zones and the population.
 *
 * @param stages one per falling stage, in separation order
 * @param casualtyExpectation the launch's collective Ec (sum over stages; interval ends summed, conservatively)
 * @param verdict GO when no {@link Finding} is a breach
 * @param findings why the verdict is what it is, as coded findings a console can translate
 * @param inOrbit stages whose nominal flight does not come down (they reach orbit), not dispersed
 * @param evacuated settlements inside the corridor's drop zones, taken as cleared for the launch
 */
public record Assessment(List<StageAssessment> stages, Estimate casualtyExpectation, Verdict verdict,
        List<Finding> findings, List<String> inOrbit, List<Settlement> evacuated) {

    public Assessment {
        stages = List.copyOf(stages);
        findings = List.copyOf(findings);
        inOrbit = List.copyOf(inOrbit);
        evacuated = List.copyOf(evacuated);
    }

    /**
     * One stage's footprint and how it measures up.
     *
     * @param zoneId the agreed drop zone, or {@code null} when the corridor says the stage needs none (it falls in the
     *        open ocean or burns up), in which case {@code containment} is {@code null}
     * @param casualtyArea casualty area of one piece, m²
     */
    public record StageAssessment(String stage, String zoneId, ImpactFootprint footprint, Proportion containment,
            Estimate casualtyExpectation, double casualtyArea) {
    }

    /**
     * A coded finding.
     *
     * @param code {@code CONTAINMENT_BELOW_THRESHOLD}, {@code CASUALTY_EXPECTATION_ABOVE_THRESHOLD} or
     *        {@code STAGE_WITHOUT_DROP_ZONE}
     * @param stage the stage concerned, or {@code null} for the whole launch
     * @param value the measured value (a share or an Ec), {@code NaN} when there is none
     * @param threshold the limit it is held to, {@code NaN} when there is none
     */
    public record Finding(String code, String stage, double value, double threshold) {
    }
}
