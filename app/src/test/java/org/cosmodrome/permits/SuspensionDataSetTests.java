package org.cosmodrome.permits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cosmodrome.RegistryContext;
import org.cosmodrome.platform.ReferenceDataLoader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The host state's past suspensions of the Baikonur data set as they are stored after a start on an empty database. */
@RegistryContext
@RecordApplicationEvents
class SuspensionDataSetTests {

    /** Each past suspension and the incident of the data set it followed. */
    private static final Map<String, String> HISTORY = Map.of(
            "kz-ban-1999-07-site", "proton-k-1999-07-05",
            "kz-ban-1999-07-proton", "proton-k-1999-07-05",
            "kz-ban-1999-10-site", "proton-k-1999-10-27",
            "kz-ban-1999-10-proton", "proton-k-1999-10-27",
            "kz-ban-2007-proton", "proton-m-2007-09-06",
            "kz-ban-2013-proton", "proton-m-2013-07-02");

    @Autowired
    Suspensions suspensions;

    @Autowired
    PermitRules rules;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEvents events;

    @Autowired
    MockMvcTester mvc;

    private Suspension suspension(String id) {
        return suspensions.findById(id).orElseThrow();
    }

    private static LocalDate dayAtSite(java.time.Instant at) {
        return at.atZone(Suspension.SITE_TIME).toLocalDate();
    }

    private long ledgerEntries() {
        return jdbc.sql("select count(*) from ledger.entry where command = 'suspension.loaded'").query(Long.class)
                .single();
    }

    @Nested
    class Loading {

        @Test
        void storesTheSixPastSuspensionsLiftedAndLinkedToTheirIncidentsEachInTheLedgerOnce() {
            assertThat(HISTORY).allSatisfy((id, incident) -> {
                Suspension s = suspension(id);
                assertThat(s.status()).isEqualTo(Suspension.Status.LIFTED);
                assertThat(s.incident()).isEqualTo(incident);
                assertThat(s.liftedAt()).isNotNull();
                assertThat(s.imposedBy()).isEqualTo("kazcosmos");
            });
            assertThat(ledgerEntries()).isEqualTo(6);
        }

        @Test
        void addsNothingAndPublishesNoSuspensionEventWhenLoadedAgainAsARestartDoes() {
            long before = jdbc.sql("select count(*) from permits.suspension").query(Long.class).single();

            context.getBean("suspensionDataSet", ReferenceDataLoader.class).load();

            assertThat(jdbc.sql("select count(*) from permits.suspension").query(Long.class).single())
                    .isEqualTo(before);
            assertThat(ledgerEntries()).isEqualTo(6);
            assertThat(events.stream(SuspensionImposed.class)).isEmpty();
            assertThat(events.stream(SuspensionLifted.class)).isEmpty();
        }

        @Test
        void addsNoSuspensionInForceSoTodaysPlanIsUnaffected() {
            assertThat(rules.suspensionsInForce()).extracting(Suspension::id)
                    .doesNotContainAnyElementsOf(HISTORY.keySet());
        }
    }

    @Nested
    class TheHistory {

        @Test
        void theFirst1999BanWasSiteWideUntilNarrowedToProtonsWhichWereAllowedAgainOn31August() {
            Suspension site = suspension("kz-ban-1999-07-site");
            Suspension proton = suspension("kz-ban-1999-07-proton");

            assertThat(site.scope()).isEqualTo(SuspensionScope.SITE);
            assertThat(dayAtSite(site.liftedAt())).isEqualTo(LocalDate.of(1999, 7, 16));
            assertThat(proton.scope()).isEqualTo(SuspensionScope.FAMILY);
            assertThat(proton.family()).isEqualTo("UR-500/Proton");
            assertThat(proton.start()).isEqualTo(LocalDate.of(1999, 7, 6));
            assertThat(dayAtSite(proton.liftedAt())).isEqualTo(LocalDate.of(1999, 8, 31));
            assertThat(proton.allConditionsMet()).isTrue();
            assertThat(proton.conditions()).filteredOn(c -> c.kind() == ConditionKind.COMPENSATION_PAID)
                    .singleElement().satisfies(c -> {
                        assertThat(c.evidence()).contains("270,000").contains("kommersant.ru/doc/224777");
                        assertThat(dayAtSite(c.metAt())).isEqualTo(LocalDate.of(1999, 8, 31));
                    });
        }

        @Test
        void theSecond1999BanAllowedOtherLaunchesOn19NovemberAndProtonsOnly7February2000() {
            assertThat(suspension("kz-ban-1999-10-site").scope()).isEqualTo(SuspensionScope.SITE);
            assertThat(dayAtSite(suspension("kz-ban-1999-10-site").liftedAt())).isEqualTo(LocalDate.of(1999, 11, 19));
            assertThat(dayAtSite(suspension("kz-ban-1999-10-proton").liftedAt()))
                    .isEqualTo(LocalDate.of(2000, 2, 7));
        }

        @Test
        void the2007And2013BansWereLiftedWithTheCompensationStillOpen() {
            Suspension of2007 = suspension("kz-ban-2007-proton");
            Suspension of2013 = suspension("kz-ban-2013-proton");

            assertThat(dayAtSite(of2007.liftedAt())).isEqualTo(LocalDate.of(2007, 10, 24));
            assertThat(of2013.plannedEnd()).isEqualTo(LocalDate.of(2013, 9, 29));
            assertThat(List.of(of2007, of2013)).allSatisfy(s -> {
                assertThat(s.allConditionsMet()).isFalse();
                assertThat(s.conditions()).filteredOn(c -> c.kind() == ConditionKind.COMPENSATION_PAID)
                        .singleElement().satisfies(c -> assertThat(c.met()).isFalse());
                assertThat(s.conditions()).filteredOn(c -> c.kind() == ConditionKind.INVESTIGATION_REPORT_FILED)
                        .singleElement().satisfies(c -> assertThat(c.met()).isTrue());
            });
        }
    }

    @Test
    void theSuspensionsPageListsThemUnderLiftedWithALinkToTheirIncident() {
        assertThat(mvc.get().uri("/suspensions").exchange()).hasStatusOk().bodyText()
                .contains("data-testid=\"lifted-kz-ban-2013-proton\"")
                .contains("href=\"/incidents/proton-m-2013-07-02\"")
                .contains("Russia paid ~USD 270,000 compensation");
    }
}
