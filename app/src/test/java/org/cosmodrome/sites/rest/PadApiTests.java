package org.cosmodrome.sites.rest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Principals;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.TestRecords.errorFields;
import static org.cosmodrome.TestRecords.json;
import static org.cosmodrome.TestRecords.problem;

@RegistryContext
class PadApiTests {

    /** Today at the cosmodrome, which is the day the API judges "the future" by. */
    private static final ZoneId SITE_TIME = ZoneId.of("Asia/Qyzylorda");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void onlyTheDataSetsPads() {
        TestRecords.removePadsAddedByTests(jdbc);
    }

    private DocumentContext list(String query) {
        MvcTestResult result = mvc.get().uri("/api/v1/pads?" + query).exchange();
        assertThat(result).hasStatusOk();
        return json(result);
    }

    private MvcTestResult postPad(String body) {
        return mvc.post().uri("/api/v1/pads").header(HttpHeaders.AUTHORIZATION, principals.operator())
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private static String newPadJson(String designation, String status, String statusSince, String vehicles) {
        return """
                {"designation": "%s", "name": "Start-up pad %s", "latitude": 46.01, "longitude": 63.12,
                 "status": "%s", "statusSince": "%s", "operator": "skyroot-aerospace",
                 "supportedVehicles": %s, "sources": ["test fixture"]}"""
                .formatted(designation, designation, status, statusSince, vehicles);
    }

    /** Adds an active pad for a start-up and returns its id. */
    private String activePad(String designation) {
        assertThat(postPad(newPadJson(designation, "ACTIVE", "2020-01-01", "[\"vikram-1\"]"))).hasStatus(201);
        return designation.replace('/', '-');
    }

    private MvcTestResult changeStatus(String pad, String body) {
        return mvc.post().uri("/api/v1/pads/" + pad + "/status-changes")
                .header(HttpHeaders.AUTHORIZATION, principals.operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body).exchange();
    }

    private List<Map<String, Object>> history(String pad) {
        MvcTestResult result = mvc.get().uri("/api/v1/pads/" + pad + "/status-history").exchange();
        assertThat(result).hasStatusOk();
        return json(result).read("$");
    }

    @Nested
    class Filters {

        @Test
        void byStatusListsOnlyPadsInThatStatus() {
            DocumentContext destroyed = list("status=DESTROYED");

            assertThat(destroyed.<List<String>>read("$.items[*].id")).containsExactlyInAnyOrder("45-2", "110-38");
            assertThat(destroyed.read("$.totalItems", Integer.class)).isEqualTo(2);
        }

        @Test
        void bySiteListsThePadsOfThatLaunchComplex() {
            assertThat(list("site=200").<List<String>>read("$.items[*].id"))
                    .containsExactlyInAnyOrder("200-39", "200-40");
        }

        @Test
        void byVehicleListsThePadsThatSupportIt() {
            assertThat(list("vehicle=proton-m").<List<String>>read("$.items[*].id"))
                    .containsExactlyInAnyOrder("81-24", "200-39");
        }

        @Test
        void byOperatorListsThePadsItRuns() {
            DocumentContext baiterek = list("operator=jv-baiterek");

            assertThat(baiterek.<List<String>>read("$.items[*].id")).containsExactly("45-1");
        }

        @Test
        void combinedFiltersAllApply() {
            assertThat(list("site=81&status=ACTIVE&operator=roscosmos").<List<String>>read("$.items[*].id"))
                    .containsExactly("81-24");
        }

        @Test
        void anUnknownStatusIsRefusedNamingTheParameter() {
            assertThat(errorFields(problem(mvc.get().uri("/api/v1/pads?status=FLYING").exchange(), 400)))
                    .containsExactly("status");
        }

        @Test
        void aMalformedVehicleIdIsRefusedNamingTheParameter() {
            assertThat(errorFields(problem(mvc.get().uri("/api/v1/pads?vehicle=Proton_M").exchange(), 400)))
                    .containsExactly("vehicle");
        }
    }

    @Nested
    class Paging {

        @Test
        void sortsBySiteNumberNumerically() {
            List<String> sites = list("size=100").read("$.items[*].site");

            List<Integer> numbers = sites.stream().map(Integer::valueOf).toList();
            assertThat(numbers).isSorted();
            assertThat(sites.get(0)).isEqualTo("1");
        }

        @Test
        void theLastPageHoldsTheRemainder() {
            DocumentContext third = list("size=10&page=2");

            assertThat(third.read("$.totalItems", Integer.class)).isEqualTo(23);
            assertThat(third.<List<Object>>read("$.items")).hasSize(3);
        }

        @Test
        void pagesTogetherHoldEveryPadOnce() {
            List<String> paged = new ArrayList<>();
            for (int page = 0; page < 5; page++) {
                paged.addAll(list("size=5&page=" + page).read("$.items[*].id"));
            }

            assertThat(paged).hasSize(23).doesNotHaveDuplicates().isEqualTo(list("size=100").read("$.items[*].id"));
        }
    }

    @Nested
    class AddingAPad {

        @Test
        void answersCreatedAndStartsTheHistoryWithItsStatus() {
            MvcTestResult created = postPad(newPadJson("300/1", "UNDER_CONVERSION", "2025-03-01",
                    "[\"vikram-1\", \"sl1\"]"));

            assertThat(created).hasStatus(201);
            assertThat(created).headers().hasValue(HttpHeaders.LOCATION, "/api/v1/pads/300-1");
            assertThat(created).headers().containsHeader(HttpHeaders.ETAG);
            DocumentContext pad = json(mvc.get().uri("/api/v1/pads/300-1").exchange());
            assertThat(pad.read("$.site", String.class)).isEqualTo("300");
            assertThat(pad.read("$.status", String.class)).isEqualTo("UNDER_CONVERSION");
            assertThat(pad.read("$.operator", String.class)).isEqualTo("skyroot-aerospace");
            assertThat(pad.<List<String>>read("$.supportedVehicles")).containsExactlyInAnyOrder("vikram-1", "sl1");
            List<Map<String, Object>> history = history("300-1");
            assertThat(history).singleElement().satisfies(first -> {
                assertThat(first.get("from")).isNull();
                assertThat(first.get("to")).isEqualTo("UNDER_CONVERSION");
                assertThat(first.get("effectiveOn")).isEqualTo("2025-03-01");
            });
            assertThat(list("size=100").read("$.totalItems", Integer.class)).isEqualTo(24);
        }

        @Test
        void refusesADesignationThatIsTaken() {
            activePad("300/2");

            var answer = problem(postPad(newPadJson("300/2", "ACTIVE", "2021-01-01", "[]")), 409);

            assertThat(answer.read("$.code", String.class)).isEqualTo("pad.id.taken");
        }

        @Test
        void refusesAnUnknownVehicleNamingItsPlaceAndStoresNothing() {
            var answer = problem(postPad(newPadJson("300/3", "ACTIVE", "2021-01-01", "[\"falcon-9\"]")), 400);

            assertThat(errorFields(answer)).containsExactly("supportedVehicles[0]");
            assertThat(answer.read("$.errors[0].code", String.class)).isEqualTo("pad.vehicle.unknown");
            assertThat(mvc.get().uri("/api/v1/pads/300-3").exchange()).hasStatus(404);
        }

        @Test
        void refusesAnUnknownOperator() {
            String body = newPadJson("300/4", "ACTIVE", "2021-01-01", "[]")
                    .replace("skyroot-aerospace", "acme-rockets");

            assertThat(errorFields(problem(postPad(body), 400))).containsExactly("operator");
        }

        @Test
        void refusesAStatusThatBeginsInTheFuture() {
            String tomorrow = LocalDate.now(SITE_TIME).plusDays(2).toString();

            assertThat(errorFields(problem(postPad(newPadJson("300/5", "ACTIVE", tomorrow, "[]")), 400)))
                    .containsExactly("statusSince");
        }

        @Test
        void refusesALatitudeOffTheGlobe() {
            String body = newPadJson("300/6", "ACTIVE", "2021-01-01", "[]").replace("46.01", "91");

            assertThat(errorFields(problem(postPad(body), 400))).containsExactly("latitude");
        }
    }

    @Nested
    class SettingSupportedVehicles {

        private MvcTestResult setVehicles(String pad, String vehicles) {
            return mvc.put().uri("/api/v1/pads/" + pad + "/vehicles")
                    .header(HttpHeaders.AUTHORIZATION, principals.operator())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"vehicles\": " + vehicles + "}").exchange();
        }

        @Test
        void replacesTheListOnceEachAndBumpsTheVersion() {
            String pad = activePad("301/1");
            int before = json(mvc.get().uri("/api/v1/pads/" + pad).exchange()).read("$.version", Integer.class);

            MvcTestResult answer = setVehicles(pad, "[\"sl1\", \"nebula-1\", \"sl1\"]");

            assertThat(answer).hasStatusOk();
            assertThat(json(answer).<List<String>>read("$.supportedVehicles"))
                    .containsExactlyInAnyOrder("sl1", "nebula-1");
            assertThat(json(answer).read("$.version", Integer.class)).isGreaterThan(before);
            assertThat(list("vehicle=nebula-1").<List<String>>read("$.items[*].id")).containsExactly(pad);
        }

        @Test
        void refusesAnUnknownVehicleNamingItsPlaceAndKeepsTheOldList() {
            String pad = activePad("301/2");

            var answer = problem(setVehicles(pad, "[\"sl1\", \"no-such-rocket\"]"), 400);

            assertThat(errorFields(answer)).containsExactly("vehicles[1]");
            assertThat(json(mvc.get().uri("/api/v1/pads/" + pad).exchange()).<List<String>>read("$.supportedVehicles"))
                    .containsExactly("vikram-1");
        }

        @Test
        void anUnknownPadIsNotFound() {
            problem(setVehicles("999-9", "[\"sl1\"]"), 404);
        }
    }

