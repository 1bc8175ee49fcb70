package org.cosmodrome.identity.security;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Principals;
import org.cosmodrome.ScratchContext;
import org.cosmodrome.TestRecords;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.TestRecords.problem;

/** Each API token may make a limited number of requests a minute (five in this context). */
@ScratchContext
class RateLimitTests {

    private static final int PER_MINUTE = 5;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    private MvcTestResult me(String bearer) {
        return mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }

    @Nested
    class ATokenOverItsLimit {

        @Test
        void isAnsweredTooManyRequestsWithTheSecondsToWait() {
            String bearer = principals.newBearer(Principals.AUDITOR);
            for (int i = 0; i < PER_MINUTE; i++) {
                assertThat(me(bearer)).as("request %d", i + 1).hasStatusOk();
            }

            MvcTestResult refused = me(bearer);

            DocumentContext answer = problem(refused, 429);
            assertThat(answer.read("$.code", String.class)).isEqualTo("rate-limit.exceeded");
            TestRecords.revealsNoInternals(TestRecords.body(refused));
            String retryAfter = refused.getResponse().getHeader(HttpHeaders.RETRY_AFTER);
            assertThat(retryAfter).as("Retry-After").matches("[0-9]+");
            assertThat(Long.parseLong(retryAfter)).isBetween(1L, 60L);
        }

        @Test
        void leavesAnotherTokenAlone() {
            String spent = principals.newBearer(Principals.AUDITOR);
            String other = principals.newBearer(Principals.AUDITOR);
            for (int i = 0; i <= PER_MINUTE; i++) {
                me(spent);
            }
            problem(me(spent), 429);

            assertThat(me(other)).hasStatusOk();
        }
    }
}
