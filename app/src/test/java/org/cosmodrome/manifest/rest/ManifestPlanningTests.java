package org.cosmodrome.manifest.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Principals;
import org.cosmodrome.Replans;
import org.cosmodrome.Principals.Member;
import org.cosmodrome.RegistryContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
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
 * Planning the stored manifest through the API: re-plans as jobs that store a plan with explanations, pinning,
 * minimal disruption after a new suspension, "where can this fit" and the stateless schedule-v1 endpoint.
 */
@RegistryContext
class ManifestPlanningTests {

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

    /** Starts a re-plan (or joins the one running) and waits until it is done; returns the finished job. */
    DocumentContext replan() throws InterruptedException {
        return Replans.replan(mvc, principals);
    }

    @Nested
    class AReplan {

        @Test
        void completesWithFullProgressAndStoresThePlanWithExplanations() throws InterruptedException {
            DocumentContext job = replan();

            assertThat(job.read("$.progress", Integer.class)).isEqualTo(100);
            DocumentContext plan = json(get("/api/v1/manifest/plan", Principals.OPERATOR));
            assertThat(plan.read("$.id", String.class)).isEqualTo(job.read("$.plan", String.class));
            assertThat(plan.<List<String>>read("$.scheduled[*].launch")).contains("progress-ms-35", "soyuz-ms-30");
            assertThat(plan.<List<String>>read("$.unscheduled[*].launch"))
                    .contains("skyroot-vikram-1-baikonur", "soyuz-5-flight-1");
            List<List<String>> explanations = plan.read("$.unscheduled[*].explanation");
            assertThat(explanations).allSatisfy(words -> assertThat(words).isNotEmpty());
        }

        @Test
        void keepsAConfirmedLaunchWhereItIs() throws InterruptedException {
            replan();

            DocumentContext launch = json(get("/api/v1/launches/progress-ms-35", Principals.OPERATOR));
            assertThat(launch.read("$.status", String.class)).isEqualTo("CONFIRMED");
            assertThat(launch.read("$.pad", String.class)).isEqualTo("31-6");
            assertThat(launch.read("$.scheduledDate", String.class)).isEqualTo("2026-12-18");
        }

        @Test
        void schedulesAFittingRequestAndGivesItANet() throws InterruptedException {
            replan();

            DocumentContext launch = json(get("/api/v1/launches/progress-ms-36", Principals.LESSEE));
            assertThat(launch.read("$.status", String.class)).isEqualTo("SCHEDULED");
            assertThat(launch.read("$.pad", String.class)).isEqualTo("31-6");
            assertThat(launch.read("$.net.precision", String.class)).isEqualTo("DAY");
            assertThat(launch.<List<String>>read("$.explanation")).isNotEmpty();
        }

        @Test
        void isEnteredInTheLedger() throws InterruptedException {
            String plan = replan().read("$.plan", String.class);

            assertThat(json(get("/api/v1/ledger?targetType=plan&targetId=" + plan, Principals.AUDITOR))
                    .<List<String>>read("$.items[*].command")).containsExactly("manifest.replanned");
        }

        @Test
        void afterANewSuspensionMovesTheLaunchItHitsWithAnExplainedNetChange() throws InterruptedException {
            replan();
            DocumentContext before = json(get("/api/v1/launches/soyuz-ms-30", Principals.OPERATOR));
            LocalDate day = LocalDate.parse(before.read("$.scheduledDate", String.class));
            MvcTestResult suspended = post("/api/v1/suspensions", Principals.HOST, """
                    {"family": "R-7", "start": "%s", "end": "%s", "reason": "Test: drop-zone inspection"}"""
                    .formatted(day.minusDays(1), day.plusDays(1)));
            assertThat(suspended).as(body(suspended)).hasStatus(201);

            replan();

            DocumentContext after = json(get("/api/v1/launches/soyuz-ms-30", Principals.OPERATOR));
            LocalDate moved = LocalDate.parse(after.read("$.scheduledDate", String.class));
            assertThat(moved.isBefore(day.minusDays(1)) || moved.isAfter(day.plusDays(1))).as("moved to " + moved).isTrue();
            List<Map<String, Object>> history = json(get("/api/v1/launches/soyuz-ms-30/net-history",
                    Principals.OPERATOR)).read("$");
            Map<String, Object> last = history.get(history.size() - 1);
            assertThat(last.get("kind")).isIn("SLIP", "PULL_IN");
            assertThat(last.get("reason")).isEqualTo("REPLANNED");
            DocumentContext plan = json(get("/api/v1/manifest/plan", Principals.OPERATOR));
            List<Boolean> movedFlags = plan.read("$.scheduled[?(@.launch == 'soyuz-ms-30')].moved");
            assertThat(movedFlags).containsExactly(true);
            List<List<String>> why = plan.read("$.scheduled[?(@.launch == 'soyuz-ms-30')].explanation");
            assertThat(why.get(0)).isNotEmpty();
        }
    }