    @Nested
    class ChangingStatus {

        @Test
        void aTransitionTheLifecycleAllowsIsAppendedToTheHistory() {
            String pad = activePad("302/1");
            int before = history(pad).size();

            MvcTestResult changed = changeStatus(pad,
                    "{\"to\": \"UNDER_REPAIR\", \"effectiveOn\": \"2024-05-01\", \"reason\": \"flame trench\"}");

            assertThat(changed).hasStatus(201);
            assertThat(json(changed).read("$.status", String.class)).isEqualTo("UNDER_REPAIR");
            assertThat(json(changed).read("$.statusSince", String.class)).isEqualTo("2024-05-01");
            List<Map<String, Object>> after = history(pad);
            assertThat(after).hasSize(before + 1);
            assertThat(after.get(after.size() - 1)).containsEntry("from", "ACTIVE").containsEntry("to", "UNDER_REPAIR")
                    .containsEntry("effectiveOn", "2024-05-01").containsEntry("reason", "flame trench")
                    .containsEntry("recordedBy", "api");
        }

        @Test
        void withoutADayTakesEffectTodayAtTheCosmodrome() {
            String pad = activePad("302/2");

            MvcTestResult changed = changeStatus(pad, "{\"to\": \"IDLE\", \"reason\": \"no customers\"}");

            assertThat(changed).hasStatus(201);
            assertThat(json(changed).read("$.statusSince", String.class))
                    .isIn(LocalDate.now(SITE_TIME).toString(), LocalDate.now(SITE_TIME).minusDays(1).toString());
        }

