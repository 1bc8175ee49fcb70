package org.cosmodrome.vehicles;

import java.math.BigDecimal;
import java.util.List;

import org.cosmodrome.platform.InvalidField;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cosmodrome.vehicles.PropellantClass.KEROSENE_LOX;
import static org.cosmodrome.vehicles.PropellantClass.TOXIC_HYPERGOLIC;
import static org.cosmodrome.vehicles.VehicleTest.stage;

/** The rules {@link VehicleCatalog#check} applies to every vehicle before it is stored. */
class VehicleCatalogTest {

    private static VehicleDraft draft(List<Stage> stages) {
        return draft("Test rocket", "KZ", null, stages);
    }

    private static VehicleDraft draft(String name, String country, BigDecimal leo, List<Stage> stages) {
        return new VehicleDraft(name, null, country, VehicleStatus.IN_DEVELOPMENT, null, null, leo, null, stages, null,
                null, null, null);
    }

    private static void assertRefused(VehicleDraft draft, String field, String code) {
        assertThatThrownBy(() -> VehicleCatalog.check(draft)).isInstanceOfSatisfying(InvalidField.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.code()).isEqualTo(code);
        });
    }

    @Test
    void acceptsStagesFromOneWithoutGapsAndOptionalAlternativesSharingAPosition() {
        assertThatCode(() -> VehicleCatalog.check(draft(List.of(stage(1, "first", TOXIC_HYPERGOLIC, false),
                stage(2, "second", TOXIC_HYPERGOLIC, false), stage(3, "Breeze-M", TOXIC_HYPERGOLIC, true),
                stage(3, "Blok DM-03", KEROSENE_LOX, true))))).doesNotThrowAnyException();
    }

    @Nested
    class Stages {

        @Test
        void atLeastOneIsRequired() {
            assertRefused(draft(List.of()), "stages", "vehicle.stages.empty");
        }

        @Test
        void positionsMustRunFromOneWithoutGaps() {
            assertRefused(draft(List.of(stage(1, "first", KEROSENE_LOX, false), stage(3, "third", KEROSENE_LOX, false))),
                    "stages", "vehicle.stages.gap");
        }

        @Test
        void positionsMustStartAtOne() {
            assertRefused(draft(List.of(stage(2, "second", KEROSENE_LOX, false))), "stages", "vehicle.stages.gap");
        }

        @Test
        void anOptionalStageMayFollowAGapAfterTheLastMandatoryOne() {
            assertThatCode(() -> VehicleCatalog.check(draft(List.of(stage(1, "first", KEROSENE_LOX, false),
                    stage(3, "kick", TOXIC_HYPERGOLIC, true))))).doesNotThrowAnyException();
        }

        @Test
        void notAllMayBeOptional() {
            assertRefused(draft(List.of(stage(1, "first", KEROSENE_LOX, true))), "stages",
                    "vehicle.stages.all-optional");
        }

        @Test
        void positionsLieBetweenOneAndNine() {
            assertRefused(draft(List.of(stage(1, "first", KEROSENE_LOX, false), stage(10, "tenth", KEROSENE_LOX, true))),
                    "stages[1].position", "vehicle.stage.position.out-of-range");
            assertRefused(draft(List.of(stage(0, "zeroth", KEROSENE_LOX, false))), "stages[0].position",
                    "vehicle.stage.position.out-of-range");
        }

        @Test
        void namesAreUniqueIgnoringCaseAndSpaces() {
            assertRefused(draft(List.of(stage(1, "Core", KEROSENE_LOX, false), stage(2, " core ", KEROSENE_LOX, false))),
                    "stages[1].name", "vehicle.stage.name.duplicate");
        }

        @Test
        void eachNeedsAPropellantClassAndFuel() {
            assertRefused(draft(List.of(new Stage(1, "first", null, "RP-1", "LOX", null, false))),
                    "stages[0].propellantClass", "required");
            assertRefused(draft(List.of(new Stage(1, "first", null, " ", "LOX", KEROSENE_LOX, false))),
                    "stages[0].fuel", "required");
        }
    }

    @Test
    void refusesACountryThatIsNotATwoLetterCode() {
        assertRefused(draft("Test rocket", "KAZ", null, List.of(stage(1, "first", KEROSENE_LOX, false))), "country",
                "vehicle.country.malformed");
    }

    @Test
    void refusesAPayloadThatIsNotPositive() {
        assertRefused(draft("Test rocket", null, BigDecimal.ZERO, List.of(stage(1, "first", KEROSENE_LOX, false))),
                "leoPayloadTonnes", "positive");
    }

    @Test
    void refusesABlankName() {
        assertRefused(draft(" ", null, null, List.of(stage(1, "first", KEROSENE_LOX, false))), "name", "required");
    }
}
