package org.cosmodrome.publicapi;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Principals;
import org.cosmodrome.RegistryContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.TestRecords.errorFields;
import static org.cosmodrome.TestRecords.json;
import static org.cosmodrome.TestRecords.problem;

/** The LL2 2.3.0 API: field names and JSON types of every object, paging, filters, ETags and privacy. */
@RegistryContext
class Ll2ApiTests {

    static final String BASE = "/api/ll2/2.3.0";

    /** Required keys of LL2 2.3.0 objects and their JSON types ("?" after a type: may be null). */
    static final Map<String, String> LAUNCH_LIST = Map.of("id", "string", "url", "string", "name", "string",
            "response_mode", "string", "slug", "string", "status", "object", "last_updated", "string", "net",
            "string", "net_precision", "object", "window_start", "string");
    static final Map<String, String> LAUNCH_NORMAL = Map.of("launch_service_provider", "object?", "rocket", "object",
            "mission", "object", "pad", "object", "webcast_live", "boolean", "program", "array", "window_end",
            "string", "image", "null", "probability", "null", "infographic", "null");
    static final Map<String, String> LAUNCH_DETAILED = Map.of("updates", "array", "info_urls", "array", "vid_urls",
            "array", "timeline", "array", "mission_patches", "array", "pad_turnaround", "string?", "flightclub_url",
            "null");
    static final Map<String, String> CODE = Map.of("id", "number", "name", "string", "abbrev", "string",
            "description", "string");
    static final Map<String, String> PAD = Map.of("id", "number", "url", "string", "active", "boolean", "agencies",
            "array", "name", "string", "latitude", "number", "longitude", "number", "country", "object", "location",
            "object", "total_launch_count", "number?");
    static final Map<String, String> LOCATION = Map.of("response_mode", "string", "id", "number", "url", "string",
            "name", "string", "celestial_body", "object", "active", "boolean", "country", "object", "timezone_name",
            "string", "latitude", "number", "longitude", "number");
    static final Map<String, String> AGENCY_MINI = Map.of("response_mode", "string", "id", "number", "url",
            "string", "name", "string", "abbrev", "string", "type", "object");
    static final Map<String, String> AGENCY_NORMAL = Map.of("featured", "boolean", "country", "array", "launchers",
            "string", "spacecraft", "string", "parent", "string?", "logo", "null");
    static final Map<String, String> CONFIG_LIST = Map.of("response_mode", "string", "id", "number", "url",
            "string", "name", "string", "families", "array", "full_name", "string", "variant", "string");
    static final Map<String, String> CONFIG_NORMAL = Map.of("active", "boolean", "is_placeholder", "boolean",
            "program", "array", "reusable", "boolean");
    static final Map<String, String> CONFIG_DETAILED = Map.of("description", "string", "min_stage", "number",
            "max_stage", "number", "leo_capacity", "number?", "launch_mass", "number?");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    MvcTestResult get(String path) {
        return mvc.get().uri(path).exchange();
    }

    DocumentContext page(String path) {
        MvcTestResult result = get(path);
        assertThat(result).hasStatusOk();
        DocumentContext page = json(result);
        assertThat(page.<Map<String, Object>>read("$")).containsOnlyKeys("count", "next", "previous", "results");
        assertThat(page.read("$.count", Integer.class)).isNotNegative();
        return page;
    }

    static void conforms(Object value, Map<String, String> schema) {
        assertThat(value).isInstanceOf(Map.class);
        Map<?, ?> object = (Map<?, ?>) value;
        schema.forEach((key, type) -> {
            assertThat(object.containsKey(key)).as("key " + key).isTrue();
            Object v = object.get(key);
            boolean nullable = type.endsWith("?");
            String base = type.replace("?", "");
            if (v == null) {
                assertThat(nullable || base.equals("null")).as(key + " is null but must be " + type).isTrue();
                return;
            }
            switch (base) {
                case "string" -> assertThat(v).as(key).isInstanceOf(String.class);
                case "number" -> assertThat(v).as(key).isInstanceOf(Number.class);
                case "boolean" -> assertThat(v).as(key).isInstanceOf(Boolean.class);
                case "array" -> assertThat(v).as(key).isInstanceOf(List.class);
                case "object" -> assertThat(v).as(key).isInstanceOf(Map.class);
                default -> assertThat(v).as(key + " must be null").isNull();
            }
        });
    }

