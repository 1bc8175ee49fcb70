package org.cosmodrome.incidents;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cosmodrome.RegistryContext;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.platform.ReferenceDataLoader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** The Baikonur data set's incidents, samples and claims as they are stored after a start on an empty database. */
@RegistryContext
@RecordApplicationEvents
class IncidentDataSetTests {

    private static final List<String> ACCIDENTS = List.of("proton-k-1999-07-05", "proton-k-1999-10-27",
            "proton-m-2007-09-06", "proton-m-2013-07-02");

    @Autowired
    Incidents incidents;

    @Autowired
    Claims claims;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEvents events;

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("incidents.propellant", "incidents.sample", "incidents.claim_item",
                "incidents.negotiation_step", "incidents.payment")) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        counts.put("ledger", jdbc.sql("select count(*) from ledger.entry where command in"
                + " ('incident.loaded', 'sample.loaded', 'claim.loaded')").query(Long.class).single());
        counts.put("dataSetIncidents", (long) ACCIDENTS.stream()
                .filter(id -> incidents.findById(IncidentId.of(id)).isPresent()).count());
        return counts;
    }

    private Claim claim(String id) {
        return claims.findById(ClaimId.of(id)).orElseThrow();
    }

    @Nested
    class Loading {

        @Test
        void storesTheFourProtonAccidentsAndTheirFourClaimsEachEnteredInTheLedgerOnce() {
            assertThat(ACCIDENTS).allSatisfy(id -> assertThat(incidents.findById(IncidentId.of(id))).isPresent());
            assertThat(claims.find(new Claims.Filter(null, Actor.system("test")), PageQuery.all()).items())
                    .extracting(c -> c.id().value())
                    .contains("kz-claim-1999-07", "kz-claim-1999-10", "kz-claim-2007", "kz-claim-2013");
            assertThat(rowCounts()).containsEntry("ledger", 9L);
        }

        @Test
        void addsNothingAndPublishesNoIncidentWhenLoadedAgainAsARestartDoes() {
            Map<String, Long> before = rowCounts();

            context.getBean("incidentDataSet", ReferenceDataLoader.class).load();

            assertThat(rowCounts()).isEqualTo(before).containsEntry("dataSetIncidents", 4L);
            assertThat(events.stream(IncidentRecorded.class)).isEmpty();
        }
    }

    @Nested
    class TheHistory {

        @Test
        void the2013CrashHadUpTo600TonnesAboardAndIsClaimedAt13Point69BillionTengeUnpaid() {
            Incident crash = incidents.findById(IncidentId.of("proton-m-2013-07-02")).orElseThrow();
            Claim claim = claim("kz-claim-2013");

            assertThat(crash.pad()).isEqualTo("81-24");
            assertThat(crash.propellant().get(0).aboardKg()).isEqualByComparingTo("600000");
            assertThat(crash.propellant().get(0).releasedKg()).isEqualByComparingTo("200000");
            assertThat(claim.claimed().amount()).isEqualByComparingTo("13690000000");
            assertThat(claim.settled()).isFalse();
            assertThat(claim.outstanding().amount()).isEqualByComparingTo("13690000000");
        }

        @Test
        void the2007ClaimHolds7Point327BillionTengeIncluding3BillionForHealthMonitoringAndASingleSourceSettlement() {
            Claim claim = claim("kz-claim-2007");

            assertThat(claim.claimed().amount()).isEqualByComparingTo("7327000000");
            assertThat(claim.items()).filteredOn(i -> i.kind() == ClaimItemKind.HEALTH_MONITORING)
                    .extracting(i -> i.amount().amount()).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("3000000000"));
            assertThat(claim.settlement().amount().amount()).isEqualByComparingTo("2400000");
            assertThat(claim.settlement().amount().currency()).isEqualTo("USD");
            assertThat(claim.settlement().note()).contains("single source");
            assertThat(claim.steps()).extracting(NegotiationStep::what).anyMatch(s -> s.contains("1.04bn"));
        }

        @Test
        void the2007SoilSampleShowsUdmhAt17Point5TimesTheLimit() {
            List<ContaminationSample> samples = incidents.samples(IncidentId.of("proton-m-2007-09-06"));

            assertThat(samples).singleElement().satisfies(s -> {
                assertThat(s.substance()).isEqualTo("UDMH");
                assertThat(s.exceedanceFactor()).isEqualByComparingTo("17.5");
                assertThat(s.measured()).as("the sources give only the ratio").isNull();
            });
        }

        @Test
        void theJuly1999CompensationIsPaidAndTheOctober400000DollarsAreNotConfirmedPaid() {
            assertThat(claim("kz-claim-1999-07").outstanding().amount()).isEqualByComparingTo("0");
            assertThat(claim("kz-claim-1999-07").paid().amount()).isEqualByComparingTo("270000");
            assertThat(claim("kz-claim-1999-10").due().amount()).isEqualByComparingTo("400000");
            assertThat(claim("kz-claim-1999-10").payments()).isEmpty();
        }
    }
}
