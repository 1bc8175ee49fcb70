package org.cosmodrome.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Principals;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.cosmodrome.organizations.Agreement;
import org.cosmodrome.organizations.AgreementDraft;
import org.cosmodrome.organizations.AgreementId;
import org.cosmodrome.organizations.AgreementRegistry;
import org.cosmodrome.organizations.Agreements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading the data set again, as every restart does, on a database that already holds it and edits made since.
 */
@RegistryContext
class DataSetReloadTests {

    private static final List<String> TABLES = List.of("vehicles.vehicle", "vehicles.stage",
            "organizations.organization", "organizations.agreement", "organizations.agreement_party",
            "sites.cosmodrome", "sites.annual_launch_count", "sites.pad", "sites.pad_vehicle",
            "sites.pad_status_change", "platform.reference_record");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    @Autowired
    Agreements agreements;

    @Autowired
    AgreementRegistry agreementRegistry;

    @Autowired
    CurrentActor currentActor;

    @AfterEach
    void removeTestPads() {
        TestRecords.removePadsAddedByTests(jdbc);
    }

    /** Runs the three loaders in their start-up order, as a restart does. */
    private void loadDataSetAgain() throws Exception {
        for (String loader : List.of("vehicleDataSet", "organizationDataSet", "siteDataSet")) {
            context.getBean(loader, ReferenceDataLoader.class).load();
        }
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    @Test
    void addsNoRowsToADatabaseThatHoldsTheDataSet() throws Exception {
        Map<String, Long> before = rowCounts();

        loadDataSetAgain();

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(before.get("sites.pad")).isGreaterThanOrEqualTo(23L);
        assertThat(before.get("vehicles.vehicle")).isPositive();
    }

    @Nested
    class KeepsEditsMadeThroughTheApi {

        @Test
        void aPadStatusChange() throws Exception {
            var changed = mvc.post().uri("/api/v1/pads/81-23/status-changes")
                    .header(HttpHeaders.AUTHORIZATION, principals.operator())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"to\":\"UNDER_REPAIR\",\"reason\":\"refurbishment for a reload test\"}").exchange();
            assertThat(changed).hasStatus(201);
            int historyBefore = historyLength("81-23");

            loadDataSetAgain();

            DocumentContext pad = TestRecords.json(mvc.get().uri("/api/v1/pads/81-23").exchange());
            assertThat(pad.read("$.status", String.class)).isEqualTo("UNDER_REPAIR");
            assertThat(historyLength("81-23")).isEqualTo(historyBefore);
        }

        @Test
        void aVehicleRevisedWithPut() throws Exception {
            var read = mvc.get().uri("/api/v1/vehicles/n1").exchange();
            assertThat(read).hasStatusOk();
            String revised = TestRecords.vehicleBodyOf(TestRecords.json(read))
                    .set("$.notes", "revised in a reload test").jsonString();
            var put = mvc.put().uri("/api/v1/vehicles/n1").header(HttpHeaders.AUTHORIZATION, principals.operator())
                    .contentType(MediaType.APPLICATION_JSON).content(revised)
                    .exchange();
            assertThat(put).as(TestRecords.body(put)).hasStatusOk();

            loadDataSetAgain();

            DocumentContext vehicle = TestRecords.json(mvc.get().uri("/api/v1/vehicles/n1").exchange());
            assertThat(vehicle.read("$.notes", String.class)).isEqualTo("revised in a reload test");
            assertThat(vehicle.read("$.version", Integer.class)).isPositive();
        }

        private int historyLength(String pad) {
            return TestRecords.json(mvc.get().uri("/api/v1/pads/" + pad + "/status-history").exchange())
                    .read("$.length()", Integer.class);
        }
    }

    @Nested
    class LeavesDeletedRecordsDeleted {

        @Test
        void anAgreementDeletedFromTheDatabase() throws Exception {
            AgreementId capId = AgreementId.of("proton-launch-cap-2013");
            Agreement cap = agreements.findById(capId).orElseThrow();
            try {
                jdbc.sql("delete from organizations.agreement where id = ?").param(capId.value()).update();

                loadDataSetAgain();

                assertThat(agreements.findById(capId)).isEmpty();
                assertThat(mvc.get().uri("/api/v1/agreements/" + capId.value())
                        .header(HttpHeaders.AUTHORIZATION, principals.operator()).exchange()).hasStatus(404);
            } finally {
                if (agreements.findById(capId).isEmpty()) {
                    currentActor.runAs(Actor.system("test"), () -> agreementRegistry.register(capId,
                            new AgreementDraft(cap.title(), cap.kind(), cap.status(), cap.visibility(), cap.parties(),
                                    cap.signedOn(), cap.effectiveFrom(), cap.expiresOn(), cap.dateNote(),
                                    cap.annualPayment(), cap.terms(), cap.notes(), cap.confidence(), cap.sources())));
                }
            }
        }
    }
}
