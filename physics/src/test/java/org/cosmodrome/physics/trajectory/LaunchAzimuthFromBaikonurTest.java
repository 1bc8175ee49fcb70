package org.cosmodrome.physics.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.cosmodrome.physics.trajectory.Baikonur.PAD_31_6;

import org.cosmodrome.physics.trajectory.LaunchAzimuth.Direction;
import org.cosmodrome.physics.vehicles.VehicleProfiles;
import org.junit.jupiter.api.Test;

/** Launch azimuths from pad 31/6 (45.996° N) for the inclinations flown from Baikonur. */
class LaunchAzimuthFromBaikonurTest {

    private static final double LATITUDE = PAD_31_6.latitude();

    @Test
    void issInclinationNeedsAnInertialAzimuthOfAbout63Degrees() {
        // textbook spherical trigonometry: sin β = cos i / cos φ = cos 51.6° / cos 45.996° → β = 63.39°;
        // baikonur-facts.md lists 63.4° for 51.6°
        double textbook = Math.toDegrees(Math.asin(Math.cos(Math.toRadians(51.6)) / Math.cos(LATITUDE)));
        LaunchAzimuth.Azimuth azimuth = LaunchAzimuth.forInclination(LATITUDE, Math.toRadians(51.6));
        assertThat(azimuth.inertialDegrees()).isCloseTo(textbook, within(1e-9)).isCloseTo(63.4, within(0.05));
    }

    @Test
    void steersNorthOfTheInertialAzimuthRelativeToTheRotatingEarth() {
        // the pad's 323 m/s eastward speed is already the vehicle's: relative to the ground it flies 62.3°
        LaunchAzimuth.Azimuth azimuth = LaunchAzimuth.forInclination(LATITUDE, Math.toRadians(51.6));
        assertThat(azimuth.relativeDegrees()).isCloseTo(62.3, within(0.1)).isLessThan(azimuth.inertialDegrees());
    }

    @Test
    void glonassAndSunSynchronousInclinationsMatchTheFactSheet() {
        // baikonur-facts.md (derived there with the same formula): 37.8° for 64.8°, 349.0° for 97.6°
        assertThat(LaunchAzimuth.forInclination(LATITUDE, Math.toRadians(64.8)).inertialDegrees())
                .isCloseTo(37.8, within(0.05));
        assertThat(LaunchAzimuth.forInclination(LATITUDE, Math.toRadians(97.6)).inertialDegrees())
                .isCloseTo(349.0, within(0.05));
    }

    @Test
    void southboundIsTheMirrorOfNorthbound() {
        double north = LaunchAzimuth.forInclination(LATITUDE, Math.toRadians(51.6), Direction.NORTHBOUND,
                LaunchAzimuth.circularSpeed(200_000), 6_378_137).inertialDegrees();
        double south = LaunchAzimuth.forInclination(LATITUDE, Math.toRadians(51.6), Direction.SOUTHBOUND,
                LaunchAzimuth.circularSpeed(200_000), 6_378_137).inertialDegrees();
        assertThat(north).isBetween(0.0, 90.0);
        assertThat(south).isCloseTo(180 - north, within(1e-9));
    }

    @Test
    void refusesInclinationsBelowThePadLatitude() {
        // 46° due east is the lowest inclination from Baikonur (and 180° − 46° the highest)
        assertThatThrownBy(() -> LaunchAzimuth.forInclination(LATITUDE, Math.toRadians(45)))
                .isInstanceOf(InclinationNotReachable.class);
        assertThatThrownBy(() -> LaunchAzimuth.forInclination(LATITUDE, Math.toRadians(135)))
                .isInstanceOf(InclinationNotReachable.class);
    }

    @Test
    void launchesDueEastIntoTheLowestInclination() {
        // sin β = cos φ / cos φ = 1
        assertThat(LaunchAzimuth.forInclination(LATITUDE, LATITUDE).inertialDegrees()).isCloseTo(90, within(1e-4));
    }

    @Test
    void theRefusalNamesTheLatitudeAndTheInclination() {
        assertThatThrownBy(() -> LaunchAzimuth.forInclination(LATITUDE, Math.toRadians(40)))
                .isInstanceOfSatisfying(InclinationNotReachable.class, e -> {
                    assertThat(e.inclinationDegrees()).isCloseTo(40, within(1e-9));
                    assertThat(e.latitudeDegrees()).isCloseTo(Math.toDegrees(LATITUDE), within(1e-9));
                });
    }

    @Test
    void givesTheCircularSpeedOfALowOrbit() {
        // √(GM / (RE + 200 km)) = 7,784.3 m/s
        assertThat(LaunchAzimuth.circularSpeed(200_000)).isCloseTo(7_784.3, within(0.1));
    }

    @Test
    void anAscentToAnUnreachableInclinationIsRefusedBeforeItStarts() {
        PoweredAscent soyuz = new PoweredAscent(VehicleProfiles.load("soyuz-2-1a"));
        assertThatThrownBy(() -> soyuz.fly(PAD_31_6, Math.toRadians(40), Direction.NORTHBOUND))
                .isInstanceOf(InclinationNotReachable.class);
    }
}
