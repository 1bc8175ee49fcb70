package org.cosmodrome.physics.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;

import org.cosmodrome.physics.atmosphere.StandardAtmosphere1976;
import org.cosmodrome.physics.atmosphere.WindProfile;
import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.cosmodrome.physics.geodesy.LocalFrame;
import org.cosmodrome.physics.geodesy.Vector3;
import org.cosmodrome.physics.geodesy.Wgs84;
import org.cosmodrome.physics.gravity.EarthGravity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BallisticFallTest {

    private static final double G0 = 9.80665;
    private static final GeodeticPoint BAIKONUR = GeodeticPoint.ofDegrees(45.996, 63.564);
    /** So dense that drag is below 1e-4 m/s² at 450 m/s near the ground: a fall in vacuum. */
    private static final double NO_DRAG = 1e9;

    private final BallisticFall fall = BallisticFall.standard();

    @Nested
    class DropFromRest {

        private final double height = 10_000;
        private final Impact impact = fall.fall(BAIKONUR.atAltitude(height), Vector3.ZERO, NO_DRAG);
        private final double expectedTime = Math.sqrt(2 * height / G0);

        @Test
        void takesAsLongAsAFreeFallInUniformGravity() {
            // t = √(2h/g) = 45.16 s; gravity at 46° and 5 km up differs from g0 by 0.1 %, the time by half that
            assertThat(impact.timeOfFlight()).isCloseTo(expectedTime, withinPercentage(0.3));
            assertThat(impact.impactSpeed()).isCloseTo(G0 * expectedTime, withinPercentage(0.3));
        }

        @Test
        void driftsEastAsCoriolisPredicts() {
            // A body dropped from rest lands east of the point below by ω g t³ cos φ / 3 (Coriolis to first order in
            // ω, e.g. Landau & Lifshitz, Mechanics, §39): 15.3 m at Baikonur. The north-south drift is second order.
            Vector3 enu = new LocalFrame(BAIKONUR).positionToEnu(Wgs84.toEcef(impact.point()));
            double t = impact.timeOfFlight();
            double coriolis = EarthGravity.OMEGA * G0 * t * t * t * Math.cos(BAIKONUR.latitude()) / 3;
            assertThat(enu.x()).isCloseTo(coriolis, withinPercentage(2));
            assertThat(enu.y()).isCloseTo(0, offset(0.5));
        }

        @Test
        void endsOnTheGround() {
            assertThat(impact.point().altitude()).isZero();
            assertThat(impact.velocityEnu().z()).isNegative();
            assertThat(impact.steps()).isPositive();
        }
    }

    @Nested
    class Drag {

        @Test
        void bringsALightBodyToTerminalSpeed() {
            // Terminal speed where drag balances weight: √(2βg/ρ) = 40.0 m/s at sea level for β = 100 kg/m², ρ =
            // 1.225 kg/m³. Falling into ever denser air the body stays a little above it: 40.17 m/s by a 1-D
            // integration of dv/dt = g − ρ(z)v²/(2β) from 3 km.
            Impact impact = fall.fall(BAIKONUR.atAltitude(3_000), Vector3.ZERO, 100);
            double terminal = Math.sqrt(2 * 100 * G0 / 1.225);
            assertThat(impact.impactSpeed()).isCloseTo(40.17, offset(0.1)).isGreaterThan(terminal);
            assertThat(impact.timeOfFlight()).isCloseTo(72.68, offset(0.1));
        }

        @Test
        void carriesALightBodyWithTheWind() {
            GeodeticPoint start = BAIKONUR.atAltitude(3_000);
            WindProfile east = new WindProfile(List.of(new WindProfile.Level(0, 20, 0)));
            Impact calm = fall.fall(start, Vector3.ZERO, 100);
            Impact windy = fall.withWind(east).fall(start, Vector3.ZERO, 100);
            Vector3 shift = new LocalFrame(calm.point()).positionToEnu(Wgs84.toEcef(windy.point()));
            // moving with the air after a few seconds: 20 m/s over most of the 73 s fall
            assertThat(shift.x()).isBetween(20 * 60.0, 20 * calm.timeOfFlight());
            assertThat(shift.y()).isCloseTo(0, offset(5.0));
            assertThat(windy.velocityEnu().x()).isCloseTo(20, offset(0.5));
        }
    }

    @Test
    void endsOnRaisedGroundSooner() {
        GeodeticPoint start = BAIKONUR.atAltitude(3_000);
        Vector3 velocity = new Vector3(150, 100, 50);
        Impact sea = fall.fall(start, velocity, 10_000);
        Impact plateau = fall.withGroundAltitude(500).fall(start, velocity, 10_000);
        assertThat(plateau.point().altitude()).isEqualTo(500);
        assertThat(plateau.timeOfFlight()).isLessThan(sea.timeOfFlight());
    }

    @Test
    void findsTheCrossingInsideTheLastStepWhereverItFalls() {
        // Raising the ground a little at a time moves the impact a little earlier, smoothly. A search that stopped
        // at the middle of its bracket instead of at the point it had found put the impact up to a quarter step off
        // (2.7 s and 270 m on a Proton stage), whenever the step's midpoint lay within 0.1 m of the ground.
        GeodeticPoint start = BAIKONUR.atAltitude(1_000);
        Vector3 velocity = new Vector3(200, 100, 0);
        double first = fall.fall(start, velocity, 10_000).timeOfFlight();
        double previous = first;
        for (int i = 1; i < 18_000; i++) {
            double ground = 0.05 * i;
            double t = fall.withGroundAltitude(ground).fall(start, velocity, 10_000).timeOfFlight();
            // Each impact is found to 0.1 m of altitude, 2 ms at the 50 m/s the body sinks at 140 m below its
            // start (140 m/s at the bottom), so consecutive times stay within 5 ms; a quarter step is over 0.5 s.
            assertThat(t).as("ground at %.2f m", ground).isCloseTo(previous, offset(0.02));
            previous = t;
        }
        assertThat(previous).isLessThan(first - 5);
    }

    @Test
    void throwsNoImpactForABodyInOrbit() {
        // circular speed at 400 km is 7.67 km/s inertially; the equator turns east at 465 m/s beneath it
        double circular = Math.sqrt(EarthGravity.GM / (Wgs84.A + 400_000));
        BallisticFall hour = new BallisticFall(new StandardAtmosphere1976(), WindProfile.CALM, 0, 1, 3600);
        assertThatThrownBy(() -> hour.fall(GeodeticPoint.ofDegrees(0, 63.5, 400_000),
                new Vector3(circular - EarthGravity.OMEGA * (Wgs84.A + 400_000), 0, 0), 5_000))
                .isInstanceOfSatisfying(NoImpact.class, e -> assertThat(e.timeLimit()).isEqualTo(3600));
    }

    @Test
    void startsTheSameFromGeodeticOrEarthFixedCoordinates() {
        GeodeticPoint start = GeodeticPoint.ofDegrees(47.0, 65.0, 60_000);
        Vector3 enu = new Vector3(1_500, 800, 600);
        Vector3 r = Wgs84.toEcef(start);
        Vector3 v = new LocalFrame(start).toEcef(enu.x(), enu.y(), enu.z());
        Impact geodetic = fall.fall(start, enu, 2_000);
        Impact fixed = fall.fall(new double[] {r.x(), r.y(), r.z(), v.x(), v.y(), v.z()}, 2_000);
        assertThat(fixed).isEqualTo(geodetic);
    }

    @Test
    void refusesANonPositiveBallisticCoefficientOrAStartUnderground() {
        assertThatThrownBy(() -> fall.fall(BAIKONUR.atAltitude(100), Vector3.ZERO, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fall.withGroundAltitude(200).fall(BAIKONUR.atAltitude(100), Vector3.ZERO, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("below the ground");
    }
}
