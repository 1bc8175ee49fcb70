package org.cosmodrome.incidents.rest;

import java.util.List;

import org.cosmodrome.Principals;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.incidents.IncidentKind;
import org.cosmodrome.incidents.IncidentRecorded;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.TestRecords.errorFields;
import static org.cosmodrome.TestRecords.json;
import static org.cosmodrome.TestRecords.problem;
import static org.cosmodrome.TestRecords.uniqueId;

@RegistryContext
@RecordApplicationEvents
class IncidentApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    // A retired Zenit, not a Proton: a Proton failure would suspend every Proton launch of the shared test context.
    private MvcTestResult record(Principals.Member member, String id, String extra) {
        return mvc.post().uri("/api/v1/incidents").header(HttpHeaders.AUTHORIZATION, principals.bearer(member))
                .contentType(MediaType.APPLICATION_JSON).content("""
                {"id": "%s", "title": "Test failure", "kind": "LAUNCH_FAILURE",
                 "occurredAt": "2026-01-10T04:00:00Z", "vehicle": "zenit", "pad": "45-1",
                 "latitude": 45.94, "longitude": 63.65 %s}""".formatted(id, extra)).exchange();
    }

    private long ledgerEntries(String command, String target) {
        return jdbc.sql("select count(*) from ledger.entry where command = ? and target_id = ?")
                .params(command, target).query(Long.class).single();
    }

    @Nested
    class Recording {

        @Test
        void publishesExactlyOneIncidentRecordedAndAppendsToTheLedger() {
            String id = uniqueId("test-incident");

            MvcTestResult created = record(Principals.HOST, id, """
                    , "propellant": [{"substance": "UDMH", "aboardKg": 1000, "releasedKg": 400}]""");

            assertThat(created).hasStatus(201);
            assertThat(created).headers().hasValue(HttpHeaders.LOCATION, "/api/v1/incidents/" + id);
            List<IncidentRecorded> recorded = events.stream(IncidentRecorded.class)
                    .filter(e -> e.incident().equals(id)).toList();
            assertThat(recorded).containsExactly(new IncidentRecorded(id, IncidentKind.LAUNCH_FAILURE,
                    java.time.Instant.parse("2026-01-10T04:00:00Z"), "zenit", "Zenit", "45-1", null));
            assertThat(ledgerEntries("incident.recorded", id)).isEqualTo(1);
        }

        @Test
        void takesTheVehicleFamilyFromTheCatalogue() {
            String id = uniqueId("test-incident");

            assertThat(json(record(Principals.OPERATOR, id, "")).read("$.vehicleFamily", String.class))
                    .isEqualTo("Zenit");
        }

        @Test
        void anUnknownVehicleIsRefusedNamingTheField() {
            MvcTestResult answer = mvc.post().uri("/api/v1/incidents")
                    .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.HOST))
                    .contentType(MediaType.APPLICATION_JSON).content("""
                    {"id": "%s", "title": "Test", "kind": "FIRE", "occurredAt": "2026-01-10T04:00:00Z",
                     "vehicle": "no-such-rocket"}""".formatted(uniqueId("test-incident"))).exchange();

            assertThat(errorFields(problem(answer, 400))).containsExactly("vehicle");
            assertThat(events.stream(IncidentRecorded.class)).isEmpty();
        }

        @Test
        void releasedMoreThanAboardIsRefusedNamingThePropellantField() {
            var answer = problem(record(Principals.HOST, uniqueId("test-incident"), """
                    , "propellant": [{"substance": "UDMH", "aboardKg": 10, "releasedKg": 40}]"""), 400);

            assertThat(errorFields(answer)).containsExactly("propellant[0].releasedKg");
        }

        @Test
        void aMissingKindIsRefusedNamingTheField() {
            MvcTestResult answer = mvc.post().uri("/api/v1/incidents")
                    .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.HOST))
                    .contentType(MediaType.APPLICATION_JSON).content("""
                    {"id": "%s", "title": "Test", "occurredAt": "2026-01-10T04:00:00Z"}"""
                            .formatted(uniqueId("test-incident"))).exchange();

            assertThat(errorFields(problem(answer, 400))).containsExactly("kind");
        }

        @Test
        void aTakenIdIsAConflict() {
            String id = uniqueId("test-incident");
            record(Principals.HOST, id, "");

            assertThat(problem(record(Principals.HOST, id, ""), 409).read("$.code", String.class))
                    .isEqualTo("incident.id.taken");
        }

        @Test
        void aLesseeMayNotRecordAnIncident() {
            assertThat(record(Principals.LESSEE, uniqueId("test-incident"), "")).hasStatus(403);
        }
    }

    @Nested
    class Samples {

        @Test
        void showTheExceedanceFactorOfMeasuredOverLimitAndEnterTheLedger() {
            String id = uniqueId("test-incident");
            record(Principals.HOST, id, "");

            MvcTestResult created = mvc.post().uri("/api/v1/incidents/" + id + "/samples")
                    .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.OPERATOR))
                    .contentType(MediaType.APPLICATION_JSON).content("""
                    {"sampledOn": "2026-01-12", "substance": "NDMA", "medium": "soil", "measured": 0.35,
                     "limit": 0.1, "unit": "mg/kg", "latitude": 46.1, "longitude": 63.0}""").exchange();

            assertThat(created).hasStatus(201);
            assertThat(json(created).read("$.exceedanceFactor", Double.class)).isEqualTo(3.5);
            MvcTestResult listed = mvc.get().uri("/api/v1/incidents/" + id + "/samples").exchange();
            assertThat(json(listed).<List<String>>read("$.items[*].substance")).containsExactly("NDMA");
            assertThat(ledgerEntries("sample.recorded", id)).isEqualTo(1);
        }

        @Test
        void aZeroLimitIsRefusedNamingTheField() {
            String id = uniqueId("test-incident");
            record(Principals.HOST, id, "");

            var answer = problem(mvc.post().uri("/api/v1/incidents/" + id + "/samples")
                    .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.HOST))
                    .contentType(MediaType.APPLICATION_JSON).content("""
                    {"sampledOn": "2026-01-12", "substance": "UDMH", "measured": 1, "limit": 0, "unit": "mg/kg"}""")
                    .exchange(), 400);

            assertThat(errorFields(answer)).containsExactly("limit");
        }
    }

    @Nested
    class Anonymously {

        @Test
        void anyoneReadsIncidentsAndTheirSamples() {
            MvcTestResult list = mvc.get().uri("/api/v1/incidents?size=500").exchange();
            MvcTestResult samples = mvc.get().uri("/api/v1/incidents/proton-m-2007-09-06/samples").exchange();

            assertThat(list).hasStatusOk();
            assertThat(json(list).<List<String>>read("$.items[*].id")).contains("proton-m-2013-07-02");
            assertThat(samples).hasStatusOk();
            assertThat(json(samples).read("$.items[0].exceedanceFactor", Double.class)).isEqualTo(17.5);
        }

        @Test
        void nobodyAnonymousReadsClaims() {
            assertThat(mvc.get().uri("/api/v1/claims").exchange()).hasStatus(401);
            assertThat(mvc.get().uri("/api/v1/claims/kz-claim-2013").exchange()).hasStatus(401);
        }

        @Test
        void nobodyAnonymousRecordsAnIncident() {
            assertThat(mvc.post().uri("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON).content("{}")
                    .exchange()).hasStatus(401);
        }
    }

    @Nested
    class LinkingARangeSafetyAnalysis {

        private String requestAnalysis() {
            return json(mvc.post().uri("/api/v1/range-safety/analyses")
                    .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.OPERATOR))
                    .contentType(MediaType.APPLICATION_JSON).content("""
                    {"vehicle": "soyuz-2-1a", "pad": "31-6", "inclination": 51.6, "samples": 100, "seed": 11}""")
                    .exchange()).read("$.id");
        }

        private MvcTestResult link(String incident, String analysis) {
            return mvc.post().uri("/api/v1/incidents/" + incident + "/analysis")
                    .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.HOST))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"rangeSafetyAnalysis\": \"" + analysis + "\"}").exchange();
        }

        @Test
        void linksAnExistingAnalysisLaterAndEntersItInTheLedger() {
            String id = uniqueId("test-incident");
            assertThat(record(Principals.HOST, id, "")).hasStatus(201);
            String analysis = requestAnalysis();

            MvcTestResult linked = link(id, analysis);

            assertThat(linked).hasStatusOk();
            assertThat(json(linked).read("$.rangeSafetyAnalysis", String.class)).isEqualTo(analysis);
            assertThat(json(mvc.get().uri("/api/v1/incidents/" + id).exchange())
                    .read("$.rangeSafetyAnalysis", String.class)).isEqualTo(analysis);
            assertThat(ledgerEntries("incident.analysis.linked", id)).isEqualTo(1);
        }

        @Test
        void linksAnExistingAnalysisWhenTheIncidentIsRecorded() {
            String id = uniqueId("test-incident");
            String analysis = requestAnalysis();

            MvcTestResult created = record(Principals.OPERATOR, id, ", \"rangeSafetyAnalysis\": \"" + analysis + "\"");

            assertThat(created).hasStatus(201);
            assertThat(json(created).read("$.rangeSafetyAnalysis", String.class)).isEqualTo(analysis);
        }

        @Test
        void refusesAnUnknownAnalysisNamingTheFieldAndLinksNothing() {
            String id = uniqueId("test-incident");
            assertThat(record(Principals.HOST, id, "")).hasStatus(201);
            String unknown = java.util.UUID.randomUUID().toString();

            assertThat(errorFields(problem(link(id, unknown), 400))).containsExactly("rangeSafetyAnalysis");
            assertThat(errorFields(problem(record(Principals.HOST, uniqueId("test-incident"),
                    ", \"rangeSafetyAnalysis\": \"" + unknown + "\""), 400))).containsExactly("rangeSafetyAnalysis");
            assertThat(json(mvc.get().uri("/api/v1/incidents/" + id).exchange())
                    .read("$.rangeSafetyAnalysis", String.class)).isNull();
            assertThat(ledgerEntries("incident.analysis.linked", id)).isZero();
        }

        @Test
        void onlyTheHostAuthorityAndTheOperatorLinkAnalyses() {
            assertThat(mvc.post().uri("/api/v1/incidents/proton-m-2013-07-02/analysis")
                    .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.LESSEE))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"rangeSafetyAnalysis\": \"" + java.util.UUID.randomUUID() + "\"}").exchange())
                    .hasStatus(403);
        }

        @Test
        void anonymousSeesTheLinkOnThePublicIncidentPage() {
            String id = uniqueId("test-incident");
            assertThat(record(Principals.HOST, id, "")).hasStatus(201);
            String analysis = requestAnalysis();
            assertThat(link(id, analysis)).hasStatusOk();

            assertThat(mvc.get().uri("/incidents/" + id).exchange()).hasStatusOk().bodyText()
                    .contains("href=\"/range-safety/analyses/" + analysis + "\"")
                    .contains("data-testid=\"incident-analysis\"");
        }
    }

    @Test
    void filtersByKindAndPagesNewestFirst() {
        MvcTestResult page = mvc.get().uri("/api/v1/incidents?kind=LAUNCH_FAILURE&from=1999-01-01&to=2013-12-31&size=2")
                .exchange();

        assertThat(json(page).<List<String>>read("$.items[*].id"))
                .containsExactly("proton-m-2013-07-02", "proton-m-2007-09-06");
        assertThat(json(page).read("$.totalItems", Integer.class)).isEqualTo(4);
    }
}
