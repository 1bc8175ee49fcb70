package org.cosmodrome.permits.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Principals;
import org.cosmodrome.Replans;
import org.cosmodrome.Principals.Member;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
import static org.cosmodrome.TestRecords.errorFields;
import static org.cosmodrome.TestRecords.json;
import static org.cosmodrome.TestRecords.problem;

/**
 * The host state's permits and the scheduler obeying them: a Proton failure suspends Proton launches automatically
 * and the manifest re-plans them out; ticking off every condition lifts it and the re-plan brings them back; a partial
 * approval of a year's launch plan caps that year's launches. Its own context, since suspensions and caps change
 * every plan made after them; the start-up plan is off, the tests make the plans they look at.
 */
@SpringBootTest(properties = "cosmodrome.manifest.plan-on-startup=false")
@AutoConfigureMockMvc
@Import(Principals.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PermitApiTests {

    static final String PROTON = "UR-500/Proton";

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

    /** Starts a re-plan (or joins the one running) and waits until it is done. */
    void replan() throws InterruptedException {
        Replans.replan(mvc, principals);
    }

    DocumentContext launch(String id) {
        return json(get("/api/v1/launches/" + id, Principals.OPERATOR));
    }

    /** Waits, without asking for a re-plan, until the launch satisfies {@code condition}; returns it. */
    DocumentContext awaitLaunch(String id, Predicate<DocumentContext> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        DocumentContext launch = launch(id);
        while (Instant.now().isBefore(deadline)) {
            launch = launch(id);
            if (condition.test(launch)) {
                return launch;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("launch " + id + " never got there: " + launch.jsonString());
    }

    List<String> ledgerCommands(String targetType, String targetId) {
        return json(get("/api/v1/ledger?size=100&targetType=" + targetType + "&targetId=" + targetId,
                Principals.AUDITOR)).read("$.items[*].command");
    }

    static boolean scheduled(DocumentContext launch) {
        return "SCHEDULED".equals(launch.read("$.status", String.class));
    }

    @Test
    @Order(1)
    void aProtonFailureSuspendsProtonsUntilEveryConditionIsMetAndTheManifestFollows() throws InterruptedException {
        replan();
        assertThat(scheduled(launch("ekspress-amu4"))).as(launch("ekspress-amu4").jsonString()).isTrue();

        // the host authority records the failure through the incidents API; the suspension follows in its transaction
        MvcTestResult recorded = post("/api/v1/incidents", Principals.HOST, """
                {"id": "incident-test-proton", "title": "Proton-M lost after lift-off", "kind": "LAUNCH_FAILURE",
                 "occurredAt": "%s", "vehicle": "proton-m", "pad": "81-24", "latitude": 46.07, "longitude": 62.98}"""
                .formatted(Instant.now().minusSeconds(60)));
        assertThat(recorded).as(body(recorded)).hasStatus(201);

        List<Map<String, Object>> active = json(mvc.get().uri("/api/v1/suspensions").exchange())
                .read("$[?(@.incident == 'incident-test-proton')]");
        assertThat(active).singleElement().satisfies(s -> {
            assertThat(s).containsEntry("scope", "FAMILY").containsEntry("family", PROTON)
                    .containsEntry("status", "ACTIVE").containsEntry("imposedBy", "kazcosmos");
            assertThat((List<?>) s.get("conditions")).hasSize(3);
        });
        String id = (String) active.get(0).get("id");

        DocumentContext out = awaitLaunch("ekspress-amu4", l -> !scheduled(l));
        assertThat(out.read("$.status", String.class)).isEqualTo("REQUESTED");
        assertThat(out.<List<String>>read("$.explanation")).anyMatch(why -> why.contains(PROTON + " family suspended"));

        for (int condition = 1; condition <= 3; condition++) {
            MvcTestResult ticked = post("/api/v1/suspensions/" + id + "/conditions/" + condition, Principals.HOST,
                    "{\"evidence\": \"Test evidence " + condition + "\"}");
            assertThat(ticked).as(body(ticked)).hasStatusOk();
            assertThat(json(ticked).read("$.status", String.class)).isEqualTo(condition < 3 ? "ACTIVE" : "LIFTED");
        }

        awaitLaunch("ekspress-amu4", PermitApiTests::scheduled);
        assertThat(ledgerCommands("suspension", id)).containsExactly("suspension.lifted",
                "suspension.condition.met", "suspension.condition.met", "suspension.condition.met",
                "suspension.imposed");
    }

    @Test
    @Order(2)
    void aPartialApprovalOfTheYearsPlanCapsThatYearsLaunchesInTheNextPlan() throws InterruptedException {
        String first = newProtonLaunch("Test Proton 2028 A", "2028-03-01", "2028-05-31");
        String second = newProtonLaunch("Test Proton 2028 B", "2028-06-01", "2028-08-31");
        replan();
        assertThat(scheduled(launch(first)) && scheduled(launch(second))).as("both fly before any plan decision")
                .isTrue();

        MvcTestResult submitted = post("/api/v1/launch-plans", Principals.LESSEE, """
                {"year": 2028, "note": "Test plan", "lines": [{"family": "UR-500/Proton", "requested": 2},
                 {"hazardClass": "TOXIC", "requested": 6}]}""");
        assertThat(submitted).as(body(submitted)).hasStatus(201);
        String plan = json(submitted).read("$.id");
        MvcTestResult decided = post("/api/v1/launch-plans/" + plan + "/partial-approval", Principals.HOST, """
                {"lines": [{"line": 1, "approved": 1, "reason": "Test: fewer Protons than asked"}],
                 "reason": "Approved in part"}""");
        assertThat(decided).as(body(decided)).hasStatusOk();
        assertThat(json(decided).read("$.status", String.class)).isEqualTo("PARTIALLY_APPROVED");
        assertThat(json(decided).<List<Integer>>read("$.lines[*].approved")).containsExactly(1, 6);

        replan();

        List<DocumentContext> launches = List.of(launch(first), launch(second));
        assertThat(launches).filteredOn(PermitApiTests::scheduled).hasSize(1);
        assertThat(launches).filteredOn(l -> !scheduled(l)).singleElement().satisfies(l ->
                assertThat(l.<List<String>>read("$.explanation"))
                        .contains(PROTON + " family cap for 2028 reached: 1 of 1"));
        assertThat(ledgerCommands("launch-plan", plan)).containsExactly("launch-plan.decided",
                "launch-plan.submitted");
    }

    String newProtonLaunch(String mission, String earliest, String latest) {
        MvcTestResult created = post("/api/v1/launches", Principals.LESSEE, """
                {"mission": "%s", "payload": "Test satellite", "payloadMassKg": 3000, "vehicle": "proton-m",
                 "orbit": {"named": "GTO"}, "earliest": "%s", "latest": "%s", "priority": "NATIONAL"}"""
                .formatted(mission, earliest, latest));
        assertThat(created).as(body(created)).hasStatus(201);
        return json(created).read("$.id", String.class);
    }

    @Nested
    class Refusals {

        @Test
        void onlyTheHostAuthorityTicksOffAConditionOrDecidesAPlan() {
            problem(post("/api/v1/suspensions/any/conditions/1", Principals.LESSEE, "{\"evidence\": \"x\"}"), 403);
            problem(post("/api/v1/suspensions/any/lift", Principals.OPERATOR, "{\"reason\": \"x\"}"), 403);
            problem(post("/api/v1/launch-plans/any/approval", Principals.LESSEE, "{}"), 403);
            problem(post("/api/v1/launch-plans", Principals.HOST, """
                    {"year": 2029, "lines": [{"family": "R-7", "requested": 1}]}"""), 403);
        }

        @Test
        void aPlanLineOfAnUnknownFamilyNamesTheField() {
            assertThat(errorFields(problem(post("/api/v1/launch-plans", Principals.LESSEE, """
                    {"year": 2029, "lines": [{"family": "R-7", "requested": 1},
                     {"family": "Saturn", "requested": 1}]}"""), 400))).containsExactly("lines[1].family");
        }

        @Test
        void anApprovalOfMoreThanAskedNamesTheField() {
            MvcTestResult submitted = post("/api/v1/launch-plans", Principals.LESSEE, """
                    {"year": 2030, "lines": [{"family": "R-7", "requested": 4}]}""");
            String plan = json(submitted).read("$.id");

            assertThat(errorFields(problem(post("/api/v1/launch-plans/" + plan + "/partial-approval",
                    Principals.HOST, "{\"lines\": [{\"line\": 1, \"approved\": 5}]}"), 400)))
                    .containsExactly("lines[0].approved");
            assertThat(errorFields(problem(post("/api/v1/launch-plans/" + plan + "/refusal", Principals.HOST,
                    "{\"reason\": \" \"}"), 400))).containsExactly("reason");
        }

        @Test
        void aConditionOfAnUnknownSuspensionIsNotFound() {
            problem(post("/api/v1/suspensions/no-such-suspension/conditions/1", Principals.HOST,
                    "{\"evidence\": \"x\"}"), 404);
        }

        @Test
        void aPadSuspensionNamesAnExistingPad() {
            assertThat(errorFields(problem(post("/api/v1/suspensions", Principals.HOST, """
                    {"scope": "PAD", "pad": "99-99", "start": "2031-01-01", "reason": "Test"}"""), 400)))
                    .containsExactly("pad");
        }
    }
}
