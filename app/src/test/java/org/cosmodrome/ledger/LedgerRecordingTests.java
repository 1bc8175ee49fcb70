package org.cosmodrome.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Principals;
import org.cosmodrome.Principals.Member;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.cosmodrome.identity.IssuedToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.TestRecords.json;
import static org.cosmodrome.TestRecords.newVehicleJson;
import static org.cosmodrome.TestRecords.problem;
import static org.cosmodrome.TestRecords.uniqueId;

/**
 * Every state-changing command enters exactly one entry in the ledger, naming who did what to which record, in the
 * same transaction as the change; a refused command enters none. The entries form one unbroken chain.
 */
@RegistryContext
class LedgerRecordingTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    @Autowired
    JdbcClient jdbc;

    /** Issues every token first: issuing one is itself a command the ledger records. */
    @BeforeEach
    void issueTokensBeforeCounting() {
        List.of(Principals.OPERATOR, Principals.SKYROOT, Principals.LESSEE, Principals.AUDITOR, Principals.HOST)
                .forEach(principals::bearer);
    }

    @AfterEach
    void removeTestPads() {
        TestRecords.removePadsAddedByTests(jdbc);
    }

    private long headSeq() {
        return jdbc.sql("select coalesce(max(seq), 0) from ledger.entry").query(Long.class).single();
    }

    private List<LedgerEntry> entriesAfter(long seq) {
        return jdbc.sql("select * from ledger.entry where seq > ? order by seq").param(seq).query(Ledger::map).list();
    }

    /** Runs {@code command}, checks its status, and returns the one entry it appended. */
    private LedgerEntry theOneEntryOf(int status, Supplier<MvcTestResult> command) {
        long before = headSeq();
        MvcTestResult result = command.get();
        assertThat(result).as(TestRecords.body(result)).hasStatus(status);
        List<LedgerEntry> appended = entriesAfter(before);
        assertThat(appended).as("entries appended by the command").hasSize(1);
        return appended.get(0);
    }

    /** Runs {@code command}, checks that it was refused with {@code status}, and that the ledger did not grow. */
    private void appendsNothing(int status, Supplier<MvcTestResult> command) {
        long before = headSeq();
        problem(command.get(), status);
        assertThat(entriesAfter(before)).as("entries appended by a refused command").isEmpty();
    }

    private String bearer(Member member) {
        return principals.bearer(member);
    }

    private MvcTestResult postJson(String uri, Member member, String body) {
        return mvc.post().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer(member))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult putJson(String uri, Member member, String body) {
        return mvc.put().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer(member))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private static void assertEntry(LedgerEntry entry, String command, String targetType, String targetId,
            Member actor) {
        assertThat(entry.command()).isEqualTo(command);
        assertThat(entry.targetType()).isEqualTo(targetType);
        assertThat(entry.targetId()).isEqualTo(targetId);
        assertThat(entry.actorUser()).isEqualTo(actor.username());
        assertThat(entry.actorOrganization()).isEqualTo(actor.organization());
    }

    private String newVehicle() {
        String id = uniqueId("ledger-rocket");
        assertThat(postJson("/api/v1/vehicles", Principals.OPERATOR, newVehicleJson(id, "Rocket " + id)))
                .hasStatus(201);
        return id;
    }

    private String newPad() {
        String designation = "320/" + uniqueId("p").replace("p-", "");
        assertThat(postJson("/api/v1/pads", Principals.OPERATOR, padJson(designation))).hasStatus(201);
        return designation.replace('/', '-');
    }

    private static String padJson(String designation) {
        return """
                {"designation": "%s", "name": "Ledger pad", "latitude": 46.0, "longitude": 63.3, "status": "ACTIVE",
                 "statusSince": "2020-01-01", "operator": "roscosmos", "supportedVehicles": ["soyuz-2-1a"]}"""
                .formatted(designation);
    }

    private static String agreementJson(String id, String parties) {
        return """
                {"id": "%s", "agreement": {"title": "Ledger test", "kind": "PAD_ACCESS", "status": "IN_NEGOTIATION",
                 "parties": [%s]}}""".formatted(id, parties);
    }

    @Nested
    class EveryCommandAppendsOneEntry {

        @Test
        void registeringAVehicle() {
            String id = uniqueId("ledger-rocket");

            LedgerEntry entry = theOneEntryOf(201, () -> postJson("/api/v1/vehicles", Principals.OPERATOR,
                    newVehicleJson(id, "Rocket " + id)));

            assertEntry(entry, "vehicle.registered", "vehicle", id, Principals.OPERATOR);
            assertThat(entry.payload()).contains("\"Rocket " + id + "\"");
            assertThat(entry.isPublic()).isTrue();
        }

        @Test
        void revisingAVehicle() {
            String id = newVehicle();
            String body = TestRecords.vehicleBodyOf(json(mvc.get().uri("/api/v1/vehicles/" + id).exchange()))
                    .set("$.notes", "revised for the ledger").jsonString();

            LedgerEntry entry = theOneEntryOf(200, () -> putJson("/api/v1/vehicles/" + id, Principals.OPERATOR,
                    body));

            assertEntry(entry, "vehicle.revised", "vehicle", id, Principals.OPERATOR);
            assertThat(entry.payload()).contains("revised for the ledger");
        }

        @Test
        void registeringAPad() {
            LedgerEntry entry = theOneEntryOf(201, () -> postJson("/api/v1/pads", Principals.OPERATOR,
                    padJson("321/1")));

            assertEntry(entry, "pad.registered", "pad", "321-1", Principals.OPERATOR);
        }

        @Test
        void changingAPadsStatus() {
            String pad = newPad();

            LedgerEntry entry = theOneEntryOf(201, () -> postJson("/api/v1/pads/" + pad + "/status-changes",
                    Principals.LESSEE, "{\"to\": \"UNDER_REPAIR\", \"reason\": \"flame trench\"}"));

            assertEntry(entry, "pad.status.changed", "pad", pad, Principals.LESSEE);
            assertThat(entry.payload()).contains("\"UNDER_REPAIR\"", "flame trench");
        }

        @Test
        void settingAPadsVehicles() {
            String pad = newPad();

            LedgerEntry entry = theOneEntryOf(200, () -> putJson("/api/v1/pads/" + pad + "/vehicles",
                    Principals.OPERATOR, "{\"vehicles\": [\"soyuz-2-1b\"]}"));

            assertEntry(entry, "pad.vehicles.set", "pad", pad, Principals.OPERATOR);
            assertThat(entry.payload()).contains("soyuz-2-1b");
        }

        @Test
        void recordingAPrivateAgreementAsItsPrivateRecord() {
            String id = uniqueId("ledger-deal");

            LedgerEntry entry = theOneEntryOf(201, () -> postJson("/api/v1/agreements", Principals.SKYROOT,
                    agreementJson(id, "\"nckit\", \"skyroot-aerospace\"")));

            assertEntry(entry, "agreement.recorded", "agreement", id, Principals.SKYROOT);
            assertThat(entry.tenants()).containsExactly("nckit", "skyroot-aerospace");
        }

        @Test
        void revisingAnAgreement() {
            String id = uniqueId("ledger-deal");
            assertThat(postJson("/api/v1/agreements", Principals.SKYROOT,
                    agreementJson(id, "\"nckit\", \"skyroot-aerospace\""))).hasStatus(201);

            LedgerEntry entry = theOneEntryOf(200, () -> putJson("/api/v1/agreements/" + id, Principals.HOST, """
                    {"title": "Ledger test", "kind": "PAD_ACCESS", "status": "IN_FORCE",
                     "parties": ["nckit", "skyroot-aerospace"]}"""));

            assertEntry(entry, "agreement.revised", "agreement", id, Principals.HOST);
        }

        @Test
        void registeringAnOrganisation() {
            String id = uniqueId("ledger-org");

            LedgerEntry entry = theOneEntryOf(201, () -> postJson("/api/v1/organizations", Principals.OPERATOR, """
                    {"id": "%s", "names": {"en": "Ledger Launch Ltd"}, "kind": "LAUNCH_PROVIDER", "country": "GB"}"""
                    .formatted(id)));

            assertEntry(entry, "organization.registered", "organization", id, Principals.OPERATOR);
        }

        @Test
        void creatingAUserWithoutItsPassword() {
            String username = uniqueId("ledger-user");

            LedgerEntry entry = theOneEntryOf(201, () -> postJson("/api/v1/users", Principals.OPERATOR, """
                    {"username": "%s", "organization": "rfa", "roles": ["LAUNCH_PROVIDER"],
                     "password": "a password for the ledger"}""".formatted(username)));

            assertEntry(entry, "user.created", "user", username, Principals.OPERATOR);
            assertThat(entry.tenants()).containsExactly("rfa");
            assertThat(entry.payload()).doesNotContain("a password for the ledger");
        }

        @Test
        void issuingATokenWithoutItsSecret() {
            MvcTestResult[] issued = new MvcTestResult[1];

            LedgerEntry entry = theOneEntryOf(201, () -> issued[0] = postJson("/api/v1/tokens", Principals.SKYROOT,
                    "{\"name\": \"ci\"}"));

            String id = json(issued[0]).read("$.id", String.class);
            assertEntry(entry, "token.issued", "token", id, Principals.SKYROOT);
            assertThat(entry.payload()).doesNotContain(json(issued[0]).read("$.secret", String.class));
        }

        @Test
        void revokingAToken() {
            IssuedToken token = principals.newToken(Principals.SKYROOT);

            LedgerEntry entry = theOneEntryOf(200, () -> mvc.delete().uri("/api/v1/tokens/" + token.id())
                    .header(HttpHeaders.AUTHORIZATION, bearer(Principals.SKYROOT)).exchange());

            assertEntry(entry, "token.revoked", "token", token.id().toString(), Principals.SKYROOT);
        }
    }

    @Nested
    class ARefusedCommandAppendsNothing {

        @Test
        void aVehicleIdThatIsTaken() {
            appendsNothing(409, () -> postJson("/api/v1/vehicles", Principals.OPERATOR,
                    newVehicleJson("proton-m", "Proton again")));
        }

        @Test
        void anInvalidVehicle() {
            appendsNothing(400, () -> postJson("/api/v1/vehicles", Principals.OPERATOR,
                    "{\"id\": \"stageless\", \"vehicle\": {\"name\": \"Stageless\", \"stages\": []}}"));
        }

        @Test
        void aTransitionTheLifecycleForbids() {
            appendsNothing(409, () -> postJson("/api/v1/pads/1-5/status-changes", Principals.OPERATOR,
                    "{\"to\": \"ACTIVE\", \"reason\": \"nostalgia\"}"));
        }

        @Test
        void aLesseeChangingAPadItDoesNotOperate() {
            appendsNothing(403, () -> postJson("/api/v1/pads/45-1/status-changes", Principals.LESSEE,
                    "{\"to\": \"IDLE\", \"reason\": \"not ours\"}"));
        }

        @Test
        void aLaunchProviderRecordingAnAgreementItIsNotPartyTo() {
            appendsNothing(403, () -> postJson("/api/v1/agreements", Principals.SKYROOT,
                    agreementJson(uniqueId("not-ours"), "\"nckit\", \"hyimpulse\"")));
        }

        @Test
        void anAuditorWriting() {
            appendsNothing(403, () -> postJson("/api/v1/vehicles", Principals.AUDITOR,
                    newVehicleJson(uniqueId("audited"), "Audited")));
        }

        @Test
        void aStaleRevision() {
            String id = newVehicle();
            String body = TestRecords.vehicleBodyOf(json(mvc.get().uri("/api/v1/vehicles/" + id).exchange()))
                    .jsonString();

            appendsNothing(409, () -> mvc.put().uri("/api/v1/vehicles/" + id)
                    .header(HttpHeaders.AUTHORIZATION, bearer(Principals.OPERATOR))
                    .header(HttpHeaders.IF_MATCH, "\"7\"")
                    .contentType(MediaType.APPLICATION_JSON).content(body).exchange());
        }

        @Test
        void aUserWithAShortPassword() {
            appendsNothing(400, () -> postJson("/api/v1/users", Principals.OPERATOR, """
                    {"username": "%s", "organization": "rfa", "roles": ["LAUNCH_PROVIDER"], "password": "short"}"""
                    .formatted(uniqueId("weak"))));
        }
    }

    @Nested
    class TheChain {

        @Test
        void linksEveryEntryToTheOneBeforeFromTheFirst() {
            newVehicle();
            List<LedgerEntry> all = entriesAfter(0);

            assertThat(all).hasSizeGreaterThan(50);
            assertThat(all.get(0).seq()).isEqualTo(1);
            assertThat(all.get(0).previousHash()).isEqualTo(LedgerEntry.GENESIS);
            for (int i = 1; i < all.size(); i++) {
                assertThat(all.get(i).seq()).isEqualTo(all.get(i - 1).seq() + 1);
                assertThat(all.get(i).previousHash()).as("previous hash of entry %d", all.get(i).seq())
                        .isEqualTo(all.get(i - 1).hash());
                assertThat(all.get(i).hash()).isEqualTo(all.get(i).computeHash());
            }
        }

        @Test
        void isReportedIntactOnTheDatabaseTheDataSetWasLoadedInto() {
            newVehicle();
            LedgerEntry head = entriesAfter(headSeq() - 1).get(0);

            MvcTestResult result = mvc.get().uri("/api/v1/ledger/verification")
                    .header(HttpHeaders.AUTHORIZATION, bearer(Principals.AUDITOR)).exchange();

            assertThat(result).hasStatusOk();
            DocumentContext report = json(result);
            assertThat(report.<Object>read("$.brokenAt")).isNull();
            assertThat(report.<Object>read("$.breach")).isNull();
            assertThat(report.read("$.entriesChecked", Long.class)).isEqualTo(head.seq());
            assertThat(report.read("$.headSeq", Long.class)).isEqualTo(head.seq());
            assertThat(report.read("$.headHash", String.class)).isEqualTo(head.hash());
            assertThat(jdbc.sql("select count(*) from ledger.entry where actor_user = 'system:data-set'")
                    .query(Long.class).single()).isPositive();
        }
    }

    @Nested
    class TheListing {

        private DocumentContext list(String query) {
            MvcTestResult result = mvc.get().uri("/api/v1/ledger?size=500&" + query)
                    .header(HttpHeaders.AUTHORIZATION, bearer(Principals.AUDITOR)).exchange();
            assertThat(result).as(TestRecords.body(result)).hasStatusOk();
            return json(result);
        }

        @Test
        void filtersByTargetNewestFirst() {
            String id = newVehicle();
            String body = TestRecords.vehicleBodyOf(json(mvc.get().uri("/api/v1/vehicles/" + id).exchange()))
                    .jsonString();
            assertThat(putJson("/api/v1/vehicles/" + id, Principals.OPERATOR, body)).hasStatusOk();

            DocumentContext entries = list("targetType=vehicle&targetId=" + id);

            assertThat(entries.<List<String>>read("$.items[*].command"))
                    .containsExactly("vehicle.revised", "vehicle.registered");
            assertThat(list("targetType=pad&targetId=" + id).read("$.totalItems", Integer.class)).isZero();
        }

        @Test
        void filtersByActor() {
            assertThat(postJson("/api/v1/agreements", Principals.SKYROOT,
                    agreementJson(uniqueId("by-actor"), "\"nckit\", \"skyroot-aerospace\""))).hasStatus(201);

            List<String> actors = list("actor=" + Principals.SKYROOT.username()).read("$.items[*].actorUser");

            assertThat(actors).isNotEmpty().containsOnly(Principals.SKYROOT.username());
        }

        @Test
        void filtersByTimeFromInclusiveToExclusive() {
            String id = newVehicle();
            Map<String, Object> entry = list("targetType=vehicle&targetId=" + id).read("$.items[0]");
            Instant at = Instant.parse((String) entry.get("recordedAt"));

            assertThat(list("targetId=" + id + "&from=" + at).read("$.totalItems", Integer.class)).isEqualTo(1);
            assertThat(list("targetId=" + id + "&to=" + at).read("$.totalItems", Integer.class)).isZero();
            assertThat(list("targetId=" + id + "&from=" + at.minusSeconds(1) + "&to=" + at.plusNanos(1000))
                    .read("$.totalItems", Integer.class)).isEqualTo(1);
            assertThat(list("targetId=" + id + "&from=" + at.plusNanos(1000)).read("$.totalItems", Integer.class))
                    .isZero();
        }

        @Test
        void refusesAnEmptyTimeRangeNamingIt() {
            MvcTestResult result = mvc.get().uri("/api/v1/ledger?from=2025-01-02T00:00:00Z&to=2025-01-01T00:00:00Z")
                    .header(HttpHeaders.AUTHORIZATION, bearer(Principals.AUDITOR)).exchange();

            assertThat(TestRecords.errorFields(problem(result, 400))).containsExactly("to");
        }
    }
}
