package org.cosmodrome.incidents.web;

import org.cosmodrome.Principals;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The incident and claim pages as the server renders them, before any script runs. */
@RegistryContext
class IncidentPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;


    @Test
    void listsTheFourAccidentsAndThe2007SampleForAnyoneAndGivesTheMapTheLocatedOnes() {
        MvcTestResult result = mvc.get().uri("/incidents?lang=en").exchange();

        assertThat(result).hasStatusOk();
        String html = TestRecords.body(result);
        assertThat(html.split("data-testid=\"incident-row\"", -1)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(html).contains("data-id=\"proton-k-1999-07-05\"", "17.5×");
        int start = html.indexOf('>', html.indexOf("id=\"incident-data\"")) + 1;
        String data = html.substring(start, html.indexOf("</script>", start));
        assertThat(data).contains("\"id\":\"proton-m-2013-07-02\"", "UDMH: 17.5 times the limit")
                .doesNotContain("\"id\":\"proton-k-1999-07-05\"", "<", ">");
    }

    @Test
    void showsAnIncidentsClaimsOnlyToThoseWhoMayReadThem() {
        String anonymous = TestRecords.body(mvc.get().uri("/incidents/proton-m-2013-07-02?lang=en").exchange());
        String auditor = TestRecords.body(mvc.get().uri("/incidents/proton-m-2013-07-02?lang=en")
                .session(principals.consoleSession(mvc, Principals.AUDITOR)).exchange());

        assertThat(anonymous).contains("Proton-M/DM-03").doesNotContain("kz-claim-2013");
        assertThat(auditor).contains("/claims/kz-claim-2013");
    }

    @Test
    void theClaimPageShowsBothAssessmentsTheTimelineAndWhatIsOutstanding() {
        MvcTestResult result = mvc.get().uri("/claims/kz-claim-2007?lang=en")
                .session(principals.consoleSession(mvc, Principals.LESSEE)).exchange();

        assertThat(result).hasStatusOk();
        String html = TestRecords.body(result);
        assertThat(html).contains("Health monitoring", "KZT", "1.04bn", "single source");
        assertThat(html.split("data-testid=\"claim-step\"", -1)).hasSize(4);
        assertThat(html).containsPattern("data-testid=\"claim-outstanding\">KZT\\s?293,080,080<");
    }

    @Test
    void anAnonymousVisitorIsSentToSignInForAClaim() {
        assertThat(mvc.get().uri("/claims/kz-claim-2007").exchange()).hasStatus3xxRedirection();
    }

    @Test
    void anotherTenantIsToldTheClaimPageDoesNotExist() {
        MvcTestResult result = mvc.get().uri("/claims/kz-claim-2007")
                .session(principals.consoleSession(mvc, Principals.HYIMPULSE)).exchange();

        assertThat(result).hasStatus(404);
    }

    @Test
    void anUnknownIncidentIsNotFound() {
        assertThat(mvc.get().uri("/incidents/no-such-incident").exchange()).hasStatus(404);
    }
}
