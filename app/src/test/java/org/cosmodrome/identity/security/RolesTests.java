package org.cosmodrome.identity.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Endpoints;
import org.cosmodrome.Endpoints.Endpoint;
import org.cosmodrome.Principals;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.TestRecords.json;
import static org.cosmodrome.TestRecords.problem;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * What each role may do: auditors read everything and change nothing, launch providers keep out of the catalogue,
 * lessees change the status only of the pads their organisation operates.
 */
@RegistryContext
class RolesTests {

    /** Self-service every signed-in user has, whatever its roles: managing its own API tokens. */
    private static final Set<String> SELF_SERVICE = Set.of("POST /api/v1/tokens", "DELETE /api/v1/tokens/{id}");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @AfterEach
    void removeTestPads() {
        TestRecords.removePadsAddedByTests(jdbc);
    }

    private MvcTestResult changeStatus(String pad, String to, Principals.Member member) {
        return mvc.post().uri("/api/v1/pads/" + pad + "/status-changes")
                .header(HttpHeaders.AUTHORIZATION, principals.bearer(member)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"to\": \"" + to + "\", \"reason\": \"a test of roles\"}").exchange();
    }

    private String status(String pad) {
        return json(mvc.get().uri("/api/v1/pads/" + pad).exchange()).read("$.status", String.class);
    }

    @Nested
    class AnAuditor {

        @ParameterizedTest
        @ValueSource(strings = {"/api/v1/pads", "/api/v1/pads/45-1", "/api/v1/pads/45-1/status-history",
                "/api/v1/vehicles", "/api/v1/vehicles/proton-m", "/api/v1/cosmodrome",
                "/api/v1/cosmodrome/launches-per-year", "/api/v1/organizations", "/api/v1/organizations/roscosmos",
                "/api/v1/agreements", "/api/v1/agreements/baikonur-lease-1994", "/api/v1/ledger",
                "/api/v1/ledger/verification", "/api/v1/ledger/head", "/api/v1/me", "/api/v1/tokens",
                "/actuator/prometheus", "/actuator/metrics"})
        void readsEverything(String path) {
            MvcTestResult result = mvc.get().uri(path)
                    .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.AUDITOR)).exchange();

            assertThat(result).as(TestRecords.body(result)).hasStatusOk();
        }

        @TestFactory
        Stream<DynamicTest> isForbiddenEveryWriteButManagingItsOwnTokens() {
            String auditor = principals.bearer(Principals.AUDITOR);
            List<Endpoint> writes = Endpoints.of(mapping).stream().filter(Endpoint::underTheApi)
                    .filter(Endpoint::isWrite)
                    .filter(endpoint -> !SELF_SERVICE.contains(endpoint.method() + " " + endpoint.pattern()))
                    .toList();
            assertThat(writes).hasSizeGreaterThanOrEqualTo(8);
            return writes.stream().map(endpoint -> dynamicTest(endpoint.toString(), () -> {
                MvcTestResult result = mvc.method(endpoint.method()).uri(endpoint.path("45-1"))
                        .header(HttpHeaders.AUTHORIZATION, auditor).contentType(MediaType.APPLICATION_JSON)
                        .content("{}").exchange();

                assertThat(problem(result, 403).read("$.code", String.class)).isEqualTo("auth.forbidden");
            }));
        }
    }

    @Nested
    class ALaunchProvider {

        @Test
        void isForbiddenToAddAVehicle() {
            String id = TestRecords.uniqueId("own-rocket");

            problem(mvc.post().uri("/api/v1/vehicles")
                    .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.SKYROOT))
                    .contentType(MediaType.APPLICATION_JSON).content(TestRecords.newVehicleJson(id, "Own " + id))
                    .exchange(), 403);

            assertThat(mvc.get().uri("/api/v1/vehicles/" + id).exchange()).hasStatus(404);
        }

        @Test
        void isForbiddenToChangeAPadsStatus() {
            problem(changeStatus("45-1", "IDLE", Principals.SKYROOT), 403);
        }
    }

    @Nested
    class ALessee {

        /** Adds an active pad operated by {@code operator} ({@code null} for none) and returns its id. */
        private String activePadOperatedBy(String operator) {
            String designation = "310/" + TestRecords.uniqueId("p").replace("p-", "");
            MvcTestResult created = mvc.post().uri("/api/v1/pads")
                    .header(HttpHeaders.AUTHORIZATION, principals.operator()).contentType(MediaType.APPLICATION_JSON)
                    .content("""
                            {"designation": "%s", "name": "Test pad", "latitude": 46.0, "longitude": 63.3,
                             "status": "ACTIVE", "statusSince": "2020-01-01", "operator": %s}"""
                            .formatted(designation, operator == null ? "null" : "\"" + operator + "\""))
                    .exchange();
            assertThat(created).as(TestRecords.body(created)).hasStatus(201);
            return designation.replace('/', '-');
        }

        @Test
        void changesTheStatusOfAPadItsOrganisationOperates() {
            String pad = activePadOperatedBy("roscosmos");

            MvcTestResult changed = changeStatus(pad, "UNDER_REPAIR", Principals.LESSEE);

            assertThat(changed).as(TestRecords.body(changed)).hasStatus(201);
            assertThat(status(pad)).isEqualTo("UNDER_REPAIR");
        }

        @Test
        void isForbiddenToChangeAPadAnotherOrganisationOperates() {
            String before = status("45-1");

            DocumentContext answer = problem(changeStatus("45-1", "IDLE", Principals.LESSEE), 403);

            assertThat(answer.read("$.code", String.class)).isEqualTo("pad.not-operated-by-you");
            assertThat(status("45-1")).isEqualTo(before);
        }

        @Test
        void isForbiddenToChangeAPadWithoutAnOperator() {
            String pad = activePadOperatedBy(null);

            problem(changeStatus(pad, "IDLE", Principals.LESSEE), 403);

            assertThat(status(pad)).isEqualTo("ACTIVE");
        }

        @Test
        void isForbiddenToAddAPad() {
            problem(mvc.post().uri("/api/v1/pads")
                    .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.LESSEE))
                    .contentType(MediaType.APPLICATION_JSON).content("{}").exchange(), 403);
        }
    }

    @Nested
    class ABidder {

        @Test
        void mayNotChangeAnythingOfTheRegistry() {
            problem(changeStatus("45-1", "IDLE", Principals.BIDDER), 403);
        }
    }
}
