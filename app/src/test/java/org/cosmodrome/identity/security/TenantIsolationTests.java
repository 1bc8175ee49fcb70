package org.cosmodrome.identity.security;

import java.util.List;
import java.util.stream.Stream;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Principals;
import org.cosmodrome.Principals.Member;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.cosmodrome.identity.IssuedToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.TestRecords.json;
import static org.cosmodrome.TestRecords.problem;

/**
 * A tenant's private records (agreements of visibility PARTIES, and their ledger entries) are seen by its parties and
 * by those who read everything, and by no other tenant, whichever endpoint it asks.
 */
@RegistryContext
class TenantIsolationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    /** An agreement between NC KIT and Skyroot, recorded by Skyroot, that only its parties may read. */
    String privateAgreement;

    @BeforeEach
    void recordAPrivateAgreement() {
        privateAgreement = TestRecords.uniqueId("private-access");
        MvcTestResult recorded = mvc.post().uri("/api/v1/agreements")
                .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.SKYROOT))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"id": "%s", "agreement": %s}""".formatted(privateAgreement, agreementBody("IN_NEGOTIATION",
                        "\"nckit\", \"skyroot-aerospace\"")))
                .exchange();
        assertThat(recorded).as(TestRecords.body(recorded)).hasStatus(201);
    }

    static String agreementBody(String status, String parties) {
        return """
                {"title": "Private pad access", "kind": "PAD_ACCESS", "status": "%s", "visibility": "PARTIES",
                 "parties": [%s]}""".formatted(status, parties);
    }

    static Stream<Member> overseers() {
        return Stream.of(Principals.HOST, Principals.OPERATOR, Principals.AUDITOR);
    }

    private MvcTestResult get(String path, Member member) {
        return mvc.get().uri(path).header(HttpHeaders.AUTHORIZATION, principals.bearer(member)).exchange();
    }

    private MvcTestResult revise(Member member) {
        return mvc.put().uri("/api/v1/agreements/" + privateAgreement)
                .header(HttpHeaders.AUTHORIZATION, principals.bearer(member)).contentType(MediaType.APPLICATION_JSON)
                .content(agreementBody("IN_FORCE", "\"nckit\", \"skyroot-aerospace\"")).exchange();
    }

    private List<String> listedAgreements(Member member, String query) {
        MvcTestResult result = get("/api/v1/agreements?size=500&" + query, member);
        assertThat(result).hasStatusOk();
        return json(result).read("$.items[*].id");
    }

    private DocumentContext ledgerEntriesOfTheAgreement(Member member) {
        MvcTestResult result = get("/api/v1/ledger?targetType=agreement&targetId=" + privateAgreement, member);
        assertThat(result).hasStatusOk();
        return json(result);
    }

    @Nested
    class APartyToThePrivateAgreement {

        @Test
        void readsIt() {
            MvcTestResult result = get("/api/v1/agreements/" + privateAgreement, Principals.SKYROOT);

            assertThat(result).hasStatusOk();
            assertThat(json(result).read("$.visibility", String.class)).isEqualTo("PARTIES");
        }

        @Test
        void findsItInTheList() {
            assertThat(listedAgreements(Principals.SKYROOT, "")).contains(privateAgreement);
        }

        @Test
        void revisesIt() {
            MvcTestResult revised = revise(Principals.SKYROOT);

            assertThat(revised).hasStatusOk();
            assertThat(json(revised).read("$.status", String.class)).isEqualTo("IN_FORCE");
        }

        @Test
        void findsItsEntryInTheLedgerNamingItsParties() {
            DocumentContext entries = ledgerEntriesOfTheAgreement(Principals.SKYROOT);

            assertThat(entries.read("$.totalItems", Integer.class)).isEqualTo(1);
            assertThat(entries.<List<String>>read("$.items[0].tenants"))
                    .containsExactly("nckit", "skyroot-aerospace");
        }
    }

    @Nested
    class AnotherLaunchProvider {

        @Test
        void doesNotFindItById() {
            DocumentContext answer = problem(get("/api/v1/agreements/" + privateAgreement, Principals.HYIMPULSE),
                    404);

            assertThat(answer.read("$.code", String.class)).isEqualTo("agreement.not-found");
        }

        @Test
        void cannotReviseItNorLearnThatItExists() {
            problem(revise(Principals.HYIMPULSE), 404);

            assertThat(json(get("/api/v1/agreements/" + privateAgreement, Principals.SKYROOT))
                    .read("$.status", String.class)).isEqualTo("IN_NEGOTIATION");
        }

        @Test
        void doesNotFindItInTheListEvenFilteringByItsParty() {
            assertThat(listedAgreements(Principals.HYIMPULSE, "")).doesNotContain(privateAgreement)
                    .contains("baikonur-lease-1994");
            assertThat(listedAgreements(Principals.HYIMPULSE, "party=skyroot-aerospace"))
                    .doesNotContain(privateAgreement);
        }

        @Test
        void doesNotFindItsEntriesInTheLedger() {
            assertThat(ledgerEntriesOfTheAgreement(Principals.HYIMPULSE).read("$.totalItems", Integer.class))
                    .isZero();
        }

        @Test
        void seesOnlyPublicEntriesAndItsOwnOrganisationsInTheLedger() {
            MvcTestResult result = get("/api/v1/ledger?size=500", Principals.HYIMPULSE);

            assertThat(result).hasStatusOk();
            List<List<String>> tenants = json(result).read("$.items[*].tenants");
            assertThat(tenants).isNotEmpty()
                    .allSatisfy(owners -> assertThat(owners.isEmpty() || owners.contains("hyimpulse")).isTrue());
            assertThat(json(result).<List<String>>read("$.items[*].targetId")).doesNotContain(privateAgreement);
        }
    }

    @Nested
    class ALaunchProvider {

        @Test
        void cannotRecordAnAgreementItIsNotPartyTo() {
            String id = TestRecords.uniqueId("not-mine");

            DocumentContext answer = problem(mvc.post().uri("/api/v1/agreements")
                    .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.SKYROOT))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"id\": \"%s\", \"agreement\": %s}".formatted(id,
                            agreementBody("IN_NEGOTIATION", "\"nckit\", \"hyimpulse\"")))
                    .exchange(), 403);

            assertThat(answer.read("$.code", String.class)).isEqualTo("agreement.not-a-party");
            problem(get("/api/v1/agreements/" + id, Principals.OPERATOR), 404);
        }
    }

    @Nested
    class ThoseWhoReadEverything {

        @ParameterizedTest
        @MethodSource("org.cosmodrome.identity.security.TenantIsolationTests#overseers")
        void readThePrivateAgreement(Member overseer) {
            assertThat(get("/api/v1/agreements/" + privateAgreement, overseer)).hasStatusOk();
        }

        @ParameterizedTest
        @MethodSource("org.cosmodrome.identity.security.TenantIsolationTests#overseers")
        void findItInTheList(Member overseer) {
            assertThat(listedAgreements(overseer, "")).contains(privateAgreement);
        }

        @ParameterizedTest
        @MethodSource("org.cosmodrome.identity.security.TenantIsolationTests#overseers")
        void findItsEntryInTheLedger(Member overseer) {
            assertThat(ledgerEntriesOfTheAgreement(overseer).read("$.totalItems", Integer.class)).isEqualTo(1);
        }
    }

    @Nested
    class AnAnonymousVisitor {

        @Test
        void mustSignInToReadListReviseOrSeeTheLedger() {
            problem(mvc.get().uri("/api/v1/agreements/" + privateAgreement).exchange(), 401);
            problem(mvc.get().uri("/api/v1/agreements").exchange(), 401);
            problem(mvc.put().uri("/api/v1/agreements/" + privateAgreement).contentType(MediaType.APPLICATION_JSON)
                    .content(agreementBody("IN_FORCE", "\"nckit\", \"skyroot-aerospace\"")).exchange(), 401);
            problem(mvc.get().uri("/api/v1/ledger?targetId=" + privateAgreement).exchange(), 401);
        }
    }

    @Nested
    class Tokens {

        private MvcTestResult revoke(IssuedToken token, String authorization) {
            return mvc.delete().uri("/api/v1/tokens/" + token.id()).header(HttpHeaders.AUTHORIZATION, authorization)
                    .exchange();
        }

        @Test
        void oneUserCannotRevokeAnothersTokenNorLearnThatItExists() {
            IssuedToken skyroots = principals.newToken(Principals.SKYROOT);

            DocumentContext answer = problem(revoke(skyroots, principals.bearer(Principals.HYIMPULSE)), 404);

            assertThat(answer.read("$.code", String.class)).isEqualTo("token.not-found");
            assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + skyroots.secret())
                    .exchange()).hasStatusOk();
        }

        @Test
        void aUserRevokesItsOwnTokenWhichThenStopsWorking() {
            IssuedToken token = principals.newToken(Principals.SKYROOT);

            assertThat(revoke(token, principals.bearer(Principals.SKYROOT))).hasStatusOk();

            DocumentContext answer = problem(mvc.get().uri("/api/v1/me")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token.secret()).exchange(), 401);
            assertThat(answer.read("$.code", String.class)).isEqualTo("auth.token.invalid");
        }

        @Test
        void aUserListsOnlyItsOwnTokens() {
            principals.newToken(Principals.SKYROOT);

            MvcTestResult result = get("/api/v1/tokens", Principals.HYIMPULSE);

            assertThat(result).hasStatusOk();
            assertThat(json(result).<List<String>>read("$[*].username")).isNotEmpty()
                    .containsOnly(Principals.HYIMPULSE.username());
        }
    }
}
