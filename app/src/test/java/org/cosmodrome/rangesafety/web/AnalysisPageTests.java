package org.cosmodrome.rangesafety.web;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.cosmodrome.Principals;
import org.cosmodrome.Principals.Member;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.rangesafety.Analysis;
import org.cosmodrome.rangesafety.AnalysisRequest;
import org.cosmodrome.rangesafety.RangeSafetyAnalysis;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.vehicles.VehicleId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The analyses on the range-safety page and an analysis's own page, as the server renders them. */
@RegistryContext
class AnalysisPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    @Autowired
    RangeSafetyAnalysis analysis;

    @Autowired
    CurrentActor currentActor;


    private MvcTestResult get(String path, MockHttpSession session) {
        return mvc.get().uri(path + (path.contains("?") ? "&" : "?") + "lang=en").session(session).exchange();
    }

    private MvcTestResult requestThroughTheForm(MockHttpSession session, String vehicle, String pad,
            String inclination, String samples) {
        return mvc.post().uri("/range-safety/analyses?lang=en").session(session).with(csrf())
                .param("vehicle", vehicle).param("pad", pad).param("inclination", inclination)
                .param("samples", samples).param("seed", "7").exchange();
    }

    private Analysis requestAs(Member member, int samples) {
        Actor actor = Actor.user(member.username(), member.organization(), java.util.Set.of(member.role()));
        return currentActor.runAs(actor, () -> analysis.request(new AnalysisRequest(null,
                new VehicleId("soyuz-2-1a"), new PadId("31-6"), 51.6, samples, 3)));
    }

    private Analysis finished(UUID id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            Analysis a = analysis.find(id, Actor.system("test")).orElseThrow();
            if (a.status().finished()) {
                return a;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("analysis " + id + " did not finish");
    }

    @Nested
    class TheRangeSafetyPage {

        @Test
        void offersTheOperatorTheFormWithOnlyModelledVehiclesAndListsTheAnalyses() {
            String html = TestRecords.body(get("/range-safety", principals.consoleSession(mvc, Principals.OPERATOR)));

            assertThat(html).contains("data-testid=\"analysis-form\"", "value=\"soyuz-2-1a\"",
                    "name=\"samples\"", "value=\"10000\"", "data-testid=\"analysis-table\"")
                    .doesNotContain("value=\"vikram-1\"");
        }

        @Test
        void showsAnAuditorTheAnalysesButNoForm() {
            String html = TestRecords.body(get("/range-safety", principals.consoleSession(mvc, Principals.AUDITOR)));

            assertThat(html).contains("data-testid=\"analysis-table\"").doesNotContain("data-testid=\"analysis-form\"");
        }

        @Test
        void showsAVisitorNeitherAnalysesNorTheForm() {
            String html = TestRecords.body(get("/range-safety", new MockHttpSession()));

            assertThat(html).doesNotContain("data-testid=\"analysis-table\"", "data-testid=\"analysis-form\"");
        }
    }

    @Nested
    class TheRequestForm {

        @Test
        void redirectsToTheQueuedAnalysis() {
            MvcTestResult answer = requestThroughTheForm(principals.consoleSession(mvc, Principals.OPERATOR), "soyuz-2-1a", "31-6",
                    "51.6", "150");

            assertThat(answer).hasStatus3xxRedirection();
            assertThat(answer.getResponse().getRedirectedUrl()).matches("/range-safety/analyses/[0-9a-f-]{36}");
        }

        @Test
        void namesTheInclinationAPadCannotReachBesideItsField() {
            MvcTestResult answer = requestThroughTheForm(principals.consoleSession(mvc, Principals.OPERATOR), "soyuz-2-1a", "31-6",
                    "40", "300");

            assertThat(answer).hasStatus(422);
            assertThat(TestRecords.body(answer)).contains("id=\"analysis-inclination-error\"",
                    "No direct launch from this pad reaches this inclination", "value=\"40\"");
        }

        @Test
        void namesTheSamplesOutOfRangeInRussian() {
            MvcTestResult answer = mvc.post().uri("/range-safety/analyses?lang=ru")
                    .session(principals.consoleSession(mvc, Principals.LESSEE)).with(csrf()).param("vehicle", "soyuz-2-1a")
                    .param("pad", "31-6").param("inclination", "51,6").param("samples", "5").exchange();

            assertThat(answer).hasStatus(422);
            assertThat(TestRecords.body(answer)).contains("id=\"analysis-samples-error\"",
                    "Испытаний на ступень должно быть от 100 до");
        }

        @Test
        void isRefusedToAnAuditor() {
            MvcTestResult answer = requestThroughTheForm(principals.consoleSession(mvc, Principals.AUDITOR), "soyuz-2-1a", "31-6",
                    "51.6", "150");

            assertThat(answer).hasStatus(403);
        }
    }

    @Nested
    class TheAnalysisPage {

        @Test
        void showsTheVerdictTheStagesTheInputsAndTheMapDataOnceDone() throws InterruptedException {
            Analysis done = finished(requestAs(Principals.OPERATOR, 200).id());

            String html = TestRecords.body(get("/range-safety/analyses/" + done.id(),
                    principals.consoleSession(mvc, Principals.OPERATOR)));

            assertThat(html).contains("data-verdict=\"GO\"", "data-testid=\"analysis-stages\"",
                    "data-stage=\"boosters\"", "Strap-on boosters", "/api/v1/range-safety/analyses/" + done.id()
                            + ".geojson", ".kml", "rangesafety-1", "id=\"analysis-data\"", "\"impacts\":[[")
                    .doesNotContain("data-testid=\"analysis-progress\"");
        }

        @Test
        void answersTheProgressFragmentAndAsksForAReloadOnceFinished() throws InterruptedException {
            Analysis done = finished(requestAs(Principals.OPERATOR, 150).id());

            MvcTestResult answer = get("/range-safety/analyses/" + done.id() + "/progress",
                    principals.consoleSession(mvc, Principals.OPERATOR));

            assertThat(answer).hasStatusOk();
            assertThat(answer.getResponse().getHeader("HX-Refresh")).isEqualTo("true");
        }

        @Test
        void answersNotFoundForAnotherOrganisationsAnalysis() {
            Analysis lessees = requestAs(Principals.LESSEE, 150);

            assertThat(get("/range-safety/analyses/" + lessees.id(), principals.consoleSession(mvc, Principals.SKYROOT)))
                    .hasStatus(404);
            assertThat(get("/range-safety/analyses/" + lessees.id(), principals.consoleSession(mvc, Principals.LESSEE)))
                    .hasStatusOk();
            assertThat(get("/range-safety/analyses/not-an-id", principals.consoleSession(mvc, Principals.LESSEE))).hasStatus(404);
        }

        @Test
        void isLinkedFromTheLaunchPageItClears() throws InterruptedException {
            Analysis done = finished(requestAs(Principals.OPERATOR, 150).id());

            String html = TestRecords.body(get("/manifest/launches/progress-ms-35",
                    principals.consoleSession(mvc, Principals.OPERATOR)));

            // The launch has no analysis of its own: the corridor's latest finished one (this one or a later
            // standing one) decides.
            assertThat(html).contains("data-testid=\"launch-range-safety\"", "data-state=\"CLEARED\"",
                    "Cleared", "href=\"/range-safety/analyses/");
            assertThat(done.verdict()).hasToString("GO");
        }

        @Test
        void asksAVisitorToSignIn() {
            assertThat(get("/range-safety/analyses/" + UUID.randomUUID(), new MockHttpSession()))
                    .hasStatus3xxRedirection();
        }
    }
}