    @Nested
    class ThePlanSeenByATenant {

        @Test
        void holdsNoPrivateRequestOfAnotherOrganisation() throws InterruptedException {
            replan();

            DocumentContext plan = json(get("/api/v1/manifest/plan", Principals.HYIMPULSE));
            assertThat(plan.<List<String>>read("$.unscheduled[*].launch")).doesNotContain("skyroot-vikram-1-baikonur")
                    .contains("hyimpulse-sl1-demo");
            List<Map<String, Object>> others = plan.read("$.scheduled[?(@.launch == 'progress-ms-35')]");
            assertThat(others).singleElement().satisfies(entry ->
                    assertThat(entry).doesNotContainKeys("explanation", "date"));
        }
    }

    @Nested
    class WhereCanThisFit {

        @Test
        void offersPadsAndDaysWithTheirCostWithoutStoringAnything() {
            long before = json(get("/api/v1/launches?size=1", Principals.OPERATOR)).read("$.totalItems", Long.class);

            MvcTestResult result = post("/api/v1/manifest/fit", Principals.LESSEE, """
                    {"mission": "Progress MS-37", "payload": "Cargo", "payloadMassKg": 7280, "vehicle": "soyuz-2-1a",
                     "orbit": {"named": "ISS"}, "earliest": "2027-08-01", "latest": "2027-10-31",
                     "priority": "CREWED_ISS"}""");

            assertThat(result).as(body(result)).hasStatusOk();
            List<Map<String, Object>> options = json(result).read("$.options");
            assertThat(options).isNotEmpty().allSatisfy(option -> {
                assertThat(option.get("pad")).isEqualTo("31-6");
                assertThat(option.get("scoreImpact")).isNotNull();
            });
            assertThat(json(get("/api/v1/launches?size=1", Principals.OPERATOR)).read("$.totalItems", Long.class))
                    .isEqualTo(before);
        }

        @Test
        void refusesADraftWithAnUnknownVehicleNamingTheField() {
            MvcTestResult result = post("/api/v1/manifest/fit", Principals.SKYROOT, """
                    {"mission": "X", "payload": "Y", "payloadMassKg": 1, "vehicle": "no-such-rocket",
                     "orbit": {"named": "SSO"}, "earliest": "2027-08-01", "latest": "2027-10-31",
                     "priority": "COMMERCIAL"}""");

            assertThat(errorFields(problem(result, 400))).containsExactly("vehicle");
        }
    }

    @Nested
    class TheScheduleExchange {

        static String sample() throws IOException {
            try (var in = ManifestPlanningTests.class.getResourceAsStream("/schedule/baikonur-sample.json")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        @Test
        void solvesTheIssuesSample() throws IOException {
            MvcTestResult result = post("/api/v1/schedule", Principals.LESSEE, sample());

            assertThat(result).as(body(result)).hasStatusOk();
            DocumentContext plan = json(result);
            assertThat(plan.<List<String>>read("$.assignments[*].request")).containsExactly("R1");
            assertThat(plan.<List<String>>read("$.assignments[*].pad")).containsExactly("81/24");
            LocalDate day = LocalDate.parse(plan.<List<String>>read("$.assignments[*].date").get(0));
            assertThat(day).isBetween(LocalDate.parse("2027-01-10"), LocalDate.parse("2027-02-28"));
        }

        @Test
        void refusesAProblemWithoutAHorizonNamingTheField() throws IOException {
            String broken = sample().replaceFirst("\"horizon\": \\{[^}]*}, ", "");

            DocumentContext answer = problem(post("/api/v1/schedule", Principals.LESSEE, broken), 400);

            assertThat(errorFields(answer)).singleElement().asString().contains("horizon");
        }
    }

    @Nested
    class Suspensions {

        @Test
        void areImposedByTheHostAuthorityAndListedPublicly() {
            MvcTestResult created = post("/api/v1/suspensions", Principals.HOST, """
                    {"family": "UR-500/Proton", "start": "2029-01-01", "end": "2029-01-31",
                     "reason": "Test: heptyl spill clean-up"}""");

            assertThat(created).as(body(created)).hasStatus(201);
            assertThat(json(mvc.get().uri("/api/v1/suspensions").exchange()).<List<String>>read("$[*].reason"))
                    .contains("Test: heptyl spill clean-up");
        }

        @Test
        void areNotImposedByATenant() {
            problem(post("/api/v1/suspensions", Principals.SKYROOT, """
                    {"family": "R-7", "start": "2029-01-01", "end": "2029-01-31", "reason": "no"}"""), 403);
        }

        @Test
        void refuseAnEndBeforeTheStartNamingTheField() {
            assertThat(errorFields(problem(post("/api/v1/suspensions", Principals.HOST, """
                    {"family": "R-7", "start": "2029-02-01", "end": "2029-01-31", "reason": "backwards"}"""), 400)))
                    .containsExactly("end");
        }
    }
}
