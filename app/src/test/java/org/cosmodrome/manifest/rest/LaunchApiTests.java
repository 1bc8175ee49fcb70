package org.cosmodrome.manifest.rest;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Principals;
import org.cosmodrome.Principals.Member;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.TestRecords.body;
import static org.cosmodrome.TestRecords.errorFields;
import static org.cosmodrome.TestRecords.json;
import static org.cosmodrome.TestRecords.problem;

/**
 * Launch requests through the API: who sees what, the lifecycle, the NET history, the ledger and the refusals.
 */
@RegistryContext
class LaunchApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    /** A Vikram-1 request of Skyroot, private to Skyroot until it is scheduled. */
    String skyroots;

    static String draft(String mission, String extra) {
        return """
                {"mission": "%s", "payload": "Rideshare cubesats", "payloadMassKg": 280, "vehicle": "vikram-1",
                 "orbit": {"named": "SSO", "altitudeKm": 500}, "earliest": "2027-08-01", "latest": "2027-10-31",
                 "desired": "2027-09-01", "priority": "COMMERCIAL"%s}""".formatted(mission, extra);
    }

    MvcTestResult post(String path, Member member, String body) {
        var request = mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(body);
        if (member != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, principals.bearer(member));
        }
        return request.exchange();
    }

    MvcTestResult get(String path, Member member) {
        var request = mvc.get().uri(path);
        if (member != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, principals.bearer(member));
        }
        return request.exchange();
    }

    String request(Member member, String mission) {
        MvcTestResult created = post("/api/v1/launches", member, draft(mission, ""));
        assertThat(created).as(body(created)).hasStatus(201);
        return json(created).read("$.id", String.class);
    }

    MvcTestResult changeStatus(String id, Member member, String to, String reason) {
        return post("/api/v1/launches/" + id + "/status-changes", member,
                "{\"to\": \"" + to + "\", \"reason\": \"" + reason + "\"}");
    }

    MvcTestResult changeNet(String id, Member member, String net, String precision, String reason) {
        return post("/api/v1/launches/" + id + "/net", member,
                "{\"net\": \"" + net + "\", \"precision\": \"" + precision + "\", \"reason\": \"" + reason + "\"}");
    }

    @BeforeEach
    void skyrootRequestsALaunch() {
        skyroots = request(Principals.SKYROOT, "Vikram-1 " + TestRecords.uniqueId("demo"));
    }

    @Nested
    class ARequest {

        @Test
        void isStoredAsRequestedForTheTenantsOwnOrganisation() {
            DocumentContext launch = json(get("/api/v1/launches/" + skyroots, Principals.SKYROOT));

            assertThat(launch.read("$.status", String.class)).isEqualTo("REQUESTED");
            assertThat(launch.read("$.organization", String.class)).isEqualTo("skyroot-aerospace");
            assertThat(launch.read("$.visibility", String.class)).isEqualTo("FULL");
            assertThat(launch.read("$.orbit.inclination", Double.class)).isEqualTo(97.6);
            assertThat(launch.read("$.payloadMassKg", Double.class)).isEqualTo(280.0);
        }

        @Test
        void onBehalfOfAnotherOrganisationIsForbiddenToATenant() {
            MvcTestResult result = post("/api/v1/launches", Principals.SKYROOT,
                    draft("Not ours", ", \"organization\": \"hyimpulse\""));

            assertThat(problem(result, 403).read("$.code", String.class)).isEqualTo("launch.organization.not-yours");
        }

        @Test
        void withAMissingMissionNamesTheField() {
            MvcTestResult result = post("/api/v1/launches", Principals.SKYROOT,
                    draft("", "").replace("\"mission\": \"\",", ""));

            assertThat(errorFields(problem(result, 400))).containsExactly("mission");
        }

        @Test
        void withAnUnknownVehicleNamesTheField() {
            MvcTestResult result = post("/api/v1/launches", Principals.SKYROOT,
                    draft("Unknown rocket", "").replace("vikram-1", "no-such-rocket"));

            assertThat(errorFields(problem(result, 400))).containsExactly("vehicle");
        }

        @Test
        void withTheDesiredDayOutsideTheWindowNamesTheField() {
            MvcTestResult result = post("/api/v1/launches", Principals.SKYROOT,
                    draft("Late", "").replace("2027-09-01", "2028-01-01"));

            assertThat(errorFields(problem(result, 400))).containsExactly("desired");
        }

        @Test
        void withACustomOrbitWithoutInclinationNamesTheField() {
            MvcTestResult result = post("/api/v1/launches", Principals.SKYROOT,
                    draft("Custom", "").replace("\"named\": \"SSO\", ", ""));

            assertThat(errorFields(problem(result, 400))).containsExactly("orbit.inclination");
        }

        @Test
        void withAnUnknownPriorityNamesTheField() {
            MvcTestResult result = post("/api/v1/launches", Principals.SKYROOT,
                    draft("Urgent", "").replace("COMMERCIAL", "URGENT"));

            assertThat(errorFields(problem(result, 400))).containsExactly("priority");
        }

        @Test
        void onAFixedPadThatDoesNotSupportTheVehicleNamesTheField() {
            MvcTestResult result = post("/api/v1/launches", Principals.SKYROOT,
                    draft("Wrong pad", ", \"fixedPad\": \"31-6\""));

            DocumentContext answer = problem(result, 400);
            assertThat(errorFields(answer)).containsExactly("fixedPad");
            assertThat(answer.read("$.errors[0].code", String.class)).isEqualTo("launch.pad.vehicle-not-supported");
        }

        @Test
        void isEnteredInTheLedgerAsPrivateToTheTenant() {
            DocumentContext entries = json(get("/api/v1/ledger?targetType=launch&targetId=" + skyroots,
                    Principals.OPERATOR));

            assertThat(entries.<List<String>>read("$.items[*].command")).contains("launch.requested");
            assertThat(entries.<List<String>>read("$.items[0].tenants[*]")).containsExactly("skyroot-aerospace");
            assertThat(json(get("/api/v1/ledger?targetType=launch&targetId=" + skyroots, Principals.HYIMPULSE))
                    .<List<String>>read("$.items[*].command")).isEmpty();
        }
    }

    @Nested
    class AnotherOrganisation {

        static Stream<String> tenantEndpoints() {
            return Stream.of("GET /api/v1/launches/%s", "GET /api/v1/launches/%s/net-history",
                    "POST /api/v1/launches/%s/status-changes", "POST /api/v1/launches/%s/net");
        }

        @ParameterizedTest
        @MethodSource("tenantEndpoints")
        void findsNoPrivateRequestOfOthersAtAnyTenantEndpoint(String endpoint) {
            String[] parts = endpoint.split(" ");
            String path = parts[1].formatted(skyroots);
            MvcTestResult result = parts[0].equals("GET") ? get(path, Principals.HYIMPULSE)
                    : post(path, Principals.HYIMPULSE, path.endsWith("/net")
                            ? "{\"net\": \"2027-09-01\", \"precision\": \"DAY\", \"reason\": \"CUSTOMER_REQUEST\"}"
                            : "{\"to\": \"CANCELLED\", \"reason\": \"CUSTOMER_REQUEST\"}");

            assertThat(problem(result, 404).read("$.code", String.class)).isEqualTo("launch.not-found");
        }

        @Test
        void doesNotListIt() {
            assertThat(json(get("/api/v1/launches?size=500", Principals.HYIMPULSE))
                    .<List<String>>read("$.items[*].id")).doesNotContain(skyroots);
        }

        @Test
        void isNotFoundByAnAnonymousVisitorEither() {
            problem(get("/api/v1/launches/" + skyroots, null), 404);
        }

        @Test
        void butTheOverseersSeeItInFull() {
            for (Member overseer : List.of(Principals.OPERATOR, Principals.HOST, Principals.AUDITOR)) {
                MvcTestResult result = get("/api/v1/launches/" + skyroots, overseer);
                assertThat(result).hasStatusOk();
                assertThat(json(result).read("$.visibility", String.class)).isEqualTo("FULL");
            }
        }
    }

    @Nested
    class ThePublicManifest {

        @Test
        void showsAScheduledLaunchWithoutItsPrivateFields() {
            MvcTestResult result = get("/api/v1/launches/progress-ms-35", null);

            assertThat(result).hasStatusOk();
            Map<String, Object> launch = json(result).read("$");
            assertThat(launch).containsEntry("visibility", "PUBLIC").containsEntry("mission", "Progress MS-35")
                    .containsEntry("pad", "31-6").containsKey("net")
                    .doesNotContainKeys("payloadMassKg", "desired", "earliest", "statusReason", "explanation",
                            "organization");
        }

        @Test
        void listsOnlyLaunchesPlacedOnAPadToAnonymousVisitors() {
            DocumentContext list = json(get("/api/v1/launches?size=500", null));

            assertThat(list.<List<String>>read("$.items[*].id")).contains("progress-ms-35").doesNotContain(skyroots);
            assertThat(list.<List<String>>read("$.items[*].visibility")).containsOnly("PUBLIC");
        }

        @Test
        void filtersByPadAndVehicle() {
            DocumentContext list = json(get("/api/v1/launches?pad=31-6&vehicle=soyuz-2-1a&size=500",
                    Principals.OPERATOR));

            assertThat(list.<List<String>>read("$.items[*].id")).contains("progress-ms-35");
            assertThat(list.<List<String>>read("$.items[*].vehicle")).containsOnly("soyuz-2-1a");
        }

        @Test
        void refusesAnUnknownStatusFilterNamingTheParameter() {
            assertThat(errorFields(problem(get("/api/v1/launches?status=FLYING", null), 400)))
                    .containsExactly("status");
        }
    }

    @Nested
    class TheLifecycle {

        @Test
        void letsTheTenantCancelItsOwnRequestWithACodedReason() {
            MvcTestResult result = changeStatus(skyroots, Principals.SKYROOT, "CANCELLED", "CUSTOMER_REQUEST");

            assertThat(result).as(body(result)).hasStatus(201);
            assertThat(json(result).read("$.status", String.class)).isEqualTo("CANCELLED");
            assertThat(json(result).read("$.statusReason", String.class)).isEqualTo("CUSTOMER_REQUEST");
        }

        @Test
        void refusesLeavingACancelledLaunchNamingTheField() {
            changeStatus(skyroots, Principals.OPERATOR, "CANCELLED", "CUSTOMER_REQUEST");

            DocumentContext answer = problem(changeStatus(skyroots, Principals.OPERATOR, "SCHEDULED", "REPLANNED"),
                    409);

            assertThat(answer.read("$.code", String.class)).isEqualTo("launch.status.transition-not-allowed");
            assertThat(errorFields(answer)).containsExactly("to");
        }

        @Test
        void refusesSkippingFromRequestedToConfirmed() {
            problem(changeStatus(skyroots, Principals.OPERATOR, "CONFIRMED", "MANIFEST_CONFIRMED"), 409);
        }

        @Test
        void forbidsATenantToConfirmItsOwnLaunch() {
            problem(changeStatus(skyroots, Principals.SKYROOT, "SCHEDULED", "REPLANNED"), 403);
        }

        @Test
        void letsTheHostAuthoritySuspendALaunch() {
            MvcTestResult result = changeStatus(skyroots, Principals.HOST, "SUSPENDED", "HOST_STATE_SUSPENSION");

            assertThat(result).as(body(result)).hasStatus(201);
            assertThat(json(get("/api/v1/ledger?targetType=launch&targetId=" + skyroots, Principals.AUDITOR))
                    .<List<String>>read("$.items[*].command")).contains("launch.status.changed");
        }

        @Test
        void refusesAStaleIfMatchWith409() {
            String etag = get("/api/v1/launches/" + skyroots, Principals.SKYROOT).getResponse().getHeader("ETag");
            changeStatus(skyroots, Principals.SKYROOT, "HOLD", "CUSTOMER_REQUEST");

            MvcTestResult stale = mvc.post().uri("/api/v1/launches/" + skyroots + "/status-changes")
                    .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.SKYROOT))
                    .header(HttpHeaders.IF_MATCH, etag).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"to\": \"CANCELLED\", \"reason\": \"CUSTOMER_REQUEST\"}").exchange();

            assertThat(problem(stale, 409).read("$.code", String.class)).isEqualTo("launch.version.stale");
        }
    }

    @Nested
    class TheNetHistory {

        @Test
        void classesEachChangeAndKeepsThemAll() {
            assertThat(changeNet(skyroots, Principals.SKYROOT, "2027-09-01", "MONTH", "REQUESTED")).hasStatus(201);
            assertThat(changeNet(skyroots, Principals.SKYROOT, "2027-09-14", "DAY", "PAYLOAD")).hasStatus(201);
            assertThat(changeNet(skyroots, Principals.OPERATOR, "2027-09-17", "DAY", "WEATHER")).hasStatus(201);
            assertThat(changeNet(skyroots, Principals.OPERATOR, "2027-09-16", "DAY", "RANGE")).hasStatus(201);
            assertThat(changeNet(skyroots, Principals.OPERATOR, "2027-09-16T04:27:00Z", "MINUTE", "READINESS_REVIEW"))
                    .hasStatus(201);
            assertThat(changeNet(skyroots, Principals.SKYROOT, "2027-09-01", "QUARTER", "TECHNICAL_VEHICLE"))
                    .hasStatus(201);

            DocumentContext history = json(get("/api/v1/launches/" + skyroots + "/net-history", Principals.SKYROOT));

            assertThat(history.<List<String>>read("$[*].kind")).containsExactly("FIRST", "FIRMED", "SLIP",
                    "PULL_IN", "FIRMED", "LOOSENED");
            assertThat(history.<List<String>>read("$[*].to.text")).containsExactly("2027-09", "2027-09-14",
                    "2027-09-17", "2027-09-16", "2027-09-16T04:27Z", "2027-Q3");
        }

        @Test
        void refusesTheSameNetAgainNamingTheField() {
            changeNet(skyroots, Principals.SKYROOT, "2027-09-14", "DAY", "REQUESTED");

            assertThat(errorFields(problem(changeNet(skyroots, Principals.SKYROOT, "2027-09-14", "DAY", "OTHER"),
                    400))).containsExactly("net");
        }

        @Test
        void refusesAMalformedNetNamingTheField() {
            assertThat(errorFields(problem(changeNet(skyroots, Principals.SKYROOT, "next spring", "DAY", "OTHER"),
                    400))).containsExactly("net");
        }

        @Test
        void entersEveryChangeInTheLedger() {
            changeNet(skyroots, Principals.SKYROOT, "2027-09-14", "DAY", "REQUESTED");

            assertThat(json(get("/api/v1/ledger?targetType=launch&targetId=" + skyroots, Principals.SKYROOT))
                    .<List<String>>read("$.items[*].command")).contains("launch.net.changed");
        }
    }
}
