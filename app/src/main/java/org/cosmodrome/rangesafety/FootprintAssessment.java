package org.cosmodrome.rangesafety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cosmodrome.physics.dispersion.Estimate;
import org.cosmodrome.physics.dispersion.ImpactFootprint;
import org.cosmodrome.physics.dispersion.MonteCarloDispersion;
import org.cosmodrome.physics.dispersion.ProgressListener;
import org.cosmodrome.physics.dispersion.Proportion;
import org.cosmodrome.physics.geodesy.GeoPolygon;
import org.cosmodrome.physics.hazard.CasualtyExpectation;
import org.cosmodrome.physics.hazard.SettledLand;
import org.cosmodrome.physics.hazard.Settlement;
import org.cosmodrome.physics.trajectory.BallisticFall;
import org.cosmodrome.physics.trajectory.NoImpact;
import org.cosmodrome.physics.trajectory.StageSeparation;

/**
 * The range-safety rule applied to one trajectory: disperse every spent stage by Monte Carlo, measure the share of its
 * impacts inside the zone the corridor assigns it and its casualty expectation, and decide go or no-go against the
 * {@link HazardModel}'s thresholds. The point estimates decide; their 95% intervals are reported with them. A stage
 * whose nominal fall does not come down (it reaches orbit) is reported, not dispersed. Settlements inside the
 * corridor's zones are taken as cleared for the launch and named in the result. Plain Java, so the command line and
 * the server run the same rule.
 */
public final class FootprintAssessment {

    /** Version of the models and rules; stored with each analysis so a re-run can tell whether it can reproduce it. */
    public static final String MODEL_VERSION = "rangesafety-1 (ballistic fall DP5(4) J2 USSA76; Monte Carlo "
            + "SplittableRandom chunks of " + MonteCarloDispersion.CHUNK + ")";

    public static final String CONTAINMENT_BELOW_THRESHOLD = "CONTAINMENT_BELOW_THRESHOLD";
    public static final String CASUALTY_EXPECTATION_ABOVE_THRESHOLD = "CASUALTY_EXPECTATION_ABOVE_THRESHOLD";
    public static final String STAGE_WITHOUT_DROP_ZONE = "STAGE_WITHOUT_DROP_ZONE";

    /**
     * Where a stage must fall.
     *
     * @param zoneId the zone's id, or {@code null} when the stage needs no zone (ocean, burn-up)
     * @param polygon the zone's outline, {@code null} exactly when {@code zoneId} is
     */
    public record StageZone(String zoneId, GeoPolygon polygon) {
        public static final StageZone NONE_NEEDED = new StageZone(null, null);
    }

    private final HazardModel hazard;

    public FootprintAssessment(HazardModel hazard) {
        this.hazard = hazard;
    }

    /**
     * @param vehicle the vehicle's id, for casualty areas
     * @param separations the trajectory's spent stages
     * @param zones the corridor's zone per stage name; a stage missing from it has no agreed zone (a breach)
     * @throws InterruptedException if interrupted while sampling
     */
    public Assessment assess(String vehicle, List<StageSeparation> allSeparations, Map<String, StageZone> zones,
            int samples, long seed, int threads, ProgressListener progress) throws InterruptedException {
        BallisticFall fall = BallisticFall.standard();
        List<StageSeparation> separations = new ArrayList<>();
        List<String> inOrbit = new ArrayList<>();
        for (StageSeparation separation : allSeparations) {
            try {
                fall.fall(new double[] {separation.position().x(), separation.position().y(),
                    separation.position().z(), separation.velocity().x(), separation.velocity().y(),
                    separation.velocity().z()}, separation.ballisticCoefficient());
                separations.add(separation);
            } catch (NoImpact e) {
                inOrbit.add(separation.stage());
            }
        }
        // Settlements inside the corridor's drop zones are cleared for the launch, as drop areas are: they count as
        // open land, and the result names them so the clearance can be planned.
        List<GeoPolygon> polygons = zones.values().stream().map(StageZone::polygon).filter(Objects::nonNull)
                .toList();
        List<Settlement> evacuated = hazard.population().settlements().stream()
                .filter(s -> polygons.stream().anyMatch(p -> p.contains(s.centre()))).toList();
        List<Settlement> remaining = hazard.population().settlements().stream()
                .filter(s -> !evacuated.contains(s)).toList();
        SettledLand population = new SettledLand(hazard.population().backgroundPerKm2(), remaining);
        List<ImpactFootprint> footprints = new MonteCarloDispersion(fall, hazard.dispersion())
                .run(separations, samples, seed, threads, progress);
        List<Assessment.StageAssessment> stages = new ArrayList<>();
        List<Assessment.Finding> findings = new ArrayList<>();
        double ec = 0;
        double ecLow = 0;
        double ecHigh = 0;
        for (int i = 0; i < separations.size(); i++) {
            StageSeparation separation = separations.get(i);
            ImpactFootprint footprint = footprints.get(i);
            double area = hazard.casualtyArea(vehicle, separation.stage());
            Estimate stageEc = CasualtyExpectation.of(footprint, population, area);
            ec += stageEc.value();
            ecLow += stageEc.lower();
            ecHigh += stageEc.upper();
            StageZone zone = zones.get(separation.stage());
            Proportion containment = null;
            if (zone == null) {
                findings.add(new Assessment.Finding(STAGE_WITHOUT_DROP_ZONE, separation.stage(), Double.NaN,
                        Double.NaN));
            } else if (zone.polygon() != null) {
                containment = footprint.containment(zone.polygon());
                if (containment.estimate() < hazard.minContainment()) {
                    findings.add(new Assessment.Finding(CONTAINMENT_BELOW_THRESHOLD, separation.stage(),
                            containment.estimate(), hazard.minContainment()));
                }
            }
            stages.add(new Assessment.StageAssessment(separation.stage(), zone == null ? null : zone.zoneId(),
                    footprint, containment, stageEc, area));
        }
        Estimate total = new Estimate(ec, ecLow, ecHigh, samples);
        if (ec > hazard.maxCasualtyExpectation()) {
            findings.add(new Assessment.Finding(CASUALTY_EXPECTATION_ABOVE_THRESHOLD, null, ec,
                    hazard.maxCasualtyExpectation()));
        }
        return new Assessment(stages, total, findings.isEmpty() ? Verdict.GO : Verdict.NO_GO, findings, inOrbit,
                evacuated);
    }
}
