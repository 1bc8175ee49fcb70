package org.cosmodrome.organizations.rest;

import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Principals;
import org.cosmodrome.RegistryContext;
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
import static org.cosmodrome.TestRecords.problem;
import static org.cosmodrome.TestRecords.uniqueId;

@RegistryContext
class OrganizationApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    private DocumentContext list(String query) {
        MvcTestResult result = mvc.get().uri("/api/v1/organizations?" + query)
                .header(HttpHeaders.AUTHORIZATION, principals.operator()).exchange();
        assertThat(result).hasStatusOk();
        return json(result);
    }

    private MvcTestResult post(String body) {
        return mvc.post().uri("/api/v1/organizations").header(HttpHeaders.AUTHORIZATION, principals.operator())
                .contentType(MediaType.APPLICATION_JSON).content(body)
                .exchange();
    }

    @Nested
    class Filters {

        @Test
        void byKindListsOnlyThatKind() {
            DocumentContext ventures = list("kind=JOINT_VENTURE&size=500");

            assertThat(ventures.<List<String>>read("$.items[*].kind")).isNotEmpty().containsOnly("JOINT_VENTURE");
            assertThat(ventures.<List<String>>read("$.items[*].id")).contains("jv-baiterek");
        }

        @Test
        void byCountryIgnoresTheCaseOfTheCode() {
            DocumentContext german = list("country=de&size=500");

            assertThat(german.<List<String>>read("$.items[*].country")).isNotEmpty().containsOnly("DE");
            assertThat(german.<List<String>>read("$.items[*].id")).contains("hyimpulse", "rfa", "ohb")
                    .doesNotContain("roscosmos");
        }

        @Test
        void byTextSearchesTheRussianAndKazakhNamesToo() {
            assertThat(list("q=Байтерек&size=500").<List<String>>read("$.items[*].id")).contains("jv-baiterek");
            assertThat(list("q=Бәйтерек&size=500").<List<String>>read("$.items[*].id")).contains("jv-baiterek");
        }

        @Test
        void byTextIgnoresCase() {
            assertThat(list("q=SKYROOT&size=500").<List<String>>read("$.items[*].id"))
                    .containsExactly("skyroot-aerospace");
        }

        @Test
        void kindAndCountryTogether() {
            DocumentContext kazakhAuthorities = list("kind=HOST_AUTHORITY&country=KZ&size=500");

            assertThat(kazakhAuthorities.<List<String>>read("$.items[*].id")).contains("kazcosmos")
                    .doesNotContain("jv-baiterek", "roscosmos");
        }

        @Test
        void anUnknownKindIsRefusedNamingTheParameter() {
            assertThat(errorFields(problem(mvc.get().uri("/api/v1/organizations?kind=PIRATE")
                    .header(HttpHeaders.AUTHORIZATION, principals.operator()).exchange(), 400)))
                    .containsExactly("kind");
        }
    }

    @Nested
    class Paging {

        @Test
        void countsEveryMatchWhileReturningOnePage() {
            DocumentContext all = list("size=500");
            DocumentContext second = list("size=4&page=1");

            assertThat(second.read("$.totalItems", Long.class)).isEqualTo(all.read("$.totalItems", Long.class));
            assertThat(second.<List<String>>read("$.items[*].id"))
                    .isEqualTo(all.<List<String>>read("$.items[*].id").subList(4, 8));
        }
    }

    @Nested
    class Registering {

        @Test
        void answersCreatedWithLocation() {
            String id = uniqueId("startup");

            MvcTestResult created = post("""
                    {"id": "%s", "names": {"en": "Test Launch GmbH"}, "kind": "LAUNCH_PROVIDER", "country": "DE",
                     "parent": "hyimpulse"}""".formatted(id));

            assertThat(created).hasStatus(201);
            assertThat(created).headers().hasValue(HttpHeaders.LOCATION, "/api/v1/organizations/" + id);
            DocumentContext stored = json(mvc.get().uri("/api/v1/organizations/" + id)
                    .header(HttpHeaders.AUTHORIZATION, principals.operator()).exchange());
            assertThat(stored.read("$.displayName", String.class)).isEqualTo("Test Launch GmbH");
            assertThat(stored.read("$.parent", String.class)).isEqualTo("hyimpulse");
        }

        @Test
        void refusesAnUnknownParent() {
            var answer = problem(post("""
                    {"id": "%s", "names": {"en": "Orphan"}, "kind": "LAUNCH_PROVIDER", "country": "DE",
                     "parent": "no-such-org"}""".formatted(uniqueId("orphan"))), 400);

            assertThat(errorFields(answer)).containsExactly("parent");
        }

        @Test
        void refusesAnIdThatIsTaken() {
            var answer = problem(post("""
                    {"id": "roscosmos", "names": {"en": "Roscosmos again"}, "kind": "LESSEE", "country": "RU"}"""),
                    409);

            assertThat(answer.read("$.code", String.class)).isEqualTo("organization.id.taken");
        }

        @Test
        void refusesALowercaseCountryNamingIt() {
            var answer = problem(post("""
                    {"id": "%s", "names": {"en": "Lower"}, "kind": "LAUNCH_PROVIDER", "country": "de"}"""
                    .formatted(uniqueId("lower"))), 400);

            assertThat(errorFields(answer)).containsExactly("country");
        }
    }

    @Test
    void anUnknownOrganisationIsNotFound() {
        var answer = problem(mvc.get().uri("/api/v1/organizations/no-such-org")
                .header(HttpHeaders.AUTHORIZATION, principals.operator()).exchange(), 404);

        assertThat(answer.read("$.code", String.class)).isEqualTo("organization.not-found");
    }
}
