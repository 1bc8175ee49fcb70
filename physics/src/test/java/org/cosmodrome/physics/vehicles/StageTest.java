package org.cosmodrome.physics.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.cosmodrome.physics.vehicles.VehicleProfile.Stage;
import org.junit.jupiter.api.Test;

/** A stage's thrust, flow and burnout from the Soyuz core's figures (Soyuz CSG User's Manual, RD-108A). */
class StageTest {

    private final Stage core = VehicleProfiles.load("soyuz-2-1a").stage("core").orElseThrow();

    @Test
    void givesTheSeaLevelThrustAtSeaLevelPressureAndTheVacuumThrustInVacuum() {
        assertThat(core.thrust(VehicleProfile.SEA_LEVEL_PRESSURE)).isCloseTo(792_500, within(1e-6));
        assertThat(core.thrust(0)).isEqualTo(990_200);
        // the exit area follows: (990.2 − 792.5) kN / 101,325 Pa = 1.95 m² for the four chambers and verniers
        assertThat(core.exitArea()).isCloseTo(1.951, within(0.001));
    }

    @Test
    void burnsOutWhenItsPropellantRunsOutIfThatComesBeforeItsCutOff() {
        // 90,100 kg at 990.2 kN / (319 s · g0) = 316.5 kg/s lasts 284.6 s, just before the manual's 286 s
        assertThat(core.burnout()).isCloseTo(284.6, within(0.1)).isLessThan(core.cutoff());
        assertThat(core.residualPropellant()).isCloseTo(0, within(1e-6));
        assertThat(core.burned(100)).isCloseTo(100 * core.massFlow(), within(1e-9));
    }
}