    @Test
    void launchesInEachModeHaveLl2sFieldsAndNesting() {
        Object list = page(BASE + "/launches/?mode=list").read("$.results[0]");
        conforms(list, LAUNCH_LIST);
        assertThat(((Map<?, ?>) list).containsKey("pad")).isFalse();

        DocumentContext normal = page(BASE + "/launches/?mode=normal&search=MS-35");
        conforms(normal.read("$.results[0]"), LAUNCH_LIST);
        assertThat(normal.read("$.count", Integer.class)).isEqualTo(1);
        conforms(normal.read("$.results[0]"), LAUNCH_NORMAL);
        conforms(normal.read("$.results[0].status"), CODE);
        conforms(normal.read("$.results[0].net_precision"), CODE);
        conforms(normal.read("$.results[0].pad"), PAD);
        conforms(normal.read("$.results[0].pad.location"), LOCATION);
        conforms(normal.read("$.results[0].launch_service_provider"), AGENCY_MINI);
        conforms(normal.read("$.results[0].rocket.configuration"), CONFIG_LIST);
        conforms(normal.read("$.results[0].mission"), Map.of("id", "number", "name", "string", "type", "string",
                "description", "string", "orbit", "object", "agencies", "array"));
        assertThat(normal.read("$.results[0].slug", String.class)).isEqualTo("progress-ms-35");
        assertThat(normal.read("$.results[0].id", String.class)).matches("[0-9a-f-]{36}");
        assertThat(normal.read("$.results[0].net_precision.id", Integer.class)).isEqualTo(5);
        assertThat(normal.read("$.results[0].status.id", Integer.class)).isEqualTo(8);

        String id = normal.read("$.results[0].id");
        DocumentContext detailed = json(get(BASE + "/launches/" + id + "/"));
        conforms(detailed.read("$"), LAUNCH_DETAILED);
        conforms(detailed.read("$.launch_service_provider"), AGENCY_NORMAL);
        conforms(detailed.read("$.rocket.configuration"), CONFIG_DETAILED);
        assertThat(detailed.<String>read("$.response_mode")).isEqualTo("detailed");
    }

    @Test
    void padsLocationsAgenciesAndLauncherConfigurationsHaveLl2sFields() {
        conforms(page(BASE + "/pads/").read("$.results[0]"), PAD);
        DocumentContext locations = page(BASE + "/locations/");
        assertThat(locations.read("$.count", Integer.class)).isEqualTo(1);
        conforms(locations.read("$.results[0]"), LOCATION);
        conforms(page(BASE + "/agencies/?mode=list").read("$.results[0]"), AGENCY_MINI);
        conforms(page(BASE + "/agencies/").read("$.results[0]"), AGENCY_NORMAL);
        conforms(page(BASE + "/launcher_configurations/?mode=list").read("$.results[0]"), CONFIG_LIST);
        conforms(page(BASE + "/launcher_configurations/").read("$.results[0]"), CONFIG_NORMAL);
        conforms(page(BASE + "/launcher_configurations/?mode=detailed").read("$.results[0]"), CONFIG_DETAILED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"launch_statuses", "net_precisions", "orbits", "mission_types"})
    void configListsArePagedLists(String list) {
        DocumentContext page = page(BASE + "/config/" + list + "/?limit=100");
        assertThat(page.read("$.count", Integer.class)).isPositive();
        conforms(page.read("$.results[0]"), Map.of("id", "number", "name", "string"));
    }

