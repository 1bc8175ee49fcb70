package org.cosmodrome.rangesafety;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cosmodrome.RegistryContext;
import org.cosmodrome.platform.ReferenceDataLoader;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.sites.Pads;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

/** The Baikonur data set's drop zones and corridors as they are stored after a start on an empty database. */
@RegistryContext
class DropZoneDataSetTests {

    private static final List<String> TABLES = List.of("rangesafety.drop_zone", "rangesafety.corridor",
            "rangesafety.corridor_stage");

    @Autowired
    RangeGeography geography;

    @Autowired
    Pads pads;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        counts.put("ledger", jdbc.sql("select count(*) from ledger.entry where command in"
                + " ('drop-zone.loaded', 'corridor.loaded')").query(Long.class).single());
        return counts;
    }

    @Nested
    class Loading {

        @Test
        void storesTheSixZonesAndFiveCorridorsOfTheDataSetEachEnteredInTheLedger() {
            assertThat(geography.zones()).extracting(z -> z.id().value()).containsExactlyInAnyOrder("ulytau",
                    "altai-ust-kan", "altai-327", "tomsk", "zone-120-dzhangeldy", "severouralsk-khmao");
            assertThat(geography.corridors()).extracting(c -> c.id().value()).containsExactly("proton-m-51-5",
                    "soyuz-2-1a-51-6", "soyuz-2-1b-51-6", "proton-m-64-8", "soyuz-2-1b-97-6");
            assertThat(rowCounts()).containsEntry("ledger", 11L);
        }

        @Test
        void addsNothingWhenLoadedAgainAsARestartDoes() {
            Map<String, Long> before = rowCounts();

            context.getBean("rangeSafetyDataSet", ReferenceDataLoader.class).load();

            assertThat(rowCounts()).isEqualTo(before).containsEntry("rangesafety.drop_zone", 6L)
                    .containsEntry("rangesafety.corridor", 5L);
        }
    }

    @Nested
    class EveryZone {

        @Test
        void isApproximateAndSaysHowItWasDrawn() {
            assertThat(geography.zones()).allSatisfy(zone -> {
                assertThat(zone.approximate()).as(zone.id().value()).isTrue();
                assertThat(zone.geometryBasis()).as(zone.id().value()).startsWith("Approximate outline");
                assertThat(zone.sources()).as(zone.id().value()).isNotEmpty();
            });
        }

        /**
         * Sources name a town near each zone (for zone 327 only districts, whose middle is estimated); the zones are
         * drawn around the standard trajectory's impacts, which land within 65 km of those places.
         */
        @Test
        void liesWithinSixtyFiveKilometresOfItsReferenceLocalityAndContainsItsCentre() {
            assertThat(geography.zones()).allSatisfy(zone -> {
                assertThat(zone.polygon().contains(zone.centre())).as(zone.id().value()).isTrue();
                assertThat(GreatCircle.distanceKm(zone.centre(), zone.referenceLocality().position()))
                        .as("%s from %s", zone.id(), zone.referenceLocality().name().en()).isLessThan(65);
            });
        }

        @Test
        void isAClosedRingOfAtLeastThirtyTwoCorners() {
            assertThat(geography.zones()).allSatisfy(zone -> {
                List<GeoPoint> ring = zone.polygon().ring();
                assertThat(ring).as(zone.id().value()).hasSizeGreaterThanOrEqualTo(33);
                assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
            });
        }

        @Test
        void hasTheAreaItsSourceStatesWithinTwoPercent() {
            List<DropZone> stated = geography.zones().stream().filter(z -> z.areaKm2() != null).toList();

            assertThat(stated).extracting(z -> z.id().value()).containsExactly("altai-327");
            assertThat(stated).allSatisfy(zone ->
                    assertThat(zone.polygon().areaKm2()).isCloseTo(zone.areaKm2(), withinPercentage(2)));
        }

        /** Zone 120 is an ellipse of 22 x 44 km by its sources: π·11·22 ≈ 760 km². */
        @Test
        void ofZoneOneTwentyHasTheAreaOfItsTwentyTwoByFortyFourKilometreEllipse() {
            DropZone zone120 = geography.zone(DropZoneId.of("zone-120-dzhangeldy")).orElseThrow();

            assertThat(zone120.polygon().areaKm2()).isCloseTo(Math.PI * 11 * 22, withinPercentage(2));
        }

        /**
         * The long axis follows the ground track, which leaves pad 31/6 on a great circle: it is within 12° of that
         * circle's bearing at the centre (either way along it; the northbound dogleg bends the track a little).
         */
        @Test
        void liesAlongTheGroundTrackFromPadThirtyOneSix() {
            var pad = pads.findById(PadId.of("31-6")).orElseThrow();
            GeoPoint origin = new GeoPoint(pad.latitude(), pad.longitude());

            assertThat(geography.zones()).allSatisfy(zone -> {
                double difference = Math.abs(zone.outline().majorAxisBearingDeg()
                        - GreatCircle.finalBearingDeg(origin, zone.centre())) % 180;
                assertThat(Math.min(difference, 180 - difference)).as(zone.id().value()).isLessThan(12);
            });
        }
    }

    @Nested
    class TheCorridors {

        @Test
        void sendEveryStageToAStoredZoneOrSayWhyNot() {
            assertThat(geography.corridors()).allSatisfy(corridor -> {
                assertThat(corridor.stages()).as(corridor.id().value()).isNotEmpty();
                assertThat(geography.zonesOf(corridor)).hasSameSizeAs(corridor.dropZones());
                corridor.stages().stream().filter(s -> s.dropZone() == null)
                        .forEach(s -> assertThat(s.note()).isNotBlank());
            });
        }

        @Test
        void leaveTheFirstStageOfProtonToGlonassOpenAsTheSourcesDo() {
            Corridor glonass = geography.corridorFor(org.cosmodrome.vehicles.VehicleId.of("proton-m"), 64.8)
                    .orElseThrow();

            assertThat(glonass.stages()).extracting(StageFall::stage, s -> s.dropZone() == null ? null
                    : s.dropZone().value()).containsExactly(org.assertj.core.groups.Tuple.tuple("stage-1", null),
                    org.assertj.core.groups.Tuple.tuple("stage-2", "tomsk"),
                    org.assertj.core.groups.Tuple.tuple("fairing", "tomsk"),
                    org.assertj.core.groups.Tuple.tuple("stage-3", null));
        }
    }
}
