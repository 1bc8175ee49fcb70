package org.cosmodrome.incidents.rest;

import java.math.BigDecimal;
import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Principals;
import org.cosmodrome.RegistryContext;
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
import static org.cosmodrome.TestRecords.uniqueId;

@RegistryContext
class ClaimApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    @Autowired
    JdbcClient jdbc;

    private MvcTestResult send(String method, String uri, Principals.Member member, String body) {
        var request = switch (method) {
            case "PUT" -> mvc.put();
            default -> mvc.post();
        };
        return request.uri(uri).header(HttpHeaders.AUTHORIZATION, principals.bearer(member))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult read(String uri, Principals.Member member) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, principals.bearer(member)).exchange();
    }

    /** Files a KZT claim of 1,000,000 for clean-up and 500,000 for health monitoring; returns its id. */
    private String fileClaim() {
        String id = uniqueId("test-claim");
        MvcTestResult filed = send("POST", "/api/v1/claims", Principals.HOST, """
                {"id": "%s", "incident": "proton-m-2013-07-02", "title": "Test claim", "claimant": "kazcosmos",
                 "respondent": "roscosmos", "currency": "KZT", "filedOn": "2026-01-15",
                 "items": [{"kind": "CLEANUP", "amount": 1000000.00, "currency": "KZT"},
                           {"kind": "HEALTH_MONITORING", "amount": 500000, "currency": "KZT"}]}""".formatted(id));
        assertThat(filed).hasStatus(201);
        return id;
    }

    private static BigDecimal amount(DocumentContext claim, String path) {
        return new BigDecimal(claim.read(path + ".amount").toString());
    }

    @Nested
    class AClaimWithACounterAssessmentAndTwoPartialPayments {

        @Test
        void owesTheClaimedAmountLessBothPaymentsAtTheirDaysRates() {
            String id = fileClaim();
            String uri = "/api/v1/claims/" + id;

            assertThat(send("PUT", uri + "/counter-assessment", Principals.LESSEE, """
                    {"items": [{"kind": "CLEANUP", "amount": 600000, "currency": "KZT"},
                               {"kind": "HEALTH_MONITORING", "amount": 200000, "currency": "KZT"}],
                     "note": "Clean-up costs are overstated"}""")).hasStatusOk();
            assertThat(send("POST", uri + "/payments", Principals.LESSEE, """
                    {"on": "2026-02-01", "amount": {"amount": 300000, "currency": "KZT"}}""")).hasStatusOk();
            MvcTestResult last = send("POST", uri + "/payments", Principals.HOST, """
                    {"on": "2026-03-02", "amount": {"amount": 1000, "currency": "USD"}, "rate": 512.34,
                     "note": "National Bank rate of the day"}""");

            assertThat(last).hasStatusOk();
            DocumentContext claim = json(read(uri, Principals.AUDITOR));
            assertThat(amount(claim, "$.claimed")).isEqualByComparingTo("1500000");
            assertThat(amount(claim, "$.counterAssessed")).isEqualByComparingTo("800000");
            assertThat(claim.<List<Double>>read("$.payments[*].inClaimCurrency")).containsExactly(300000.0, 512340.0);
            assertThat(amount(claim, "$.paid")).isEqualByComparingTo("812340.00");
            assertThat(amount(claim, "$.outstanding")).isEqualByComparingTo("687660.00");
            assertThat(claim.read("$.outstanding.currency", String.class)).isEqualTo("KZT");
        }

        @Test
        void owesTheSettledAmountLessThePaymentsOnceSettled() {
            String id = fileClaim();
            String uri = "/api/v1/claims/" + id;
            send("PUT", uri + "/counter-assessment", Principals.LESSEE, """
                    {"items": [{"kind": "CLEANUP", "amount": 800000, "currency": "KZT"}]}""");
            send("POST", uri + "/payments", Principals.LESSEE, """
                    {"on": "2026-02-01", "amount": {"amount": 300000, "currency": "KZT"}}""");
            send("POST", uri + "/payments", Principals.LESSEE, """
                    {"on": "2026-03-02", "amount": {"amount": 1000, "currency": "USD"}, "rate": 512.34}""");

            MvcTestResult settled = send("PUT", uri + "/settlement", Principals.HOST, """
                    {"amount": {"amount": 1000000, "currency": "KZT"}, "on": "2026-03-10"}""");

            assertThat(settled).hasStatusOk();
            assertThat(amount(json(settled), "$.due")).isEqualByComparingTo("1000000");
            assertThat(amount(json(settled), "$.outstanding")).isEqualByComparingTo("187660.00");
        }

        @Test
        void entersEveryChangeInTheLedgerPrivateToTheParties() {
            String id = fileClaim();
            send("PUT", "/api/v1/claims/" + id + "/counter-assessment", Principals.LESSEE, """
                    {"items": [{"kind": "CLEANUP", "amount": 800000, "currency": "KZT"}]}""");
            send("POST", "/api/v1/claims/" + id + "/steps", Principals.LESSEE, """
                    {"on": "2026-02-01", "what": "Offered 800,000 tenge"}""");
            send("POST", "/api/v1/claims/" + id + "/payments", Principals.LESSEE, """
                    {"on": "2026-02-03", "amount": {"amount": 1000, "currency": "KZT"}}""");

            List<String> commands = jdbc.sql("select command from ledger.entry where target_type = 'claim'"
                    + " and target_id = ? and tenants = array['kazcosmos', 'roscosmos'] order by seq")
                    .param(id).query(String.class).list();
            assertThat(commands).containsExactly("claim.filed", "claim.countered", "claim.step.recorded",
                    "claim.payment.recorded");
        }
    }

    @Nested
    class Refusals {

        @Test
        void aPaymentAboveWhatIsOutstandingIsAConflict() {
            String id = fileClaim();

            var answer = problem(send("POST", "/api/v1/claims/" + id + "/payments", Principals.LESSEE, """
                    {"on": "2026-02-01", "amount": {"amount": 1500000.01, "currency": "KZT"}}"""), 409);

            assertThat(answer.read("$.code", String.class)).isEqualTo("claim.payment.exceeds-outstanding");
        }

        @Test
        void aPaymentInAnotherCurrencyWithoutTheDaysRateIsRefusedNamingTheRate() {
            String id = fileClaim();

            var answer = problem(send("POST", "/api/v1/claims/" + id + "/payments", Principals.LESSEE, """
                    {"on": "2026-02-01", "amount": {"amount": 100, "currency": "USD"}}"""), 400);

            assertThat(errorFields(answer)).containsExactly("rate");
        }

        @Test
        void anItemInAnotherCurrencyIsRefusedNamingIt() {
            var answer = problem(send("POST", "/api/v1/claims", Principals.HOST, """
                    {"id": "%s", "incident": "proton-m-2013-07-02", "title": "Test", "claimant": "kazcosmos",
                     "respondent": "roscosmos", "currency": "KZT",
                     "items": [{"kind": "CLEANUP", "amount": 10, "currency": "KZT"},
                               {"kind": "OTHER", "amount": 10, "currency": "USD"}]}""".formatted(uniqueId("c"))), 400);

            assertThat(errorFields(answer)).containsExactly("items[1].currency");
        }

        @Test
        void anUnknownRespondentIsRefusedNamingTheField() {
            var answer = problem(send("POST", "/api/v1/claims", Principals.HOST, """
                    {"id": "%s", "incident": "proton-m-2013-07-02", "title": "Test", "claimant": "kazcosmos",
                     "respondent": "acme-rockets", "currency": "KZT",
                     "items": [{"kind": "CLEANUP", "amount": 10, "currency": "KZT"}]}""".formatted(uniqueId("c"))),
                    400);

            assertThat(errorFields(answer)).containsExactly("respondent");
        }

        @Test
        void onlyTheHostAuthorityFilesClaims() {
            assertThat(send("POST", "/api/v1/claims", Principals.LESSEE, "{}")).hasStatus(403);
            assertThat(send("POST", "/api/v1/claims", Principals.OPERATOR, "{}")).hasStatus(403);
        }

        @Test
        void onlyTheRespondentCountersTheAssessment() {
            String id = fileClaim();

            assertThat(send("PUT", "/api/v1/claims/" + id + "/counter-assessment", Principals.HOST, """
                    {"items": [{"kind": "CLEANUP", "amount": 1, "currency": "KZT"}]}""")).hasStatus(403);
        }

        @Test
        void aSettledClaimIsNotSettledAgain() {
            String id = fileClaim();
            send("PUT", "/api/v1/claims/" + id + "/settlement", Principals.HOST, """
                    {"amount": {"amount": 1000, "currency": "KZT"}}""");

            assertThat(problem(send("PUT", "/api/v1/claims/" + id + "/settlement", Principals.LESSEE, """
                    {"amount": {"amount": 900, "currency": "KZT"}}"""), 409).read("$.code", String.class))
                    .isEqualTo("claim.settled");
        }
    }

    @Nested
    class Privacy {

        @Test
        void anotherTenantIsToldTheClaimDoesNotExist() {
            String id = fileClaim();

            problem(read("/api/v1/claims/" + id, Principals.HYIMPULSE), 404);
            assertThat(json(read("/api/v1/claims?size=500", Principals.HYIMPULSE)).<List<String>>read("$.items[*].id"))
                    .isEmpty();
        }

        @Test
        void anotherTenantCannotPayIntoAClaimItCannotSee() {
            String id = fileClaim();

            assertThat(send("POST", "/api/v1/claims/" + id + "/payments", Principals.HYIMPULSE, """
                    {"on": "2026-02-01", "amount": {"amount": 1, "currency": "KZT"}}""")).hasStatus(403);
        }

        @Test
        void theAuditorAndTheRespondentReadIt() {
            String id = fileClaim();

            assertThat(read("/api/v1/claims/" + id, Principals.AUDITOR)).hasStatusOk();
            assertThat(read("/api/v1/claims/" + id, Principals.LESSEE)).hasStatusOk();
            assertThat(json(read("/api/v1/claims?size=500", Principals.LESSEE)).<List<String>>read("$.items[*].id"))
                    .contains(id, "kz-claim-2013");
        }
    }
}
