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
class AgreementApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    private List<String> ids(String query) {
        MvcTestResult result = mvc.get().uri("/api/v1/agreements?size=500&" + query)
                .header(HttpHeaders.AUTHORIZATION, principals.operator()).exchange();
        assertThat(result).hasStatusOk();
        return json(result).read("$.items[*].id");
    }

    private MvcTestResult post(String id, String parties, String extra) {
        return mvc.post().uri("/api/v1/agreements").header(HttpHeaders.AUTHORIZATION, principals.operator())
                .contentType(MediaType.APPLICATION_JSON).content("""
                {"id": "%s", "agreement": {"title": "Pad access for a start-up", "kind": "PAD_ACCESS",
                 "status": "IN_NEGOTIATION", "parties": %s %s}}""".formatted(id, parties, extra)).exchange();
    }

    @Nested
    class Filters {

        @Test
        void byPartyListsTheAgreementsItSigned() {
            MvcTestResult result = mvc.get().uri("/api/v1/agreements?size=500&party=jv-baiterek")
                    .header(HttpHeaders.AUTHORIZATION, principals.operator()).exchange();

            assertThat(json(result).<List<List<String>>>read("$.items[*].parties"))
                    .isNotEmpty().allSatisfy(parties -> assertThat(parties).contains("jv-baiterek"));
            assertThat(ids("party=jv-baiterek")).contains("jv-baiterek-charter")
                    .doesNotContain("baikonur-lease-extension-2004");
        }

        @Test
        void byKind() {
            assertThat(ids("kind=LEASE_EXTENSION")).containsExactly("baikonur-lease-extension-2004");
        }

        @Test
        void byStatus() {
            assertThat(ids("status=SUPERSEDED")).contains("baikonur-lease-1994")
                    .doesNotContain("baikonur-lease-extension-2004");
        }

        @Test
        void inForceOnADayIncludesAgreementsWhoseDatesCoverIt() {
            assertThat(ids("inForceOn=2030-06-01")).contains("baikonur-lease-extension-2004",
                    "baiterek-agreement-2004").doesNotContain("baikonur-lease-1994", "proton-launch-cap-2013");
        }

        @Test
        void inForceOnCountsTheExpiryDayAsInForce() {
            assertThat(ids("inForceOn=2050-12-31")).contains("baikonur-lease-extension-2004");
            assertThat(ids("inForceOn=2051-01-01")).doesNotContain("baikonur-lease-extension-2004");
        }

        @Test
        void inForceOnExcludesAgreementsNotYetEffective() {
            assertThat(ids("inForceOn=2005-12-14")).doesNotContain("baiterek-agreement-2004");
            assertThat(ids("inForceOn=2005-12-15")).contains("baiterek-agreement-2004");
        }

        @Test
        void partyAndKindTogether() {
            assertThat(ids("party=roscosmos&kind=LEASE")).containsExactly("baikonur-lease-1994");
        }

        @Test
        void aDayThatIsNotADateIsRefusedNamingTheParameter() {
            assertThat(errorFields(problem(mvc.get().uri("/api/v1/agreements?inForceOn=soon")
                    .header(HttpHeaders.AUTHORIZATION, principals.operator()).exchange(), 400)))
                    .containsExactly("inForceOn");
        }

        @Test
        void aMalformedPartyIsRefusedNamingTheParameter() {
            assertThat(errorFields(problem(mvc.get().uri("/api/v1/agreements?party=Ros_Cosmos")
                    .header(HttpHeaders.AUTHORIZATION, principals.operator()).exchange(), 400)))
                    .containsExactly("party");
        }

        @Test
        void pagingCountsEveryMatch() {
            MvcTestResult first = mvc.get().uri("/api/v1/agreements?size=2&party=roscosmos")
                    .header(HttpHeaders.AUTHORIZATION, principals.operator()).exchange();

            assertThat(json(first).<List<Object>>read("$.items")).hasSize(2);
            assertThat(json(first).read("$.totalItems", Integer.class)).isEqualTo(ids("party=roscosmos").size());
        }
    }

    @Nested
    class Recording {

        @Test
        void answersCreatedWithLocationAndVersionTag() {
            String id = uniqueId("pad-access");

            MvcTestResult created = post(id, "[\"nckit\", \"skyroot-aerospace\"]",
                    ", \"annualPayment\": {\"amount\": 2500000.50, \"currency\": \"USD\"}");

            assertThat(created).hasStatus(201);
            assertThat(created).headers().hasValue(HttpHeaders.LOCATION, "/api/v1/agreements/" + id);
            assertThat(created).headers().hasValue(HttpHeaders.ETAG, "\"0\"");
            assertThat(ids("party=skyroot-aerospace")).contains(id);
        }

        @Test
        void refusesAnUnknownPartyNamingItsPlace() {
            var answer = problem(post(uniqueId("dangling"), "[\"nckit\", \"acme-rockets\"]", ""), 400);

            assertThat(errorFields(answer)).containsExactly("parties[1]");
            assertThat(answer.read("$.errors[0].code", String.class)).isEqualTo("agreement.party.unknown");
        }

        @Test
        void refusesAMalformedPartyNamingItsPlace() {
            var answer = problem(post(uniqueId("malformed"), "[\"nckit\", \"Skyroot Aerospace\"]", ""), 400);

            assertThat(errorFields(answer)).containsExactly("parties[1]");
        }

        @Test
        void refusesAnExpiryBeforeTheStart() {
            var answer = problem(post(uniqueId("backwards"), "[\"nckit\", \"hyimpulse\"]",
                    ", \"effectiveFrom\": \"2030-01-01\", \"expiresOn\": \"2029-12-31\""), 400);

            assertThat(errorFields(answer)).containsExactly("expiresOn");
        }

        @Test
        void refusesAnIdThatIsTaken() {
            var answer = problem(post("baikonur-lease-1994", "[\"kazcosmos\", \"roscosmos\"]", ""), 409);

            assertThat(answer.read("$.code", String.class)).isEqualTo("agreement.id.taken");
        }
    }

    @Nested
    class Revising {

        @Test
        void withAStaleIfMatchIsRefused() {
            String id = uniqueId("revised-access");
            assertThat(post(id, "[\"nckit\", \"rfa\"]", "")).hasStatus(201);
            String body = """
                    {"title": "Pad access for RFA", "kind": "PAD_ACCESS", "status": "IN_FORCE",
                     "parties": ["nckit", "rfa"]}""";
            MvcTestResult first = mvc.put().uri("/api/v1/agreements/" + id)
                    .header(HttpHeaders.AUTHORIZATION, principals.operator())
                    .header(HttpHeaders.IF_MATCH, "\"0\"")
                    .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
            assertThat(first).hasStatusOk();
            assertThat(first).headers().hasValue(HttpHeaders.ETAG, "\"1\"");

            var answer = problem(mvc.put().uri("/api/v1/agreements/" + id)
                    .header(HttpHeaders.AUTHORIZATION, principals.operator())
                    .header(HttpHeaders.IF_MATCH, "\"0\"")
                    .contentType(MediaType.APPLICATION_JSON).content(body).exchange(), 409);

            assertThat(answer.read("$.code", String.class)).isEqualTo("agreement.version.stale");
        }
    }

    @Test
    void anUnknownAgreementIsNotFound() {
        DocumentContext answer = problem(mvc.get().uri("/api/v1/agreements/no-such-deal")
                .header(HttpHeaders.AUTHORIZATION, principals.operator()).exchange(), 404);

        assertThat(answer.read("$.code", String.class)).isEqualTo("agreement.not-found");
    }
}
