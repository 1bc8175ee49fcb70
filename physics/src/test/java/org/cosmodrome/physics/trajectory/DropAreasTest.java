package org.cosmodrome.physics.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cosmodrome.physics.trajectory.Baikonur.IVDEL;
import static org.cosmodrome.physics.trajectory.Baikonur.KRASNOTURYINSK;
import static org.cosmodrome.physics.trajectory.Baikonur.KVARKUSH_SIDE;
import static org.cosmodrome.physics.trajectory.Baikonur.PAD_200_39;
import static org.cosmodrome.physics.trajectory.Baikonur.PAD_31_6;
import static org.cosmodrome.physics.trajectory.Baikonur.PAD_81_24;
import static org.cosmodrome.physics.trajectory.Baikonur.SEVEROURALSK;
import static org.cosmodrome.physics.trajectory.Baikonur.TOMSK_AREA;
import static org.cosmodrome.physics.trajectory.Baikonur.TORGAY;
import static org.cosmodrome.physics.trajectory.Baikonur.UST_KAN;
import static org.cosmodrome.physics.trajectory.Baikonur.ZHEZKAZGAN;
import static org.cosmodrome.physics.trajectory.Baikonur.ZONE_327;

import java.util.List;

import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.cosmodrome.physics.geodesy.Geodesics;
import org.cosmodrome.physics.trajectory.LaunchAzimuth.Direction;
import org.cosmodrome.physics.vehicles.VehicleProfile;
import org.cosmodrome.physics.vehicles.VehicleProfile.Guidance;
import org.cosmodrome.physics.vehicles.VehicleProfiles;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The standard trajectories from Baikonur put their spent stages where the real drop areas are. The references are
 * towns near the areas (see {@link Baikonur}), so the bounds are the ones the model was asked to meet — 50 km for
 * first stages and boosters, 100 km for second stages — and each test states the distance the model gives. The
 * profiles' pitch programs were calibrated on the standard mission of each vehicle (docs/range-safety.md says
 * which number was fitted to which area); what was not fitted — the cross-range of every impact, the Proton's
 * GLONASS mission and pad 200/39 — is a prediction. Impacts are on the ellipsoid, without wind.
 */
class DropAreasTest {

    private static final BallisticFall FALL = BallisticFall.standard();

    private static final Ascent SOYUZ_ISS = new PoweredAscent(VehicleProfiles.load("soyuz-2-1a"))
            .fly(PAD_31_6, Math.toRadians(51.6), Direction.NORTHBOUND);
    private static final Ascent SOYUZ_NORTH = new PoweredAscent(VehicleProfiles.load("soyuz-2-1b"))
            .fly(PAD_31_6, Math.toRadians(97.6), Direction.NORTHBOUND);
    private static final Ascent PROTON_GTO = new PoweredAscent(VehicleProfiles.load("proton-m"))
            .fly(PAD_81_24, Math.toRadians(51.5), Direction.NORTHBOUND);
    private static final Ascent PROTON_GLONASS = new PoweredAscent(VehicleProfiles.load("proton-m"))
            .onMission("glonass-dm-03").fly(PAD_81_24, Math.toRadians(64.8), Direction.NORTHBOUND);

    @Nested
    class Soyuz21aToTheIssFromPad31 {

        @Test
        void dropsItsBoostersNearZhezkazgan() {
            // 40 km: the impact lies 373 km down the 62.5° track, the town 372 km away at a bearing of 56° — the
            // whole distance is cross-range, which nothing was fitted to.
            assertThat(kmBetween(SOYUZ_ISS, "boosters", ZHEZKAZGAN)).isLessThan(50);
        }

        @Test
        void dropsItsCoreStageNearUstKan() {
            // 17 km
            assertThat(kmBetween(SOYUZ_ISS, "core", UST_KAN)).isLessThan(100);
        }

        @Test
        void separatesItsBoostersAtTheTimelinesTimeAndItsCoreAfterThem() {
            // 118 s and 287 s, launch timelines of the Soyuz MS ascents
            assertThat(SOYUZ_ISS.separations()).extracting(StageSeparation::stage)
                    .containsExactly("boosters", "fairing", "core");
            assertThat(SOYUZ_ISS.separation("boosters").time()).isEqualTo(118);
            assertThat(SOYUZ_ISS.separation("core").time()).isEqualTo(287);
            assertThat(SOYUZ_ISS.separation("boosters").pieces()).isEqualTo(4);
        }

        @Test
        void putsTheShipIntoALowOrbitCloseToTheStationsPlane() {
            // 225 × 255 km at 51.23°: the ISS launches inject into about 200 × 240 km at 51.6°; the model does not
            // yaw towards the plane, so it ends 0.4° low
            assertThat(SOYUZ_ISS.perigeeAltitude()).isGreaterThan(180_000);
            assertThat(SOYUZ_ISS.apogeeAltitude()).isLessThan(300_000);
            assertThat(Math.toDegrees(SOYUZ_ISS.inclination())).isCloseTo(51.6, within(0.5));
        }
    }

    @Nested
    class ProtonMToFiftyOneAndAHalfDegrees {

        @Test
        void dropsItsFirstStageNearZhezkazganFromPad81() {
            // 23 km
            assertThat(kmBetween(PROTON_GTO, "stage-1", ZHEZKAZGAN)).isLessThan(50);
        }

        @Test
        void dropsItsSecondStageNearDropZone327FromPad81() {
            // 56 km from the estimated centre; the impact (51.0° N, 87.2° E) is on the southern edge of the zone's
            // estimated extent, 51–52° N and 86.5–88° E
            assertThat(kmBetween(PROTON_GTO, "stage-2", ZONE_327)).isLessThan(100);
        }

