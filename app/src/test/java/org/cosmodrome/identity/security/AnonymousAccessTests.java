package org.cosmodrome.identity.security;

import java.util.List;
import java.util.stream.Stream;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Endpoints;
import org.cosmodrome.Endpoints.Endpoint;
import org.cosmodrome.RegistryContext;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.TestRecords.problem;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/** What a caller without a valid token may do with the API: read the public registry, and nothing else. */
@RegistryContext
class AnonymousAccessTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    /** Every POST, PUT, PATCH and DELETE the API serves, from its own request mappings. */
    private List<Endpoint> apiWrites() {
        List<Endpoint> writes = Endpoints.of(mapping).stream().filter(Endpoint::underTheApi)
                .filter(Endpoint::isWrite).toList();
        assertThat(writes).extracting(Endpoint::toString).as("the API's writes").anySatisfy(
                write -> assertThat(write).startsWith("POST /api/v1/vehicles ")).hasSizeGreaterThanOrEqualTo(10);
        return writes;
    }

    /** Sends {@code endpoint} with a JSON body that would pass no validation and an id that names nothing. */
    private MvcTestResult send(Endpoint endpoint, String authorization) {
        var request = mvc.method(endpoint.method()).uri(endpoint.path("test-id"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"id\": \"test-id\"}");
        if (authorization != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        return request.exchange();
    }

    @Nested
    class EveryWriteOfTheApi {

        @TestFactory
        Stream<DynamicTest> isUnauthorizedWithoutAToken() {
            return apiWrites().stream().map(endpoint -> dynamicTest(endpoint.toString(), () -> {
                MvcTestResult result = send(endpoint, null);

                DocumentContext answer = problem(result, 401);
                assertThat(answer.read("$.code", String.class)).isEqualTo("auth.required");
                assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
            }));
        }

        @TestFactory
        Stream<DynamicTest> isUnauthorizedWithATokenNobodyIssued() {
            return apiWrites().stream().map(endpoint -> dynamicTest(endpoint.toString(), () -> {
                MvcTestResult result = send(endpoint, "Bearer cdt_" + "A".repeat(43));

                assertThat(problem(result, 401).read("$.code", String.class)).isEqualTo("auth.token.invalid");
            }));
        }
    }

    @Nested
    class AnAnonymousReader {

        @ParameterizedTest
        @ValueSource(strings = {"/api/v1/pads", "/api/v1/pads/31-6", "/api/v1/pads/31-6/status-history",
                "/api/v1/vehicles", "/api/v1/vehicles/proton-m", "/api/v1/cosmodrome", "/actuator/health"})
        void readsThePublicRegistry(String path) {
            assertThat(mvc.get().uri(path).exchange()).hasStatusOk();
        }

        @ParameterizedTest
        @ValueSource(strings = {"/api/v1/organizations", "/api/v1/organizations/roscosmos", "/api/v1/agreements",
                "/api/v1/agreements/baikonur-lease-1994", "/api/v1/ledger", "/api/v1/ledger/verification",
                "/api/v1/me", "/api/v1/tokens", "/actuator/prometheus"})
        void mustSignInForTheDirectoryAgreementsLedgerAndMetrics(String path) {
            problem(mvc.get().uri(path).exchange(), 401);
        }
    }
}
