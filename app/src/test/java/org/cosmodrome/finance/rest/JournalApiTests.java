package org.cosmodrome.finance.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Principals;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.cosmodrome.finance.AccountKind;
import org.cosmodrome.finance.ChartOfAccounts;
import org.cosmodrome.finance.Currency;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@RegistryContext
class JournalApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    @Autowired
    ChartOfAccounts accounts;

    @Autowired
    CurrentActor currentActor;

    String receivable;
    String revenue;
    String agreement;

    @BeforeEach
    void openAccounts() {
        agreement = TestRecords.uniqueId("pad-lease");
        receivable = currentActor.runAs(Actor.system("test"), () -> accounts.open(AccountKind.RECEIVABLE,
                "skyroot-aerospace", agreement, Currency.USD, "Skyroot pad lease")).id();
        revenue = currentActor.runAs(Actor.system("test"), () -> accounts.open(AccountKind.REVENUE, "kazcosmos",
                agreement, Currency.USD, "Pad lease revenue")).id();
    }

    private MvcTestResult post(Principals.Member member, String path, String body) {
        return mvc.post().uri(path).header(HttpHeaders.AUTHORIZATION, principals.bearer(member))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private String charge(String amount) {
        return """
                {"kind": "CHARGE", "entryDate": "2026-04-01", "dueDate": "2026-04-30", "description": "Pad-days, March",
                 "documentRef": "INV-2026-031", "agreement": "%s",
                 "postings": [{"account": "%s", "amount": %s}, {"account": "%s", "amount": -%s}]}"""
                .formatted(agreement, receivable, amount, revenue, amount);
    }

    @Test
    void theOperatorPostsABalancedChargeAndThePartySeesItButNotAnotherTenant() {
        MvcTestResult posted = post(Principals.OPERATOR, "/api/v1/journal", charge("12500.75"));
        assertThat(posted).hasStatus(201);
        String id = TestRecords.json(posted).read("$.id");

        MvcTestResult own = mvc.get().uri("/api/v1/journal/" + id)
                .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.SKYROOT)).exchange();
        assertThat(own).hasStatusOk();
        assertThat(TestRecords.json(own).read("$.postings[0].amount", Double.class)).isEqualTo(12500.75);
        assertThat(mvc.get().uri("/api/v1/journal/" + id)
                .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.HYIMPULSE)).exchange()).hasStatus(404);

        MvcTestResult balances = mvc.get().uri("/api/v1/accounts?party=skyroot-aerospace")
                .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.SKYROOT)).exchange();
        DocumentContext list = TestRecords.json(balances);
        List<Double> balance = list.read("$[?(@.id == '" + receivable + "')].balance");
        assertThat(balance).containsExactly(12500.75);
        assertThat(mvc.get().uri("/api/v1/accounts?party=skyroot-aerospace")
                .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.HYIMPULSE)).exchange()).hasStatus(403);
    }

    @Test
    void anUnbalancedOrOverPreciseTransactionIsRefusedNamingTheField() {
        String unbalanced = charge("100").replace("-100", "-99.99");
        DocumentContext problem = TestRecords.problem(post(Principals.OPERATOR, "/api/v1/journal", unbalanced), 400);
        assertThat(TestRecords.errorFields(problem)).containsExactly("postings");
        DocumentContext precise = TestRecords.problem(post(Principals.OPERATOR, "/api/v1/journal",
                charge("100.001")), 400);
        assertThat(TestRecords.errorFields(precise)).containsExactly("postings[0].amount");
        assertThat(post(Principals.SKYROOT, "/api/v1/journal", charge("100"))).hasStatus(403);
    }

    @Test
    void aCorrectionReversesAndTheJournalExportsAsCsv() {
        String id = TestRecords.json(post(Principals.OPERATOR, "/api/v1/journal", charge("40"))).read("$.id");
        MvcTestResult correction = post(Principals.OPERATOR, "/api/v1/journal/" + id + "/correction",
                "{\"reason\": \"charged twice\", \"on\": \"2026-04-02\"}");
        assertThat(correction).hasStatus(201);
        assertThat(TestRecords.json(correction).read("$.corrects", String.class)).isEqualTo(id);
        MvcTestResult original = mvc.get().uri("/api/v1/journal/" + id)
                .header(HttpHeaders.AUTHORIZATION, principals.operator()).exchange();
        assertThat(TestRecords.json(original).read("$.correctedBy", String.class))
                .isEqualTo(TestRecords.json(correction).read("$.id", String.class));
        DocumentContext again = TestRecords.problem(post(Principals.OPERATOR, "/api/v1/journal/" + id + "/correction",
                "{\"reason\": \"again\", \"on\": \"2026-04-03\"}"), 409);
        assertThat(again.read("$.code", String.class)).isEqualTo("already-corrected");

        MvcTestResult csv = mvc.get().uri("/api/v1/journal.csv?party=skyroot-aerospace")
                .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.SKYROOT)).exchange();
        assertThat(csv).hasStatusOk();
        assertThat(TestRecords.body(csv)).startsWith("transaction,kind,entry_date")
                .contains(id + ",CHARGE,2026-04-01,2026-04-30,\"Pad-days, March\",INV-2026-031");
    }
}
