package org.cosmodrome.manifest.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Principals;
import org.cosmodrome.Principals.Member;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.TestRecords.body;
import static org.cosmodrome.TestRecords.json;
import static org.cosmodrome.TestRecords.problem;

/**
 * The scheduler refuses a corridor whose range-safety analysis is no-go. In this context the casualty-expectation
 * limit is 1e-12, which any fall over inhabited land exceeds, so every standing corridor analysis comes out no-go.
 */
@SpringBootTest(properties = {"cosmodrome.range-safety.max-casualty-expectation=1e-12",
    "cosmodrome.range-safety.standard-samples=200", "cosmodrome.manifest.plan-on-startup=false"})
@AutoConfigureMockMvc
@Import(Principals.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoGoCorridorTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    MvcTestResult post(String path, Member member, String body) {
        return mvc.post().uri(path).header(HttpHeaders.AUTHORIZATION, principals.bearer(member))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    MvcTestResult get(String path, Member member) {
        return mvc.get().uri(path).header(HttpHeaders.AUTHORIZATION, principals.bearer(member)).exchange();
    }

    /** Waits for the standing analysis of Soyuz-2.1a to 51.6°, run at start-up. */
    @BeforeAll
    void standingAnalysesAreDone() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            List<String> statuses = json(get("/api/v1/range-safety/analyses?vehicle=soyuz-2-1a",
                    Principals.OPERATOR)).read("$.items[*].status");
            if (!statuses.isEmpty() && statuses.stream().allMatch(s -> s.equals("DONE") || s.equals("FAILED"))) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the standing analyses did not finish in two minutes");
    }

    @Test
    void theStandingAnalysisOfTheIssCorridorIsNoGoOnCasualtyExpectation() {
        DocumentContext list = json(get("/api/v1/range-safety/analyses?vehicle=soyuz-2-1a", Principals.OPERATOR));
        String id = list.read("$.items[0].id");
        DocumentContext analysis = json(get("/api/v1/range-safety/analyses/" + id, Principals.OPERATOR));
        assertThat(analysis.read("$.verdict", String.class)).isEqualTo("NO_GO");
        assertThat(analysis.read("$.result.findings[*].code", List.class))
                .contains("CASUALTY_EXPECTATION_ABOVE_THRESHOLD");
    }

    /** This context does not plan at start-up: a plan that appears was made because a verdict refused a corridor. */
    @Test
    void aNoGoVerdictReplansTheManifestWithoutBeingAsked() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            MvcTestResult plan = get("/api/v1/manifest/plan", Principals.OPERATOR);
            if (plan.getResponse().getStatus() == 200
                    && json(plan).<List<String>>read("$.unscheduled[*].launch").contains("progress-ms-36")) {
                return;
            }
            assertThat(Instant.now()).as(body(plan)).isBefore(deadline);
            Thread.sleep(250);
        }
    }

    @Test
    void aReplanLeavesTheCorridorsLaunchesUnscheduledSayingWhy() throws InterruptedException {
        MvcTestResult started = post("/api/v1/manifest/replans", Principals.OPERATOR, "");
        assertThat(started).as(body(started)).hasStatus(202);
        String job = json(started).read("$.id");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (json(get("/api/v1/manifest/replans/" + job, Principals.OPERATOR)).read("$.state", String.class)
                .equals("RUNNING")) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(200);
        }
        DocumentContext plan = json(get("/api/v1/manifest/plan", Principals.OPERATOR));
        assertThat(plan.<List<String>>read("$.scheduled[*].launch")).doesNotContain("progress-ms-36");
        List<List<String>> why = plan.read("$.unscheduled[?(@.launch == 'progress-ms-36')].explanation");
        assertThat(why).singleElement().satisfies(words -> assertThat(String.join(" ", words))
                .contains("Range-safety analysis").contains("no-go"));
    }

    @Test
    void whereCanThisFitRefusesTheCorridorNamingTheOrbit() {
        MvcTestResult result = post("/api/v1/manifest/fit", Principals.LESSEE, """
                {"mission": "Progress MS-37", "payload": "Cargo", "payloadMassKg": 7280, "vehicle": "soyuz-2-1a",
                 "orbit": {"named": "ISS"}, "earliest": "2027-08-01", "latest": "2027-10-31",
                 "priority": "CREWED_ISS"}""");
        DocumentContext p = problem(result, 409);
        assertThat(p.read("$.code", String.class)).isEqualTo("corridor-no-go");
        assertThat(p.read("$.errors[*].field", List.class)).containsExactly("orbit");
    }
}
