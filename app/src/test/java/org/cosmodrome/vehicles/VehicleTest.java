package org.cosmodrome.vehicles;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.vehicles.PropellantClass.*;

class VehicleTest {

    static Stage stage(int position, String name, PropellantClass propellant, boolean optional) {
        return new Stage(position, name, null, "fuel", "oxidiser", propellant, optional);
    }

    static Vehicle vehicle(Stage... stages) {
        return new Vehicle(VehicleId.of("test"), "Test", null, null, VehicleStatus.ACTIVE, null, null, null, null,
                List.of(stages), null, null, null, List.of(), 0);
    }

    @Nested
    class BurnsToxicPropellant {

        @Test
        void whenAMandatoryStageIsHypergolic() {
            Vehicle protonM = vehicle(stage(1, "first", TOXIC_HYPERGOLIC, false),
                    stage(2, "second", TOXIC_HYPERGOLIC, false), stage(3, "third", TOXIC_HYPERGOLIC, false),
                    stage(4, "Breeze-M", TOXIC_HYPERGOLIC, true), stage(4, "Blok DM-03", KEROSENE_LOX, true));

            assertThat(protonM.burnsToxicPropellant()).isTrue();
        }

        @Test
        void notWhenOnlyAnOptionalUpperStageIsHypergolic() {
            Vehicle soyuz21b = vehicle(stage(1, "boosters", KEROSENE_LOX, false),
                    stage(2, "core", KEROSENE_LOX, false), stage(3, "Blok I", KEROSENE_LOX, false),
                    stage(4, "Fregat", TOXIC_HYPERGOLIC, true));

            assertThat(soyuz21b.burnsToxicPropellant()).isFalse();
            assertThat(soyuz21b.mayBurnToxicPropellant()).isTrue();
        }

        @Test
        void notWhenNoStageIsHypergolic() {
            Vehicle soyuz5 = vehicle(stage(1, "first", KEROSENE_LOX, false), stage(2, "second", KEROSENE_LOX, false));

            assertThat(soyuz5.burnsToxicPropellant()).isFalse();
            assertThat(soyuz5.mayBurnToxicPropellant()).isFalse();
        }

        @Test
        void whenOnlyTheLastMandatoryStageIsHypergolic() {
            Vehicle vikram = vehicle(stage(1, "first", SOLID, false), stage(2, "second", SOLID, false),
                    stage(3, "third", SOLID, false), stage(4, "Raman", TOXIC_HYPERGOLIC, false));

            assertThat(vikram.burnsToxicPropellant()).isTrue();
        }
    }

    @Test
    void keepsStagesInFlightOrder() {
        Vehicle shuffled = vehicle(stage(3, "third", KEROSENE_LOX, false), stage(1, "first", KEROSENE_LOX, false),
                stage(2, "second", HYDROGEN_LOX, false));

        assertThat(shuffled.stages()).extracting(Stage::position).containsExactly(1, 2, 3);
        assertThat(shuffled.propellantClasses()).containsExactly(KEROSENE_LOX, HYDROGEN_LOX);
    }

    @Test
    void onlyHypergolicPropellantIsToxic() {
        assertThat(java.util.EnumSet.allOf(PropellantClass.class)).filteredOn(PropellantClass::isToxic)
                .containsExactly(TOXIC_HYPERGOLIC);
    }
}