        @Test
        void dropsItsStagesInTheSameAreasFromPad200() {
            // pad 200/39 is 4 km from 81/24: 25 km and 56 km, a prediction (calibrated from 81/24)
            Ascent fromPad200 = new PoweredAscent(VehicleProfiles.load("proton-m"))
                    .fly(PAD_200_39, Math.toRadians(51.5), Direction.NORTHBOUND);
            assertThat(kmBetween(fromPad200, "stage-1", ZHEZKAZGAN)).isLessThan(50);
            assertThat(kmBetween(fromPad200, "stage-2", ZONE_327)).isLessThan(100);
        }

        @Test
        void dropsItsThirdStageInThePacific() {
            // about 11° N, 171° E; Proton third stages fall in the Pacific (baikonur-facts.md, launch vehicles)
            GeodeticPoint impact = PROTON_GTO.impactOf("stage-3", FALL).point();
            assertThat(impact.longitudeDegrees()).isBetween(140.0, 180.0);
            assertThat(impact.latitudeDegrees()).isBetween(0.0, 40.0);
        }
    }

    @Nested
    class ProtonMToGlonassInclination {

        @Test
        void dropsItsSecondStageInTheTomskArea() {
            // 66 km: a prediction with the guidance calibrated on the 51.5° mission and the lighter Blok DM-03
            // payload of the GLONASS mission
            assertThat(kmBetween(PROTON_GLONASS, "stage-2", TOMSK_AREA)).isLessThan(100);
        }

        @Test
        void reachesALowParkingOrbitInThePlane() {
            // 76 × 317 km at 64.79°: the three stages put the Blok DM-03 into orbit on GLONASS missions, so the
            // third stage does not come down
            assertThat(Math.toDegrees(PROTON_GLONASS.inclination())).isCloseTo(64.8, within(0.2));
            assertThat(PROTON_GLONASS.perigeeAltitude()).isPositive();
        }
    }

    @Nested
    class Soyuz21bNorthbound {

        @Test
        void dropsItsBoostersNearTorgay() {
            // 1 km: fitted (the dogleg's azimuth offset and the kick)
            assertThat(kmBetween(SOYUZ_NORTH, "boosters", TORGAY)).isLessThan(50);
        }

        @Test
        void dropsItsCoreStageOnThePermBorderWestOfSeverouralsk() {
            // 0 km from the Kvarkush-side point of the Sverdlovsk/Perm border (60.25° N, 59.35° E): fitted (the pitch
            // at core separation and the two yaws, which also give the plane)
            assertThat(kmBetween(SOYUZ_NORTH, "core", KVARKUSH_SIDE)).isLessThan(100);
        }

        @Test
        void dropsItsCoreStageAwayFromTheTowns() {
            // 35 km from Severouralsk, 72 km from Krasnoturyinsk, 77 km from Ivdel; and west of Severouralsk, where
            // the source places the fall area
            assertThat(kmBetween(SOYUZ_NORTH, "core", SEVEROURALSK)).isGreaterThan(30);
            assertThat(kmBetween(SOYUZ_NORTH, "core", KRASNOTURYINSK)).isGreaterThan(30);
            assertThat(kmBetween(SOYUZ_NORTH, "core", IVDEL)).isGreaterThan(30);
            assertThat(SOYUZ_NORTH.impactOf("core", FALL).point().longitudeDegrees())
                    .isLessThan(SEVEROURALSK.longitudeDegrees() - 0.3);
        }

        @Test
        void endsInTheSunSynchronousPlaneAfterItsDogleg() {
            // 97.60°: the third stage's yaw, fitted with the core-stage yaw and pitch, brings the plane to 97.6°
            assertThat(Math.toDegrees(SOYUZ_NORTH.inclination())).isCloseTo(97.6, within(0.2));
        }

        @Test
        void wouldDropItsBoostersWellWestOfTorgayOnADirectAscent() {
            // 95 km west: a direct 97.6° ascent leaves on 346.7°, while Torgay lies due north of the pad; this is
            // why the profile flies a dogleg (local reports place the 98° Khayyam launch's first stage at Torgay)
            VehicleProfile profile = VehicleProfiles.load("soyuz-2-1b");
            Guidance g = profile.guidance();
            VehicleProfile direct = new VehicleProfile(profile.id(), profile.name(), profile.stages(),
                    profile.jettisons(), profile.missions(), profile.aerodynamics(),
                    new Guidance(g.verticalRiseEnd(), g.pitchOverEnd(), g.kick(), 0, g.gravityTurnEnd(),
                            g.pitchProgram(), List.of()),
                    profile.provenance());
            Ascent ascent = new PoweredAscent(direct).fly(PAD_31_6, Math.toRadians(97.6), Direction.NORTHBOUND);
            GeodeticPoint impact = ascent.impactOf("boosters", FALL).point();
            assertThat(kmBetween(ascent, "boosters", TORGAY)).isGreaterThan(80);
            assertThat(impact.longitudeDegrees()).isLessThan(TORGAY.longitudeDegrees() - 1);
        }
    }

    private static double kmBetween(Ascent ascent, String stage, GeodeticPoint reference) {
        GeodeticPoint impact = ascent.impactOf(stage, FALL).point();
        double km = Geodesics.distance(impact, reference) / 1000;
        System.out.printf(java.util.Locale.ROOT, "%s %s %s impact %.3f° N %.3f° E, %.0f km from the reference%n",
                ascent.vehicleId(), ascent.mission(), stage, impact.latitudeDegrees(), impact.longitudeDegrees(), km);
        return km;
    }
}