    @Test
    void launchStatusesAreNumberedAsLl2NumbersThem() {
        DocumentContext page = page(BASE + "/config/launch_statuses/");
        assertThat(page.<List<Integer>>read("$.results[*].id")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(page.<List<String>>read("$.results[*].abbrev")).containsExactly("Go", "TBD", "Success",
                "Failure", "Hold", "In Flight", "Partial Failure", "TBC");
    }

    @Test
    void pagesWithAbsoluteNextAndPreviousLinks() {
        DocumentContext first = page(BASE + "/pads/?limit=5");
        assertThat(first.read("$.count", Integer.class)).isGreaterThan(10);
        assertThat(first.<List<?>>read("$.results")).hasSize(5);
        assertThat(first.read("$.previous", String.class)).isNull();
        String next = first.read("$.next");
        assertThat(next).startsWith("http://localhost/api/ll2/2.3.0/pads/?").contains("limit=5", "offset=5");

        DocumentContext second = page(next.replace("http://localhost", ""));
        assertThat(second.read("$.previous", String.class)).contains("offset=0");
        assertThat(second.<List<Integer>>read("$.results[*].id"))
                .doesNotContainAnyElementsOf(first.<List<Integer>>read("$.results[*].id"));
    }

    @Test
    void listsUpcomingBaikonurLaunchesByStatusAndNet() {
        int baikonur = page(BASE + "/locations/").read("$.results[0].id");
        DocumentContext upcoming = page(BASE + "/launches/upcoming/?pad__location=" + baikonur
                + "&status__ids=1,2,8&net__gte=2026-12-01T00:00:00Z&limit=100");
        assertThat(upcoming.<List<String>>read("$.results[*].slug")).contains("progress-ms-35");
        assertThat(upcoming.<List<Integer>>read("$.results[*].status.id")).isNotEmpty()
                .allSatisfy(id -> assertThat(id).isIn(1, 2, 8));
        List<String> nets = upcoming.read("$.results[*].net");
        assertThat(nets).isSorted().allSatisfy(net -> assertThat(net).isGreaterThanOrEqualTo("2026-12-01"));

        assertThat(page(BASE + "/launches/upcoming/?net__gte=2026-12-19").<List<String>>read("$.results[*].slug"))
                .doesNotContain("progress-ms-35");
        assertThat(page(BASE + "/launches/?status__ids=3,4").<List<String>>read("$.results[*].slug"))
                .doesNotContain("progress-ms-35");
        assertThat(page(BASE + "/launches/?pad__location=1").read("$.count", Integer.class)).isZero();
    }

    @Test
    void deltaSyncReturnsOnlyLaunchesChangedSince() {
        String lastUpdated = page(BASE + "/launches/?search=MS-35").read("$.results[0].last_updated");
        assertThat(page(BASE + "/launches/?last_updated__gte=" + lastUpdated).<List<String>>read(
                "$.results[*].slug")).contains("progress-ms-35");
        assertThat(page(BASE + "/launches/?last_updated__gte=2999-01-01T00:00:00Z").read("$.count", Integer.class))
                .isZero();
    }

    @Test
    void answers304ToAMatchingIfNoneMatch() {
        MvcTestResult first = get(BASE + "/launches/upcoming/");
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).isNotBlank();
        assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=60", "public");

        MvcTestResult again = mvc.get().uri(BASE + "/launches/upcoming/").header(HttpHeaders.IF_NONE_MATCH, etag)
                .exchange();
        assertThat(again).hasStatus(304);
    }

    @Test
    void neverShowsALaunchThatIsNotOnThePublicManifest() {
        String body = """
                {"mission": "Hidden Ll2", "payload": "Secret", "payloadMassKg": 100, "vehicle": "vikram-1",
                 "orbit": {"named": "SSO"}, "earliest": "2027-08-01", "latest": "2027-10-31",
                 "priority": "COMMERCIAL"}""";
        MvcTestResult created = mvc.post().uri("/api/v1/launches").contentType("application/json").content(body)
                .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.SKYROOT)).exchange();
        assertThat(created).hasStatus(201);
        String slug = json(created).read("$.id");

        assertThat(page(BASE + "/launches/?limit=100&search=Hidden").read("$.count", Integer.class)).isZero();
        assertThat(page(BASE + "/launches/?limit=100").<List<String>>read("$.results[*].slug")).doesNotContain(slug);
        assertThat(get(BASE + "/launches/" + slug + "/")).hasStatus(404);
    }

    @Test
    void refusesBadParametersNamingThem() {
        assertThat(errorFields(problem(get(BASE + "/launches/?status__ids=go"), 400))).containsExactly("status__ids");
        assertThat(errorFields(problem(get(BASE + "/launches/?ordering=price"), 400))).containsExactly("ordering");
        assertThat(errorFields(problem(get(BASE + "/launches/?limit=1000"), 400))).containsExactly("limit");
        assertThat(errorFields(problem(get(BASE + "/launches/?net__gte=soon"), 400))).containsExactly("net__gte");
    }
}
