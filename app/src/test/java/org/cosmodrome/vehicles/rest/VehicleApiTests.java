package org.cosmodrome.vehicles.rest;

import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.DocumentContext;
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
import static org.cosmodrome.TestRecords.errorFields;
import static org.cosmodrome.TestRecords.json;
import static org.cosmodrome.TestRecords.newVehicleJson;
import static org.cosmodrome.TestRecords.problem;
import static org.cosmodrome.TestRecords.uniqueId;

@RegistryContext
class VehicleApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    private DocumentContext list(String query) {
        MvcTestResult result = mvc.get().uri("/api/v1/vehicles?" + query).exchange();
        assertThat(result).hasStatusOk();
        return json(result);
    }

    private MvcTestResult post(String body) {
        return mvc.post().uri("/api/v1/vehicles").header(HttpHeaders.AUTHORIZATION, principals.operator())
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult put(String id, String body, String ifMatch) {
        var request = mvc.put().uri("/api/v1/vehicles/" + id)
                .header(HttpHeaders.AUTHORIZATION, principals.operator()).contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.exchange();
    }

    @Nested
    class Filters {

        @Test
        void byStatusListsOnlyVehiclesInThatStatus() {
            DocumentContext retired = list("status=RETIRED&size=500");

            assertThat(retired.<List<String>>read("$.items[*].status")).isNotEmpty().containsOnly("RETIRED");
            assertThat(retired.<List<String>>read("$.items[*].id")).contains("n1", "energia")
                    .doesNotContain("proton-m", "soyuz-5");
        }

        @Test
        void byPropellantClassListsVehiclesWithAStageOfThatClass() {
            DocumentContext hydrogen = list("propellantClass=HYDROGEN_LOX&size=500");

            assertThat(hydrogen.<List<String>>read("$.items[*].id")).contains("energia").doesNotContain("proton-m");
            assertThat(hydrogen.<List<List<String>>>read("$.items[*].propellantClasses"))
                    .allSatisfy(classes -> assertThat(classes).contains("HYDROGEN_LOX"));
        }

        @Test
        void toxicTrueListsVehiclesThatBurnHeptylOnEveryFlight() {
            DocumentContext toxic = list("toxic=true&size=500");

            assertThat(toxic.<List<Boolean>>read("$.items[*].toxic")).isNotEmpty().containsOnly(true);
            assertThat(toxic.<List<String>>read("$.items[*].id")).contains("proton-m", "dnepr", "vikram-1")
                    .doesNotContain("soyuz-2-1b", "soyuz-5");
        }

        @Test
        void toxicFalseKeepsVehiclesWhoseOnlyToxicStageIsOptional() {
            DocumentContext clean = list("toxic=false&size=500");

            assertThat(clean.<List<Boolean>>read("$.items[*].toxic")).isNotEmpty().containsOnly(false);
            assertThat(clean.<List<String>>read("$.items[*].id")).contains("soyuz-2-1b", "soyuz-5")
                    .doesNotContain("proton-m");
        }

        @Test
        void byFamilyIgnoresCase() {
            DocumentContext r7 = list("family=r-7&size=500");

            assertThat(r7.<List<String>>read("$.items[*].family")).isNotEmpty().containsOnly("R-7");
            assertThat(r7.<List<String>>read("$.items[*].id")).contains("soyuz-2-1a", "vostok", "soyuz-fg");
        }

        @Test
        void byTextMatchesPartOfTheNameInAnyCase() {
            DocumentContext soyuz = list("q=SOYUZ&size=500");

            assertThat(soyuz.<List<String>>read("$.items[*].name"))
                    .isNotEmpty().allSatisfy(name -> assertThat(name).containsIgnoringCase("soyuz"));
            assertThat(soyuz.<List<String>>read("$.items[*].id")).contains("soyuz-5", "soyuz-2-1a");
        }

        @Test
        void textIsMatchedLiterallyNotAsALikePattern() {
            assertThat(list("q=%25").read("$.totalItems", Integer.class)).isZero();
            assertThat(list("q=_").read("$.totalItems", Integer.class)).isZero();
        }

        @Test
        void combinedFiltersAllApply() {
            DocumentContext activeToxic = list("status=ACTIVE&toxic=true&size=500");

            assertThat(activeToxic.<List<String>>read("$.items[*].id")).contains("proton-m")
                    .doesNotContain("dnepr", "soyuz-2-1a");
        }

        @Test
        void anUnknownStatusIsRefusedNamingTheParameter() {
            var answer = problem(mvc.get().uri("/api/v1/vehicles?status=FLYING").exchange(), 400);

            assertThat(errorFields(answer)).containsExactly("status");
        }

        @Test
        void aToxicFlagThatIsNotABooleanIsRefusedNamingTheParameter() {
            var answer = problem(mvc.get().uri("/api/v1/vehicles?toxic=maybe").exchange(), 400);

            assertThat(errorFields(answer)).containsExactly("toxic");
        }
    }

    @Nested
    class Paging {

        @Test
        void pagesTogetherHoldTheWholeListingInOrder() {
            DocumentContext all = list("size=500");
            long total = all.read("$.totalItems", Long.class);
            List<String> paged = new ArrayList<>();
            for (int page = 0; page * 7 < total; page++) {
                DocumentContext slice = list("size=7&page=" + page);
                assertThat(slice.read("$.totalItems", Long.class)).isEqualTo(total);
                assertThat(slice.read("$.page", Integer.class)).isEqualTo(page);
                assertThat(slice.read("$.size", Integer.class)).isEqualTo(7);
                paged.addAll(slice.read("$.items[*].id"));
            }

            assertThat(total).isGreaterThan(7);
            assertThat(paged).isEqualTo(all.read("$.items[*].id"));
        }

        @Test
        void activeVehiclesComeFirst() {
            List<String> statuses = list("size=500").read("$.items[*].status");

            assertThat(statuses.get(0)).isEqualTo("ACTIVE");
            assertThat(statuses.subList(statuses.lastIndexOf("ACTIVE") + 1, statuses.size()))
                    .doesNotContain("ACTIVE");
        }

        @Test
        void aPageBeyondTheEndIsEmptyButCountsEverything() {
            DocumentContext beyond = list("size=10&page=1000");

            assertThat(beyond.<List<Object>>read("$.items")).isEmpty();
            assertThat(beyond.read("$.totalItems", Long.class)).isPositive();
        }

        @Test
        void aSizeOutsideOneToFiveHundredIsRefused() {
            assertThat(errorFields(problem(mvc.get().uri("/api/v1/vehicles?size=0").exchange(), 400)))
                    .containsExactly("size");
            assertThat(errorFields(problem(mvc.get().uri("/api/v1/vehicles?size=501").exchange(), 400)))
                    .containsExactly("size");
        }

        @Test
        void aNegativePageIsRefused() {
            assertThat(errorFields(problem(mvc.get().uri("/api/v1/vehicles?page=-1").exchange(), 400)))
                    .containsExactly("page");
        }
    }

    @Nested
    class Registering {

        @Test
        void answersCreatedWithLocationAndVersionTag() {
            String id = uniqueId("hybrid");

            MvcTestResult created = post(newVehicleJson(id, "Hybrid " + id));

            assertThat(created).hasStatus(201);
            assertThat(created).headers().hasValue(HttpHeaders.LOCATION, "/api/v1/vehicles/" + id);
            assertThat(created).headers().hasValue(HttpHeaders.ETAG, "\"0\"");
            DocumentContext body = json(created);
            assertThat(body.read("$.id", String.class)).isEqualTo(id);
            assertThat(body.read("$.country", String.class)).isEqualTo("DE");
            assertThat(body.read("$.toxic", Boolean.class)).isFalse();
            assertThat(body.read("$.mayBeToxic", Boolean.class)).isTrue();
            assertThat(json(mvc.get().uri("/api/v1/vehicles/" + id).exchange()).read("$.name", String.class))
                    .isEqualTo("Hybrid " + id);
        }

        @Test
        void refusesAnIdThatIsTaken() {
            var answer = problem(post(newVehicleJson("proton-m", "Another Proton")), 409);

            assertThat(answer.read("$.code", String.class)).isEqualTo("vehicle.id.taken");
        }

        @Test
        void refusesANameThatIsTakenInAnyCase() {
            var answer = problem(post(newVehicleJson(uniqueId("copy"), "PROTON-M")), 409);

            assertThat(answer.read("$.code", String.class)).isEqualTo("vehicle.name.taken");
            assertThat(errorFields(answer)).containsExactly("name");
        }

        @Test
        void refusesStagePositionsWithAGap() {
            String id = uniqueId("gappy");
            String body = newVehicleJson(id, "Gappy " + id).replace("\"position\": 2", "\"position\": 3")
                    .replace("\"optional\": true", "\"optional\": false");

            var answer = problem(post(body), 400);

            assertThat(errorFields(answer)).containsExactly("stages");
            assertThat(mvc.get().uri("/api/v1/vehicles/" + id).exchange()).hasStatus(404);
        }

        @Test
        void refusesAMalformedIdNamingIt() {
            var answer = problem(post(newVehicleJson("Not A Slug", "Sluggish")), 400);

            assertThat(errorFields(answer)).containsExactly("id");
        }

        @Test
        void refusesAVehicleWithoutStagesNamingTheField() {
            String id = uniqueId("stageless");
            String body = """
                    {"id": "%s", "vehicle": {"name": "Stageless", "status": "ACTIVE", "stages": []}}""".formatted(id);

            assertThat(errorFields(problem(post(body), 400))).containsExactly("vehicle.stages");
        }
    }

    @Nested
    class Revising {

        @Test
        void withTheCurrentVersionReplacesTheRecordAndBumpsTheVersion() {
            String id = uniqueId("revised");
            post(newVehicleJson(id, "Revised " + id));
            DocumentContext view = json(mvc.get().uri("/api/v1/vehicles/" + id).exchange());
            String body = TestRecords.vehicleBodyOf(view).set("$.status", "ACTIVE").jsonString();

            MvcTestResult revised = put(id, body, "\"0\"");

            assertThat(revised).hasStatusOk();
            assertThat(revised).headers().hasValue(HttpHeaders.ETAG, "\"1\"");
            assertThat(json(revised).read("$.status", String.class)).isEqualTo("ACTIVE");
            assertThat(json(mvc.get().uri("/api/v1/vehicles/" + id).exchange()).read("$.version", Integer.class))
                    .isEqualTo(1);
        }

        @Test
        void withAStaleIfMatchIsRefusedAndChangesNothing() {
            String id = uniqueId("contested");
            post(newVehicleJson(id, "Contested " + id));
            DocumentContext view = json(mvc.get().uri("/api/v1/vehicles/" + id).exchange());
            assertThat(put(id, TestRecords.vehicleBodyOf(view).set("$.notes", "first").jsonString(), "\"0\""))
                    .hasStatusOk();

            var answer = problem(put(id, TestRecords.vehicleBodyOf(view).set("$.notes", "second").jsonString(),
                    "\"0\""), 409);

            assertThat(answer.read("$.code", String.class)).isEqualTo("vehicle.version.stale");
            assertThat(json(mvc.get().uri("/api/v1/vehicles/" + id).exchange()).read("$.notes", String.class))
                    .isEqualTo("first");
        }

        @Test
        void acceptsAWeakETagInIfMatch() {
            String id = uniqueId("weak");
            post(newVehicleJson(id, "Weak " + id));
            DocumentContext view = json(mvc.get().uri("/api/v1/vehicles/" + id).exchange());

            assertThat(put(id, TestRecords.vehicleBodyOf(view).jsonString(), "W/\"0\"")).hasStatusOk();
        }

        @Test
        void refusesAnIfMatchThisApiNeverIssued() {
            DocumentContext view = json(mvc.get().uri("/api/v1/vehicles/proton-m").exchange());

            var answer = problem(put("proton-m", TestRecords.vehicleBodyOf(view).jsonString(), "\"abc\""), 400);

            assertThat(errorFields(answer)).containsExactly("If-Match");
        }

        @Test
        void anUnknownVehicleIsNotFound() {
            DocumentContext view = json(mvc.get().uri("/api/v1/vehicles/proton-m").exchange());

            var answer = problem(put("no-such-rocket", TestRecords.vehicleBodyOf(view).jsonString(), null), 404);

            assertThat(answer.read("$.code", String.class)).isEqualTo("vehicle.not-found");
        }
    }

    @Test
    void anUnknownVehicleIdIsNotFound() {
        var answer = problem(mvc.get().uri("/api/v1/vehicles/no-such-rocket").exchange(), 404);

        assertThat(answer.read("$.code", String.class)).isEqualTo("vehicle.not-found");
    }
}
