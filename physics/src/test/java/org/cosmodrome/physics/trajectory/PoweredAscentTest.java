package org.cosmodrome.physics.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.cosmodrome.physics.trajectory.Baikonur.PAD_31_6;

import java.util.List;
import java.util.Map;

import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.cosmodrome.physics.geodesy.Geodesics;
import org.cosmodrome.physics.trajectory.LaunchAzimuth.Direction;
import org.cosmodrome.physics.vehicles.VehicleProfile;
import org.cosmodrome.physics.vehicles.VehicleProfile.Aerodynamics;
import org.cosmodrome.physics.vehicles.VehicleProfile.Guidance;
import org.cosmodrome.physics.vehicles.VehicleProfile.Mission;
import org.cosmodrome.physics.vehicles.VehicleProfile.Payload;
import org.cosmodrome.physics.vehicles.VehicleProfile.PitchPoint;
import org.cosmodrome.physics.vehicles.VehicleProfile.Stage;
import org.cosmodrome.physics.vehicles.VehicleProfiles;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The mechanics of the ascent model: mass, thrust, guidance phases, samples and separations. */
class PoweredAscentTest {

    private static final double G0 = 9.80665;

    @Nested
    class OnASingleStageTestRocket {

        // 10 t on the pad, 200 kN in vacuum and 180 kN at sea level, Isp 300 s, no separation
        private final Stage stage = new Stage("stage", 1, 1_000, 8_000, 200_000, 180_000, 300, 0, 500, Double.NaN,
                100, 0);

        private VehicleProfile rocket(double payload) {
            return new VehicleProfile("test", "Test", List.of(stage), List.of(),
                    List.of(new Mission("test", "a test flight", new Payload(payload, 0))),
                    List.of(new Aerodynamics(0, 1, 0.3)),
                    new Guidance(5, 10, Math.toRadians(5), 0, 60, List.of(new PitchPoint(120, 0)), List.of()),
                    Map.of());
        }

        @Test
        void liftsOffWithTheSeaLevelThrustLessItsWeight() {
            // after 1 s: v = (F_sl/m − g)·t with m = 10 t, g ≈ 9.80 m/s² at 46° N (the mass drops 0.7% meanwhile)
            Ascent ascent = new PoweredAscent(rocket(1_000)).fly(PAD_31_6, 0);
            Ascent.Sample first = ascent.samples().get(1);
            assertThat(first.time()).isEqualTo(1);
            assertThat(first.speed()).isCloseTo(180_000 / 10_000.0 - 9.806, within(0.15));
        }

        @Test
        void burnsAtTheVacuumThrustOverTheExhaustVelocity() {
            // ṁ = 200 kN / (300 s · g0) = 67.98 kg/s until the 8 t are gone at 117.7 s
            Ascent ascent = new PoweredAscent(rocket(1_000)).fly(PAD_31_6, 0);
            double flow = 200_000 / (300 * G0);
            assertThat(ascent.samples().get(50).mass()).isCloseTo(10_000 - 50 * flow, within(1e-6));
            assertThat(ascent.endTime()).isCloseTo(8_000 / flow, within(1e-9));
            assertThat(ascent.endMass()).isCloseTo(2_000, within(1e-6));
        }

        @Test
        void refusesToFlyWhenItsThrustDoesNotLiftItsWeight() {
            VehicleProfile heavy = rocket(10_000);
            assertThatThrownBy(() -> new PoweredAscent(heavy).fly(PAD_31_6, 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot lift off");
        }
    }

    @Nested
    class OnTheSoyuzIssAscent {

        private final VehicleProfile soyuz = VehicleProfiles.load("soyuz-2-1a");
        private final double azimuth = PoweredAscent.azimuth(PAD_31_6, Math.toRadians(51.6), Direction.NORTHBOUND);
        private final Ascent ascent = new PoweredAscent(soyuz).fly(PAD_31_6, azimuth);

        @Test
        void risesVerticallyUntilItsKick() {
            Ascent.Sample at10 = sampleAt(10);
            assertThat(Geodesics.distance(PAD_31_6, at10.point())).isLessThan(1);
            assertThat(Math.toDegrees(at10.flightPathAngle())).isGreaterThan(89.9);
        }

        @Test
        void headsAlongTheLaunchAzimuthAfterItsKick() {
            // relative azimuth 62.3°; the ground track bends by less than half a degree over the boosters' burn
            GeodeticPoint at100 = sampleAt(100).point();
            assertThat(Math.toDegrees(Geodesics.greatCircleBearing(PAD_31_6, at100)))
                    .isCloseTo(Math.toDegrees(azimuth), within(0.5));
        }

        @Test
        void startsWithTheLiftOffMassAndDropsTheBoostersWithTheirResiduals() {
            double flow = 1_021_300 / (319 * G0);
            double boosterResidual = 39_160 - 118 * flow;
            StageSeparation boosters = ascent.separation("boosters");
            assertThat(boosters.residualPropellant()).isCloseTo(boosterResidual, within(1e-6));
            assertThat(ascent.samples().get(0).mass()).isEqualTo(soyuz.liftoffMass(soyuz.standardMission()));
            // the sample at 118 s is taken after the separation, the one a second before still carries them
            double before = sampleAt(117).mass();
            double after = sampleAt(118).mass();
            double coreFlow = 990_200 / (319 * G0);
            assertThat(before - after - 4 * flow - coreFlow)
                    .isCloseTo(4 * (3_784 + boosterResidual), within(1e-6));
        }

        @Test
        void recordsTheAccelerationJustBeforeEachSeparation() {
            // at 118 s about 5,070 kN of thrust push 115 t: some 44 m/s², less gravity along the path
            double a = ascent.separation("boosters").acceleration().norm();
            assertThat(a).isBetween(35.0, 45.0);
        }

        @Test
        void samplesEverySecondAndAtEachEvent() {
            List<Ascent.Sample> samples = ascent.samples();
            for (int i = 1; i < samples.size(); i++) {
                assertThat(samples.get(i).time()).isGreaterThan(samples.get(i - 1).time());
            }
            assertThat(samples).extracting(Ascent.Sample::time).contains(118.0, 157.0, 287.0, 545.0);
            assertThat(samples.get(samples.size() - 1).time()).isEqualTo(ascent.endTime());
        }

        @Test
        void givesTheSameAscentForTheSameInputs() {
            Ascent again = new PoweredAscent(soyuz).fly(PAD_31_6, azimuth);
            assertThat(again).isEqualTo(ascent);
        }

        @Test
        void passesMaxQInTheLowerAtmosphere() {
            // 43 kPa at 63 s and 11 km with this profile; launchers' max-Q lies between 10 and 15 km
            Ascent.Sample maxQ = ascent.maxDynamicPressure();
            assertThat(maxQ.point().altitude()).isBetween(8_000.0, 15_000.0);
            assertThat(maxQ.dynamicPressure()).isBetween(20_000.0, 60_000.0);
        }

        private Ascent.Sample sampleAt(double time) {
            return ascent.samples().stream().filter(s -> s.time() == time).findFirst().orElseThrow();
        }
    }
}
