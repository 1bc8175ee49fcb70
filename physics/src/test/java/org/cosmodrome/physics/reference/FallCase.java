package org.cosmodrome.physics.reference;

import java.util.List;

import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.cosmodrome.physics.geodesy.Vector3;

/**
 * A start of a fall for comparing models: a Baikonur-shaped separation or failure state. The states are plausible, not
 * taken from any vehicle's data: positions along the corridors of {@code baikonur-facts.md} (51.6° to the north-east,
 * 64.8° GLONASS, 97.6° to the north), speeds and heights of the stages named, ballistic coefficients across the range
 * spent stages and debris have.
 *
 * @param name what falls, for reports
 * @param start the start, altitude above WGS-84 in metres
 * @param velocityEnu velocity relative to the rotating Earth, local east-north-up, m/s
 * @param ballisticCoefficient β = m/(C_D·A), kg/m²
 */
public record FallCase(String name, GeodeticPoint start, Vector3 velocityEnu, double ballisticCoefficient) {

    /**
     * @param flightPathDegrees angle of the velocity above the local horizontal, degrees
     * @param azimuthDegrees heading of its horizontal part, degrees clockwise from north
     */
    public static FallCase of(String name, double latitudeDegrees, double longitudeDegrees, double altitudeKm,
            double speed, double flightPathDegrees, double azimuthDegrees, double ballisticCoefficient) {
        double gamma = Math.toRadians(flightPathDegrees);
        double psi = Math.toRadians(azimuthDegrees);
        double horizontal = speed * Math.cos(gamma);
        return new FallCase(name, GeodeticPoint.ofDegrees(latitudeDegrees, longitudeDegrees, altitudeKm * 1000),
                new Vector3(horizontal * Math.sin(psi), horizontal * Math.cos(psi), speed * Math.sin(gamma)),
                ballisticCoefficient);
    }

    /** The cases the ballistic fall is validated and benchmarked on, in a fixed order. */
    public static List<FallCase> baikonur() {
        return List.of(
                of("Soyuz-2 strap-on booster, 51.6°", 46.42, 64.45, 45, 1_800, 24, 62, 300),
                of("Soyuz-2 strap-on booster, dense end, 51.6°", 46.42, 64.45, 45, 1_850, 22, 62, 1_200),
                of("Proton-M stage 1, 51.5°", 46.55, 64.10, 60, 1_900, 22, 61, 2_500),
                of("Proton-M stage 1, 64.8° GLONASS", 46.60, 63.60, 62, 1_950, 21, 38, 2_500),
                of("Soyuz-2 core stage, 51.6°", 49.60, 72.80, 170, 5_000, 5, 68, 2_000),
                of("Soyuz-2 stage 2 to 97.6°, northbound", 51.20, 62.40, 160, 4_500, 8, 350, 1_500),
                of("Proton-M stage 2, Altai", 50.30, 75.20, 150, 4_400, 3, 70, 3_000),
                of("Proton-M stage 2, high and fast", 51.00, 77.50, 190, 6_000, 1, 72, 5_000),
                of("Light launcher stage, due east", 46.50, 66.00, 100, 3_000, 15, 90, 1_000),
                of("Fairing half, 51.6°", 47.10, 66.40, 110, 2_300, 20, 62, 200),
                of("Steep fall from 80 km", 46.80, 65.50, 80, 1_500, -60, 62, 800),
                of("Near-vertical fall from 30 km", 46.20, 64.00, 30, 600, -85, 62, 5_000),
                of("Low fall, 12 km, horizontal", 46.10, 63.80, 12, 400, 0, 62, 600),
                of("Stage due north from 120 km", 47.50, 63.50, 120, 3_500, 10, 0, 1_500),
                of("Failed vehicle at 3 km", 46.00, 63.60, 3, 250, 60, 62, 10_000));
    }
}
