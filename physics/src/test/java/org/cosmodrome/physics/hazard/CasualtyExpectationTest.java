package org.cosmodrome.physics.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.cosmodrome.physics.dispersion.Estimate;
import org.cosmodrome.physics.dispersion.ImpactFootprint;
import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.junit.jupiter.api.Test;

class CasualtyExpectationTest {

    private static ImpactFootprint footprintAt(double latDeg, double lonDeg, int pieces, int samples) {
        double[] lat = new double[samples];
        double[] lon = new double[samples];
        for (int i = 0; i < samples; i++) {
            // spread over ±0.05° so the footprint is not degenerate
            lat[i] = Math.toRadians(latDeg + 0.1 * (i / (double) samples - 0.5));
            lon[i] = Math.toRadians(lonDeg);
        }
        return new ImpactFootprint("stage", pieces, 0, lat, lon, new double[samples], 0);
    }

    @Test
    void uniformDensityGivesDensityTimesAreaTimesPieces() {
        // 1 person/km² = 1e-6 /m², 100 m² per piece, 4 pieces: Ec = 4e-4
        Estimate ec = CasualtyExpectation.of(footprintAt(47, 67, 4, 1000), new SettledLand(1.0, List.of()), 100);
        assertThat(ec.value()).isCloseTo(4e-4, within(1e-12));
        assertThat(ec.lower()).isCloseTo(4e-4, within(1e-12));
    }

    @Test
    void aTownUnderPartOfTheFootprintRaisesEcAndWidensItsInterval() {
        // a town covering the northern part of the footprint
        Settlement town = new Settlement("town", GeodeticPoint.ofDegrees(47.04, 67), 10_000, 5_000);
        Estimate ec = CasualtyExpectation.of(footprintAt(47, 67, 1, 1000),
                new SettledLand(0.1, List.of(town)), 100);
        Estimate rural = CasualtyExpectation.of(footprintAt(47, 67, 1, 1000), new SettledLand(0.1, List.of()), 100);
        assertThat(ec.value()).isGreaterThan(100 * rural.value());
        assertThat(ec.upper()).isGreaterThan(ec.value());
        assertThat(ec.lower()).isLessThan(ec.value());
    }

    @Test
    void casualtyAreaAddsAPersonsRadiusAroundTheDebris() {
        // (√50 + √0.36)² = (7.071 + 0.6)² = 58.85 m²
        assertThat(CasualtyExpectation.casualtyArea(50)).isCloseTo(58.85, within(0.01));
    }

    @Test
    void settlementRadiusFollowsPopulationAtTwoThousandPerSquareKilometre() {
        Settlement s = Settlement.ofPopulation("Zhezkazgan", GeodeticPoint.ofDegrees(47.78, 67.71), 90_000);
        // 90,000 / 2,000 per km² = 45 km², radius √(45/π) = 3.78 km
        assertThat(s.radius()).isCloseTo(3785, within(5.0));
        assertThat(s.density() * 1e6).isCloseTo(2000, within(1.0));
    }
}
