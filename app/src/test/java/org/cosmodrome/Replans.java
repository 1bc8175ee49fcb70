package org.cosmodrome;

import java.time.Duration;
import java.time.Instant;

import com.jayway.jsonpath.DocumentContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.TestRecords.body;
import static org.cosmodrome.TestRecords.json;

/** Re-plans of the manifest through the API, as the operator, for tests that need a fresh plan. */
public final class Replans {

    private Replans() {
    }

    /**
     * Starts a re-plan (or joins the one running) and waits up to a minute until it is done.
     *
     * @return the finished job
     */
    public static DocumentContext replan(MockMvcTester mvc, Principals principals) throws InterruptedException {
        String bearer = principals.bearer(Principals.OPERATOR);
        MvcTestResult started = mvc.post().uri("/api/v1/manifest/replans").header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange();
        assertThat(started).as(body(started)).hasStatus(202);
        String id = json(started).read("$.id", String.class);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            DocumentContext job = json(mvc.get().uri("/api/v1/manifest/replans/" + id)
                    .header(HttpHeaders.AUTHORIZATION, bearer).exchange());
            String state = job.read("$.state", String.class);
            if (!state.equals("RUNNING")) {
                assertThat(state).as(job.jsonString()).isEqualTo("DONE");
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("re-plan " + id + " did not finish in time");
    }
}
