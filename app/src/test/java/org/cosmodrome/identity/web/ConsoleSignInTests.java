package org.cosmodrome.identity.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cosmodrome.Principals;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's sessions: signing in on the sign-in page, and forms protected against cross-site requests. */
@RegistryContext
class ConsoleSignInTests {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    /** A browser's session that has just shown the sign-in page, and the CSRF token of that page's form. */
    private record Visit(MockHttpSession session, String csrf) {
    }

    private Visit openTheSignInPage() {
        MockHttpSession session = new MockHttpSession();
        MvcTestResult page = mvc.get().uri("/login").session(session).exchange();
        assertThat(page).hasStatusOk();
        Matcher field = CSRF_FIELD.matcher(TestRecords.body(page));
        assertThat(field.find()).as("a CSRF field in the sign-in form").isTrue();
        return new Visit(session, field.group(1));
    }

    private MvcTestResult signIn(Visit visit, String username, String password) {
        return mvc.post().uri("/login").session(visit.session()).param("username", username)
                .param("password", password).param("_csrf", visit.csrf()).exchange();
    }

    /** A session signed in as {@code member}, with the CSRF token its pages carry. */
    private Visit signedInAs(Principals.Member member) {
        principals.ensure(member);
        Visit visit = openTheSignInPage();
        MvcTestResult signedIn = signIn(visit, member.username(), Principals.PASSWORD);
        assertThat(signedIn).hasStatus3xxRedirection();
        assertThat(signedIn.getResponse().getRedirectedUrl()).doesNotContain("error");
        MvcTestResult page = mvc.get().uri("/pads/31-6").session(visit.session()).exchange();
        Matcher field = CSRF_FIELD.matcher(TestRecords.body(page));
        assertThat(field.find()).as("a CSRF field in the status form").isTrue();
        return new Visit(visit.session(), field.group(1));
    }

    @Nested
    class TheSignInPage {

        @Test
        void isShownToAnyoneWithACsrfField() {
            assertThat(openTheSignInPage().csrf()).isNotBlank();
        }

        @Test
        void staysOnTheSignInPageAfterAWrongPassword() {
            principals.ensure(Principals.OPERATOR);
            Visit visit = openTheSignInPage();

            MvcTestResult answer = signIn(visit, Principals.OPERATOR.username(), "not the password at all");

            assertThat(answer).hasStatus3xxRedirection();
            assertThat(answer.getResponse().getRedirectedUrl()).endsWith("/login?error");
            assertThat(mvc.get().uri("/agreements").session(visit.session()).exchange()).hasStatus3xxRedirection();
        }

        @Test
        void refusesASignInWithoutTheCsrfToken() {
            principals.ensure(Principals.OPERATOR);

            MvcTestResult answer = mvc.post().uri("/login").param("username", Principals.OPERATOR.username())
                    .param("password", Principals.PASSWORD).exchange();

            assertThat(answer).hasStatus(403);
        }

        @Test
        void opensTheAgreementsToASignedInUser() {
            Visit visit = signedInAs(Principals.OPERATOR);

            assertThat(mvc.get().uri("/agreements").session(visit.session()).exchange()).hasStatusOk();
        }
    }

    @Nested
    class AnAnonymousVisitor {

        @Test
        void isSentToTheSignInPageForTheAgreements() {
            MvcTestResult answer = mvc.get().uri("/agreements").exchange();

            assertThat(answer).hasStatus3xxRedirection();
            assertThat(answer.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith("/login");
        }

        @Test
        void isSentToTheSignInPageForTheDirectory() {
            assertThat(mvc.get().uri("/organizations").exchange().getResponse().getHeader(HttpHeaders.LOCATION))
                    .endsWith("/login");
        }
    }

    @Nested
    class TheStatusForm {

        private int history(String pad) {
            return TestRecords.json(mvc.get().uri("/api/v1/pads/" + pad + "/status-history").exchange())
                    .read("$.length()", Integer.class);
        }

        @Test
        void isRefusedWithoutTheCsrfTokenEvenWhenSignedIn() {
            Visit operator = signedInAs(Principals.OPERATOR);
            int historyBefore = history("31-6");

            MvcTestResult answer = mvc.post().uri("/pads/31-6/status").session(operator.session())
                    .param("to", "UNDER_REPAIR").param("reason", "a forged request").exchange();

            assertThat(answer).hasStatus(403);
            assertThat(history("31-6")).isEqualTo(historyBefore);
        }

        @Test
        void passesSecurityWithTheCsrfTokenAndIsJudgedOnItsFields() {
            Visit operator = signedInAs(Principals.OPERATOR);

            MvcTestResult answer = mvc.post().uri("/pads/31-6/status").session(operator.session())
                    .param("_csrf", operator.csrf()).param("to", "UNDER_REPAIR").exchange();

            assertThat(answer).hasStatus(422);
            assertThat(TestRecords.body(answer)).contains("reason");
        }

        @Test
        void sendsAnAnonymousVisitorToSignIn() {
            Visit visit = openTheSignInPage();

            MvcTestResult answer = mvc.post().uri("/pads/31-6/status").session(visit.session())
                    .param("_csrf", visit.csrf()).param("to", "UNDER_REPAIR").param("reason", "anonymous").exchange();

            assertThat(answer).hasStatus3xxRedirection();
            assertThat(answer.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith("/login");
        }
    }
}
