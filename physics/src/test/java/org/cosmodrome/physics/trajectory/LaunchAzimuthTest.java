package org.cosmodrome.physics.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.cosmodrome.physics.trajectory.LaunchAzimuth.Azimuth;
import org.cosmodrome.physics.trajectory.LaunchAzimuth.Direction;
import org.junit.jupiter.api.Test;

/** From Baikonur's latitude, 45.996° N (pad 31/6), with sin β = cos i / cos φ (Vallado, §6.4). */
class LaunchAzimuthTest {

    private static final double BAIKONUR = Math.toRadians(45.996);

    @Test
    void headsNorthEastForTheStationsInclination() {
        // 51.6°: sin β = cos 51.6° / cos 45.996° = 0.8942, β = 63.39°
        Azimuth azimuth = LaunchAzimuth.forInclination(BAIKONUR, Math.toRadians(51.6));
        assertThat(azimuth.inertialDegrees()).isCloseTo(63.39, offset(0.01));
        // the pad's 323 m/s eastward speed is already given: relative to the ground the vehicle turns north,
        // to 62.29° for a 7,784 m/s injection at 200 km
        assertThat(azimuth.relativeDegrees()).isCloseTo(62.29, offset(0.01));
    }

    @Test
    void headsJustWestOfNorthForSunSynchronous() {
        // 97.6°: sin β = cos 97.6° / cos 45.996° = −0.1904, β = −10.97° = 349.03°
        Azimuth azimuth = LaunchAzimuth.forInclination(BAIKONUR, Math.toRadians(97.6));
        assertThat(azimuth.inertialDegrees()).isCloseTo(349.03, offset(0.01));
        assertThat(azimuth.relativeDegrees()).isCloseTo(346.71, offset(0.01));
    }

    @Test
    void mirrorsTheAzimuthOnTheSouthboundPass() {
        Azimuth north = LaunchAzimuth.forInclination(BAIKONUR, Math.toRadians(51.6));
        Azimuth south = LaunchAzimuth.forInclination(BAIKONUR, Math.toRadians(51.6), Direction.SOUTHBOUND,
                LaunchAzimuth.circularSpeed(200_000), 6_378_137);
        assertThat(south.inertialDegrees()).isCloseTo(180 - north.inertialDegrees(), offset(1e-9));
    }

    @Test
    void launchesDueEastIntoTheLowestInclination() {
        assertThat(LaunchAzimuth.forInclination(BAIKONUR, BAIKONUR).inertialDegrees()).isCloseTo(90, offset(1e-4));
    }

    @Test
    void refusesAnInclinationBelowThePadsLatitude() {
        assertThatThrownBy(() -> LaunchAzimuth.forInclination(BAIKONUR, Math.toRadians(40)))
                .isInstanceOfSatisfying(InclinationNotReachable.class, e -> {
                    assertThat(e.inclinationDegrees()).isCloseTo(40, offset(1e-9));
                    assertThat(e.latitudeDegrees()).isCloseTo(45.996, offset(1e-9));
                });
        assertThatThrownBy(() -> LaunchAzimuth.forInclination(BAIKONUR, Math.toRadians(140)))
                .isInstanceOf(InclinationNotReachable.class);
    }

    @Test
    void givesTheCircularSpeedOfALowOrbit() {
        // √(GM / (RE + 200 km)) = 7,784.3 m/s
        assertThat(LaunchAzimuth.circularSpeed(200_000)).isCloseTo(7_784.3, offset(0.1));
    }
}
