package org.cosmodrome.rangesafety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cosmodrome.physics.dispersion.ProgressListener;
import org.cosmodrome.physics.geodesy.GeoPolygon;
import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.cosmodrome.physics.geodesy.LocalFrame;
import org.cosmodrome.physics.geodesy.Vector3;
import org.cosmodrome.physics.geodesy.Wgs84;
import org.cosmodrome.physics.hazard.SettledLand;
import org.cosmodrome.physics.hazard.Settlement;
import org.cosmodrome.physics.trajectory.BallisticFall;
import org.cosmodrome.physics.trajectory.Impact;
import org.cosmodrome.physics.trajectory.StageSeparation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FootprintAssessmentTest {

    private static final HazardModel BAIKONUR = HazardModel.baikonur();

    /** A booster-like separation 45 km up at 1.8 km/s heading 60°, and where it lands without dispersion. */
    private static final StageSeparation BOOSTER;
    private static final GeodeticPoint NOMINAL;

    static {
        GeodeticPoint at = GeodeticPoint.ofDegrees(46.5, 64.5, 45_000);
        LocalFrame frame = new LocalFrame(at);
        double gamma = Math.toRadians(25);
        double heading = Math.toRadians(60);
        Vector3 v = frame.toEcef(1800 * Math.cos(gamma) * Math.sin(heading),
                1800 * Math.cos(gamma) * Math.cos(heading), 1800 * Math.sin(gamma));
        BOOSTER = new StageSeparation("boosters", 118, Wgs84.toEcef(at), v, frame.toEcef(20, 12, 10), 1500, 4, 3,
                500);
        Impact nominal = BallisticFall.standard().fall(at, frame.toEnu(v), 1500);
        NOMINAL = nominal.point();
    }

    private static GeoPolygon squareAround(GeodeticPoint centre, double halfSideM) {
        LocalFrame frame = new LocalFrame(centre);
        List<GeodeticPoint> ring = new ArrayList<>();
        double[][] corners = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};
        for (double[] c : corners) {
            ring.add(Wgs84.toGeodetic(frame.positionToEcef(c[0] * halfSideM, c[1] * halfSideM, 0)).atAltitude(0));
        }
        return new GeoPolygon(ring);
    }

    private static Assessment assess(HazardModel model, Map<String, FootprintAssessment.StageZone> zones)
            throws InterruptedException {
        return new FootprintAssessment(model).assess("soyuz-2-1a", List.of(BOOSTER), zones, 1000, 1, 2,
                ProgressListener.NONE);
    }

    @Nested
    class Containment {

        @Test
        void aZoneWellAroundTheFootprintIsGo() throws InterruptedException {
            Assessment a = assess(BAIKONUR, Map.of("boosters",
                    new FootprintAssessment.StageZone("wide", squareAround(NOMINAL, 150_000))));
            assertThat(a.verdict()).isEqualTo(Verdict.GO);
            assertThat(a.stages().get(0).containment().estimate()).isGreaterThanOrEqualTo(0.97);
            assertThat(a.findings()).isEmpty();
        }

        @Test
        void aZoneSmallerThanTheSpreadIsNoGoNamingTheStage() throws InterruptedException {
            Assessment a = assess(BAIKONUR, Map.of("boosters",
                    new FootprintAssessment.StageZone("tight", squareAround(NOMINAL, 2_000))));
            assertThat(a.verdict()).isEqualTo(Verdict.NO_GO);
            assertThat(a.findings()).extracting(Assessment.Finding::code, Assessment.Finding::stage)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                            FootprintAssessment.CONTAINMENT_BELOW_THRESHOLD, "boosters"));
        }

        @Test
        void aStageTheCorridorGivesNoZoneIsNoGo() throws InterruptedException {
            Assessment a = assess(BAIKONUR, Map.of());
            assertThat(a.verdict()).isEqualTo(Verdict.NO_GO);
            assertThat(a.findings()).extracting(Assessment.Finding::code)
                    .containsExactly(FootprintAssessment.STAGE_WITHOUT_DROP_ZONE);
        }

        @Test
        void aStageThatNeedsNoZoneIsJudgedOnCasualtiesAlone() throws InterruptedException {
            Assessment a = assess(BAIKONUR, Map.of("boosters", FootprintAssessment.StageZone.NONE_NEEDED));
            assertThat(a.stages().get(0).containment()).isNull();
            assertThat(a.verdict()).isEqualTo(Verdict.GO);
        }
    }

    @Nested
    class Casualties {

        private final HazardModel withTown = new HazardModel(0.97, 1e-4, BAIKONUR.dispersion(),
                BAIKONUR.casualtyAreas(),
                new SettledLand(0.2, List.of(Settlement.ofPopulation("town", NOMINAL, 50_000))));

        @Test
        void aTownUnderTheNominalImpactOutsideAnyZoneMakesItNoGo() throws InterruptedException {
            Assessment a = assess(withTown, Map.of("boosters", FootprintAssessment.StageZone.NONE_NEEDED));
            assertThat(a.verdict()).isEqualTo(Verdict.NO_GO);
            assertThat(a.findings()).extracting(Assessment.Finding::code)
                    .containsExactly(FootprintAssessment.CASUALTY_EXPECTATION_ABOVE_THRESHOLD);
            assertThat(a.casualtyExpectation().value()).isGreaterThan(1e-4);
            assertThat(a.evacuated()).isEmpty();
        }

        @Test
        void aTownInsideTheDropZoneIsClearedForTheLaunchAndNamed() throws InterruptedException {
            Assessment a = assess(withTown, Map.of("boosters",
                    new FootprintAssessment.StageZone("wide", squareAround(NOMINAL, 150_000))));
            assertThat(a.verdict()).isEqualTo(Verdict.GO);
            assertThat(a.evacuated()).extracting(Settlement::name).containsExactly("town");
        }

        @Test
        void emptySteppeGivesTheBackgroundDensityTimesCasualtyAreaTimesFourBoosters() throws InterruptedException {
            Assessment a = assess(BAIKONUR.withThresholds(0.97, 1e-4), Map.of("boosters",
                    FootprintAssessment.StageZone.NONE_NEEDED));
            // 0.2 people/km² x (√42 + 0.6)² m² x 4 boosters = 0.2e-6 x 50.2 x 4 = 4.0e-5 when no town is near
            assertThat(a.casualtyExpectation().value()).isBetween(3.9e-5, 4.5e-5);
        }
    }
}
