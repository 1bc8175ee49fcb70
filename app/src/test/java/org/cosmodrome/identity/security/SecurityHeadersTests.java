package org.cosmodrome.identity.security;

import java.util.function.Supplier;

import org.cosmodrome.Principals;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.TestRecords.newVehicleJson;
import static org.cosmodrome.TestRecords.problem;

/** Headers that keep browsers from misusing the answers, and refusals that tell nothing of the server's insides. */
@RegistryContext
class SecurityHeadersTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    private static void assertProtectiveHeaders(MvcTestResult result) {
        assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("default-src")
                .contains("frame-ancestors 'none'");
    }

    @Nested
    class EveryAnswerCarriesProtectiveHeaders {

        @Test
        void aConsolePage() {
            MvcTestResult page = mvc.get().uri("/pads").exchange();

            assertThat(page).hasStatusOk();
            assertProtectiveHeaders(page);
            assertThat(page.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'")
                    .doesNotContain("unsafe-eval");
        }

        @Test
        void anApiAnswer() {
            MvcTestResult answer = mvc.get().uri("/api/v1/pads/31-6").exchange();

            assertThat(answer).hasStatusOk();
            assertProtectiveHeaders(answer);
        }

        @Test
        void anApiRefusal() {
            MvcTestResult refused = mvc.post().uri("/api/v1/vehicles").exchange();

            assertThat(refused).hasStatus(401);
            assertProtectiveHeaders(refused);
        }
    }

    @Nested
    class ARefusalRevealsNoInternals {

        private void check(int status, Supplier<MvcTestResult> request) {
            MvcTestResult result = request.get();
            problem(result, status);
            TestRecords.revealsNoInternals(TestRecords.body(result));
        }

        @Test
        void unauthorized() {
            check(401, () -> mvc.post().uri("/api/v1/vehicles").contentType(MediaType.APPLICATION_JSON)
                    .content(newVehicleJson("anon", "Anon")).exchange());
            check(401, () -> mvc.get().uri("/api/v1/ledger").header(HttpHeaders.AUTHORIZATION, "Bearer cdt_forged")
                    .exchange());
        }

        @Test
        void forbidden() {
            check(403, () -> mvc.post().uri("/api/v1/vehicles")
                    .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.AUDITOR))
                    .contentType(MediaType.APPLICATION_JSON).content(newVehicleJson("audit", "Audit")).exchange());
            check(403, () -> mvc.post().uri("/api/v1/pads/45-1/status-changes")
                    .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.LESSEE))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"IDLE\", \"reason\": \"x\"}")
                    .exchange());
        }

        @Test
        void notFound() {
            check(404, () -> mvc.get().uri("/api/v1/pads/99-99").exchange());
            check(404, () -> mvc.get().uri("/api/v1/agreements/no-such-deal")
                    .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.HYIMPULSE)).exchange());
        }

        @Test
        void conflict() {
            check(409, () -> mvc.post().uri("/api/v1/pads/1-5/status-changes")
                    .header(HttpHeaders.AUTHORIZATION, principals.operator()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"to\": \"ACTIVE\", \"reason\": \"nostalgia\"}").exchange());
            check(409, () -> mvc.post().uri("/api/v1/vehicles").header(HttpHeaders.AUTHORIZATION, principals.operator())
                    .contentType(MediaType.APPLICATION_JSON).content(newVehicleJson("proton-m", "Proton again"))
                    .exchange());
        }
    }
}