        @Test
        void aMuseumNeverBecomesActiveAgain() {
            int before = history("1-5").size();

            var answer = problem(changeStatus("1-5", "{\"to\": \"ACTIVE\", \"reason\": \"nostalgia\"}"), 409);

            assertThat(answer.read("$.code", String.class)).isEqualTo("pad.status.transition-not-allowed");
            assertThat(answer.read("$.errors[0].field", String.class)).isEqualTo("to");
            assertThat(history("1-5")).hasSize(before);
            assertThat(json(mvc.get().uri("/api/v1/pads/1-5").exchange()).read("$.status", String.class))
                    .isEqualTo("MUSEUM");
        }

        @Test
        void refusesADayBeforeTheCurrentStatusBegan() {
            String pad = activePad("302/3");

            var answer = problem(changeStatus(pad,
                    "{\"to\": \"IDLE\", \"effectiveOn\": \"2019-12-31\", \"reason\": \"backdated\"}"), 400);

            assertThat(errorFields(answer)).containsExactly("effectiveOn");
            assertThat(answer.read("$.errors[0].code", String.class)).isEqualTo("pad.status.effective-before-current");
            assertThat(history(pad)).hasSize(1);
        }

        @Test
        void refusesADayInTheFuture() {
            String pad = activePad("302/4");
            String later = LocalDate.now(SITE_TIME).plusDays(2).toString();

            var answer = problem(changeStatus(pad,
                    "{\"to\": \"IDLE\", \"effectiveOn\": \"" + later + "\", \"reason\": \"planned\"}"), 400);

            assertThat(errorFields(answer)).containsExactly("effectiveOn");
            assertThat(history(pad)).hasSize(1);
        }

        @Test
        void refusesAChangeWithoutAReason() {
            String pad = activePad("302/5");

            assertThat(errorFields(problem(changeStatus(pad, "{\"to\": \"IDLE\", \"reason\": \" \"}"), 400)))
                    .containsExactly("reason");
        }

        @Test
        void ofAnUnknownPadIsNotFound() {
            var answer = problem(changeStatus("999-9", "{\"to\": \"IDLE\", \"reason\": \"x\"}"), 404);

            assertThat(answer.read("$.code", String.class)).isEqualTo("pad.not-found");
        }
    }

    @Test
    void anUnknownPadIsNotFound() {
        problem(mvc.get().uri("/api/v1/pads/999-9").exchange(), 404);
        problem(mvc.get().uri("/api/v1/pads/999-9/status-history").exchange(), 404);
    }
}
