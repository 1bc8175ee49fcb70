package org.cosmodrome.physics.atmosphere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Against Table I of the U.S. Standard Atmosphere 1976 (NOAA-S/T 76-1562): kinetic temperature and density at
 * geometric altitudes. Below 86 km the rows are at 0, 11 and 20 km and at the geometric altitudes of the layer bases
 * H = 32, 47, 51 and 71 km' (Z = 32,162, 47,350, 51,412 and 71,802 m); above, the rows at 86, 100, 200 and 500 km.
 */
class StandardAtmosphere1976Test {

    private final StandardAtmosphere1976 air = new StandardAtmosphere1976();

    @ParameterizedTest(name = "{0} m: {1} K, {2} kg/m³")
    @CsvSource({
        "0,       288.150, 1.2250",
        "11000,   216.774, 3.64801e-1",
        "20000,   216.650, 8.89097e-2",
        "32162,   228.650, 1.32249e-2",
        "47350,   270.650, 1.42752e-3",
        "51412,   270.650, 8.61600e-4",
        "71802,   214.650, 6.42105e-5",
        "86000,   186.870, 6.958e-6",
        "100000,  195.080, 5.604e-7",
        "200000,  854.560, 2.541e-10",
        "500000,  999.240, 5.215e-13"})
    void matchesTheStandardsTable(double altitude, double temperature, double density) {
        StandardAtmosphere1976.State state = air.state(altitude);
        // the table rounds geometric altitudes to the metre: 0.0065 K/m at most; 86-km values are kinetic, ours
        // are molecular-scale below 86 km, which differ by 0.04 % at 85.9 km and by less lower down
        assertThat(state.temperature()).isCloseTo(temperature, offset(0.01));
        assertThat(state.density()).isCloseTo(density, withinPercentage(0.5));
        assertThat(air.density(altitude)).isEqualTo(state.density());
    }

    @Test
    void hasTheStandardSeaLevelPressureAndSpeedOfSound() {
        // Table I at 0 m: 101,325 Pa and 340.294 m/s; at 20 km 5,529.3 Pa and 295.069 m/s
        assertThat(air.state(0).pressure()).isCloseTo(101_325, offset(1e-6));
        assertThat(air.speedOfSound(0)).isCloseTo(340.294, offset(0.001));
        assertThat(air.state(20_000).pressure()).isCloseTo(5_529.29, withinPercentage(0.01));
        assertThat(air.speedOfSound(20_000)).isCloseTo(295.069, offset(0.001));
    }

    @Test
    void thinsMonotonicallyFromTheFloorToTheCeiling() {
        double previous = Double.MAX_VALUE;
        for (double z = StandardAtmosphere1976.FLOOR; z <= StandardAtmosphere1976.CEILING; z += 250) {
            double rho = air.density(z);
            assertThat(rho).as("at %s m", z).isPositive().isLessThan(previous);
            previous = rho;
        }
    }

    @Test
    void holdsTheFloorsValueBelowItAndIsEmptyAboveTheCeiling() {
        assertThat(air.density(-10_000)).isEqualTo(air.density(StandardAtmosphere1976.FLOOR));
        assertThat(air.density(1_000_001)).isZero();
        assertThat(air.state(90_000).pressure()).isNaN();
    }
}
