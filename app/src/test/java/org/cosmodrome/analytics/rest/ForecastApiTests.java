package org.cosmodrome.analytics.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.cosmodrome.Principals;
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

/** Forecast scenarios and runs through the API: background runs with progress, re-runs, cancels, refusals, access. */
@RegistryContext
class ForecastApiTests {

    private static final String API = "/api/v1/forecasts";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    private MvcTestResult post(Member member, String path, String body) {
        var request = mvc.post().uri(API + path).contentType(MediaType.APPLICATION_JSON).content(body);
        if (member != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, principals.bearer(member));
        }
        return request.exchange();
    }

    private MvcTestResult get(Member member, String path) {
        var request = mvc.get().uri(API + path);
        if (member != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, principals.bearer(member));
        }
        return request.exchange();
    }

    private String scenarioId(String dataSetId) {
        List<String> ids = json(get(Principals.OPERATOR, "/scenarios"))
                .read("$[?(@.dataSetId == '" + dataSetId + "')].id");
        assertThat(ids).as("data-set scenario " + dataSetId).hasSize(1);
        return ids.get(0);
    }

    private String start(Member member, String scenario, long seed, int samples) {
        MvcTestResult accepted = post(member, "/runs", "{\"scenario\": \"" + scenario + "\", \"seed\": " + seed
                + ", \"samples\": " + samples + "}");
        assertThat(accepted).as(body(accepted)).hasStatus(202);
        String id = json(accepted).read("$.id");
        assertThat(accepted.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo(API + "/runs/" + id);
        return id;
    }

    /** Polls a run until it is finished, for at most three minutes, noting each state it was seen in. */
    private DocumentContext finished(String id, List<String> seen) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            DocumentContext run = json(get(Principals.AUDITOR, "/runs/" + id));
            String status = run.read("$.status");
            seen.add(status + " " + run.read("$.done") + "/" + run.read("$.total"));
            if (status.equals("DONE") || status.equals("FAILED") || status.equals("CANCELLED")) {
                return run;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("forecast run " + id + " did not finish in three minutes: " + seen);
    }

    @Nested
    class Runs {

        @Test
        void theTenYearBaseScenarioRunsInTheBackgroundWithProgressAndNamesTheBindingResourceOfEachYear()
                throws InterruptedException {
            String base = scenarioId("baikonur-base");
            String id = start(Principals.OPERATOR, base, 5, 2);
            List<String> seen = new ArrayList<>();
            DocumentContext done = finished(id, seen);

            assertThat(done.read("$.status", String.class)).as(done.jsonString()).isEqualTo("DONE");
            assertThat(done.read("$.total", Integer.class)).isEqualTo(20);
            assertThat(done.read("$.done", Integer.class)).isEqualTo(20);
            // seen part way: running with some but not all of the 20 year plans solved
            assertThat(seen).as("states seen while polling").anySatisfy(state -> {
                assertThat(state).startsWith("RUNNING ");
                int solved = Integer.parseInt(state.substring(8, state.indexOf('/')));
                assertThat(solved).isBetween(1, 19);
            });
            List<Integer> years = done.read("$.report.years[*].year");
            assertThat(years).hasSize(10);
            assertThat(years.get(9) - years.get(0)).isEqualTo(9);
            assertThat(done.read("$.inputs.seed", Long.class)).isEqualTo(5L);
            assertThat(done.read("$.report.seed", Long.class)).isEqualTo(5L);
            // every year that left launches on the ground names what bound them, one of its unflown resources
            List<Map<String, Object>> outlooks = done.read("$.report.years");
            assertThat(outlooks.stream().filter(y -> y.get("binding") != null)).isNotEmpty();
            for (Map<String, Object> y : outlooks) {
                double unflownMean = ((Number) ((Map<?, ?>) y.get("unflown")).get("mean")).doubleValue();
                if (unflownMean > 0) {
                    assertThat(y.get("binding")).as("binding of " + y.get("year")).isNotNull();
                    assertThat(((Map<?, ?>) y.get("unflownByResource")).containsKey(y.get("binding"))).isTrue();
                } else {
                    assertThat(y.get("binding")).isNull();
                }
            }

            MvcTestResult csv = get(Principals.AUDITOR, "/runs/" + id + "/years.csv");
            assertThat(csv).hasStatusOk();
            assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
            String[] lines = body(csv).split("\r\n");
            assertThat(lines).hasSize(11);
            assertThat(lines[0]).startsWith("year,demand_p10,demand_median,demand_p90").contains(",ceiling,binding");
            assertThat(lines[1]).startsWith(years.get(0) + ",");
            MvcTestResult binding = get(Principals.AUDITOR, "/runs/" + id + "/binding.csv");
            assertThat(binding).hasStatusOk();
            assertThat(body(binding)).startsWith("year,resource,p10,median,p90,mean\r\n");

            // the same inputs and seed again give an equal report
            MvcTestResult rerun = post(Principals.HOST, "/runs/" + id + "/rerun", "");
            assertThat(rerun).as(body(rerun)).hasStatus(202);
            String again = json(rerun).read("$.id");
            DocumentContext second = finished(again, new ArrayList<>());
            assertThat(second.read("$.status", String.class)).isEqualTo("DONE");
            assertThat(second.read("$.rerunOf", String.class)).isEqualTo(id);
            assertThat(second.read("$.inputs", Map.class)).isEqualTo(done.read("$.inputs", Map.class));
            assertThat(second.read("$.report", Map.class)).isEqualTo(done.read("$.report", Map.class));

            List<String> commands = JsonPath.parse(body(mvc.get().uri("/api/v1/ledger?targetType=forecast-run&targetId="
                    + id).header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.AUDITOR)).exchange()))
                    .read("$.items[*].command");
            assertThat(commands).contains("forecast.run.requested", "forecast.run.finished");
        }

        @Test
        void aCancelledRunStopsBeforeItsEnd() throws InterruptedException {
            String id = start(Principals.OPERATOR, scenarioId("baikonur-proton-2030"), 9, 40);
            MvcTestResult cancelled = post(Principals.OPERATOR, "/runs/" + id + "/cancel", "");
            assertThat(cancelled).as(body(cancelled)).hasStatus(202);
            DocumentContext run = finished(id, new ArrayList<>());
            assertThat(run.read("$.status", String.class)).isEqualTo("CANCELLED");
            assertThat(run.read("$.done", Integer.class)).isLessThan(400);
            assertThat(run.read("$.report", Object.class)).isNull();
            assertThat(problem(post(Principals.OPERATOR, "/runs/" + id + "/cancel", ""), 409)
                    .read("$.code", String.class)).isEqualTo("forecast.run.finished");
        }

        @Test
        void namesTheSamplesWhenOutOfRangeAndTheScenarioWhenMissing() {
            String base = scenarioId("baikonur-base");
            assertThat(errorFields(problem(post(Principals.OPERATOR, "/runs",
                    "{\"scenario\": \"" + base + "\", \"samples\": 0}"), 400))).containsExactly("samples");
            assertThat(errorFields(problem(post(Principals.OPERATOR, "/runs", "{}"), 400)))
                    .containsExactly("scenario");
            problem(post(Principals.OPERATOR, "/runs",
                    "{\"scenario\": \"00000000-0000-0000-0000-000000000000\"}"), 404);
        }
    }

    @Nested
    class Scenarios {

        @Test
        void theBaseScenarioTakesItsSiteFromWhatIsStoredAndStartsNextYear() {
            DocumentContext base = json(get(Principals.AUDITOR, "/scenarios/" + scenarioId("baikonur-base")));
            assertThat(base.read("$.scenario.years", Integer.class)).isEqualTo(10);
            assertThat(base.read("$.scenario.growth.rate", Double.class)).isEqualTo(0.175);
            assertThat(base.read("$.scenario.growth.low", Double.class)).isEqualTo(0.15);
            assertThat(base.read("$.scenario.growth.high", Double.class)).isEqualTo(0.20);
            assertThat(base.read("$.scenario.firstYear", Integer.class))
                    .isEqualTo(java.time.Year.now().getValue() + 1);
            assertThat(base.read("$.scenario.site.vehicles[?(@.id == 'proton-m')].hazardClass", List.class))
                    .containsExactly("TOXIC");
            assertThat(base.read("$.scenario.site.vehicles[?(@.id == 'soyuz-2-1a')].hazardClass", List.class))
                    .containsExactly("NON_TOXIC");
            assertThat(base.read("$.scenario.site.caps[*].hazardClass", List.class)).contains("TOXIC");
            assertThat(base.read("$.scenario.site.pads[*].id", List.class))
                    .contains("31-6", "81-24", "200-39", "45-1", "sez-1");
            // 45/1 is under conversion: it is opened by the Baiterek event, not out of service for the whole run
            assertThat(base.read("$.scenario.site.pads[?(@.id == '45-1')].outages[*]", List.class)).isEmpty();
            assertThat(base.read("$.scenario.events[*].id", List.class))
                    .containsExactly("iss-end", "proton-end", "soyuz-5-baiterek", "startup-pad");
            DocumentContext variant = json(get(Principals.AUDITOR, "/scenarios/"
                    + scenarioId("baikonur-proton-2030")));
            // no start-up pad: the event, the streams it starts and the pad it opens are not part of it
            assertThat(variant.read("$.scenario.events[*].id", List.class)).doesNotContain("startup-pad");
            assertThat(variant.read("$.scenario.streams[*].id", List.class))
                    .doesNotContain("vikram-1", "sl1", "nebula-1").contains("proton", "soyuz-5");
            assertThat(variant.read("$.scenario.site.pads[*].id", List.class)).doesNotContain("sez-1");
            assertThat(variant.read("$.scenario.events[?(@.id == 'proton-end')].date", List.class))
                    .containsExactly("2031-01-01");
        }

        @Test
        void savesAScenarioAndRefusesABadOneNamingTheField() {
            DocumentContext base = json(get(Principals.OPERATOR, "/scenarios/" + scenarioId("baikonur-base")));
            Map<String, Object> scenario = base.read("$.scenario");
            scenario.put("name", "Low growth 5 %");
            scenario.put("growth", Map.of("rate", 0.05, "low", 0.03, "high", 0.08));
            String body = JsonPath.parse(scenario).jsonString();
            MvcTestResult created = post(Principals.HOST, "/scenarios", body);
            assertThat(created).as(body(created)).hasStatus(201);
            String id = json(created).read("$.id");
            assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo(API + "/scenarios/" + id);
            DocumentContext stored = json(get(Principals.AUDITOR, "/scenarios/" + id));
            assertThat(stored.read("$.name", String.class)).isEqualTo("Low growth 5 %");
            assertThat(stored.read("$.createdBy", String.class)).isEqualTo(Principals.HOST.username());
            assertThat(stored.read("$.scenario.growth.rate", Double.class)).isEqualTo(0.05);

            DocumentContext bad = JsonPath.parse(body);
            bad.set("$.streams[2].vehicle", "no-such-rocket");
            DocumentContext refused = problem(post(Principals.OPERATOR, "/scenarios", bad.jsonString()), 400);
            assertThat(errorFields(refused)).containsExactly("streams[2].vehicle");

            DocumentContext backwards = JsonPath.parse(body);
            backwards.set("$.growth.low", 0.5);
            assertThat(errorFields(problem(post(Principals.OPERATOR, "/scenarios", backwards.jsonString()), 400)))
                    .containsExactly("growth.rate");
        }
    }

    @Nested
    class Access {

        @Test
        void operatorAndHostWriteAuditorsReadTenantsHaveNoAccess() {
            String base = scenarioId("baikonur-base");
            assertThat(get(Principals.AUDITOR, "/scenarios")).hasStatusOk();
            assertThat(get(Principals.HOST, "/runs")).hasStatusOk();
            assertThat(get(Principals.LESSEE, "/scenarios")).hasStatus(403);
            assertThat(get(Principals.SKYROOT, "/scenarios/" + base)).hasStatus(403);
            assertThat(get(Principals.BIDDER, "/runs")).hasStatus(403);
            assertThat(get(null, "/scenarios")).hasStatus(401);
            String run = "{\"scenario\": \"" + base + "\", \"samples\": 1}";
            assertThat(post(Principals.AUDITOR, "/runs", run)).hasStatus(403);
            assertThat(post(Principals.LESSEE, "/runs", run)).hasStatus(403);
            assertThat(post(null, "/runs", run)).hasStatus(401);
            assertThat(post(Principals.AUDITOR, "/scenarios", "{}")).hasStatus(403);
        }
    }
}
