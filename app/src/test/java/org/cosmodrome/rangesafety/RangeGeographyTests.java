package org.cosmodrome.rangesafety;

import org.cosmodrome.RegistryContext;
import org.cosmodrome.vehicles.VehicleId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding the corridor a launch flies from its vehicle and inclination, as the manifest will. */
@RegistryContext
class RangeGeographyTests {

    private static final VehicleId SOYUZ_2_1A = VehicleId.of("soyuz-2-1a");
    private static final VehicleId SOYUZ_2_1B = VehicleId.of("soyuz-2-1b");
    private static final VehicleId PROTON_M = VehicleId.of("proton-m");

    @Autowired
    RangeGeography geography;

    private String corridorOf(VehicleId vehicle, double inclination) {
        return geography.corridorFor(vehicle, inclination).map(c -> c.id().value()).orElse(null);
    }

    @Nested
    class ACorridorLookup {

        @Test
        void findsTheIssCorridorOfSoyuzWithItsBoostersInUlytauAndCoreInUstKan() {
            Corridor iss = geography.corridorFor(SOYUZ_2_1A, 51.6).orElseThrow();

            assertThat(iss.id().value()).isEqualTo("soyuz-2-1a-51-6");
            assertThat(geography.zonesOf(iss)).extracting(z -> z.id().value())
                    .containsExactly("ulytau", "altai-ust-kan");
        }

        @Test
        void acceptsAnInclinationWithinFiveHundredthsOfADegree() {
            assertThat(corridorOf(SOYUZ_2_1A, 51.65)).isEqualTo("soyuz-2-1a-51-6");
            assertThat(corridorOf(SOYUZ_2_1A, 51.56)).isEqualTo("soyuz-2-1a-51-6");
            assertThat(corridorOf(SOYUZ_2_1A, 51.66)).isNull();
            assertThat(corridorOf(SOYUZ_2_1A, 51.5)).isNull();
        }

        @Test
        void tellsTheVehiclesOfOneInclinationApart() {
            assertThat(corridorOf(PROTON_M, 51.5)).isEqualTo("proton-m-51-5");
            assertThat(corridorOf(PROTON_M, 51.6)).isNull();
            assertThat(corridorOf(SOYUZ_2_1B, 51.6)).isEqualTo("soyuz-2-1b-51-6");
        }

        @Test
        void sendsTheSunSynchronousSoyuzNorthToZoneOneTwentyAndTheUrals() {
            Corridor northern = geography.corridorFor(SOYUZ_2_1B, 97.6).orElseThrow();

            assertThat(northern.dropZones()).extracting(DropZoneId::value)
                    .containsExactly("zone-120-dzhangeldy", "severouralsk-khmao");
        }

        @Test
        void findsNothingForAVehicleWithoutCorridors() {
            assertThat(geography.corridorFor(VehicleId.of("soyuz-5"), 51.6)).isEmpty();
        }
    }
}
