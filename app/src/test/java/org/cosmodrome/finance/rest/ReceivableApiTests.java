package org.cosmodrome.finance.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.TestRecords.body;
import static org.cosmodrome.TestRecords.errorFields;
import static org.cosmodrome.TestRecords.json;
import static org.cosmodrome.TestRecords.problem;

import java.util.List;

import org.cosmodrome.Principals;
import org.cosmodrome.Principals.Member;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@RegistryContext
class ReceivableApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    MvcTestResult get(String path, Member member) {
        return mvc.get().uri(path).header(HttpHeaders.AUTHORIZATION, principals.bearer(member)).exchange();
    }

    MvcTestResult post(String path, Member member, String body) {
        return mvc.post().uri(path).header(HttpHeaders.AUTHORIZATION, principals.bearer(member))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    @Test
    void aPartyReadsItsOwnStatementAndNotAnothers() {
        MvcTestResult own = get("/api/v1/statements/roscosmos?agreement=baikonur-lease-1994", Principals.LESSEE);
        assertThat(own).hasStatusOk();
        assertThat(body(own)).contains("\"closing\":1150000000.00");
        assertThat(json(own).read("$[0].lines.length()", Integer.class)).isEqualTo(13);
        assertThat(json(own).read("$[0].notes[0]", String.class)).contains("payment record not in the sources");

        problem(get("/api/v1/statements/roscosmos", Principals.SKYROOT), 403);
        problem(get("/api/v1/statements/roscosmos.csv", Principals.SKYROOT), 403);
    }

    @Test
    void theOperatorTheHostAuthorityAndAuditorsReadEveryStatement() {
        for (Member overseer : List.of(Principals.OPERATOR, Principals.HOST, Principals.AUDITOR)) {
            MvcTestResult result = get("/api/v1/statements/roscosmos", overseer);
            assertThat(result).hasStatusOk();
            assertThat(json(result).read("$[0].currency", String.class)).isEqualTo("USD");
        }
        problem(get("/api/v1/statements/no-such-party", Principals.OPERATOR), 404);
    }

    @Test
    void statementsAsCsvFollowRfc4180() {
        MvcTestResult result = get("/api/v1/statements/roscosmos.csv?agreement=baikonur-lease-1994&to=1999-12-31",
                Principals.AUDITOR);
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        String csv = body(result);
        assertThat(csv).startsWith("party,currency,date,transaction,kind,agreement,description,document,due,amount,"
                + "balance\r\n");
        assertThat(csv.split("\r\n")).allSatisfy(line -> assertThat(line).doesNotContain("\n"));
        assertThat(csv).contains("\"lease rent 1999, cash part (document number not in the sources)\"");
        assertThat(csv).endsWith(",CLOSING,baikonur-lease-1994,Closing balance,,,,575000000.00\r\n");
    }

    @Test
    void arrearsShowEachPartyOnlyItsOwnAndOverseersAll() {
        MvcTestResult lessee = get("/api/v1/arrears?asOf=2001-01-01", Principals.LESSEE);
        assertThat(lessee).hasStatusOk();
        List<String> parties = json(lessee).read("$[*].party");
        assertThat(parties).isNotEmpty().containsOnly("roscosmos");
        // 2001 charged, not yet due; 2000 one day late; 1994-1999 rent (USD 690M) less the 1999 cash and in-kind (USD 115M), allocated to the oldest year first
        assertThat(body(lessee)).contains("\"agreement\":\"baikonur-lease-1994\",\"currency\":\"USD\","
                + "\"asOf\":\"2001-01-01\",\"notDue\":115000000.00,\"days0to30\":115000000.00,\"days31to90\":0.00,"
                + "\"days91to365\":0.00,\"over365\":575000000.00");

        MvcTestResult skyroot = get("/api/v1/arrears?asOf=2001-01-01", Principals.SKYROOT);
        List<String> none = json(skyroot).read("$[*].party");
        assertThat(none).doesNotContain("roscosmos");

        MvcTestResult csv = get("/api/v1/arrears.csv?asOf=2001-01-01", Principals.AUDITOR);
        assertThat(body(csv)).startsWith("party,agreement,currency,as_of,not_due,days_0_30").contains("roscosmos");
    }

    @Test
    void partialAndInKindPaymentsPostThroughTheApiAndReduceArrears() {
        String agreement = TestRecords.uniqueId("api-supply");
        String path = "/api/v1/receivables/hyimpulse/";
        assertThat(post(path + "charges", Principals.OPERATOR, """
                {"agreement":"%s","amount":"1000.00","currency":"EUR","date":"2030-01-01","dueDate":"2030-01-31",
                 "description":"Pad-days, January","documentRef":"INV-9"}""".formatted(agreement)))
                .hasStatus(201);
        assertThat(post(path + "payments", Principals.OPERATOR, """
                {"agreement":"%s","amount":100.5,"currency":"EUR","date":"2030-02-01"}""".formatted(agreement)))
                .hasStatus(201);
        assertThat(post(path + "in-kind-settlements", Principals.OPERATOR, """
                {"agreement":"%s","amount":"0.01","currency":"EUR","date":"2030-02-02","actReference":"ACT-1"}"""
                .formatted(agreement))).hasStatus(201);
        MvcTestResult arrears = get("/api/v1/arrears?asOf=2030-03-15", Principals.OPERATOR);
        List<Object> overdue = json(arrears).read("$[?(@.agreement == '%s')].days31to90".formatted(agreement));
        assertThat(overdue.get(0).toString()).isEqualTo("899.49");
    }

    @Test
    void badAmountsAndMissingActsAreRefusedNamingTheField() {
        String path = "/api/v1/receivables/hyimpulse/";
        assertThat(errorFields(problem(post(path + "payments", Principals.OPERATOR, """
                {"agreement":"a","amount":"12.345","currency":"USD","date":"2030-02-01"}"""), 400)))
                .contains("amount");
        assertThat(errorFields(problem(post(path + "payments", Principals.OPERATOR, """
                {"agreement":"a","amount":"-5","currency":"USD","date":"2030-02-01"}"""), 400)))
                .contains("amount");
        assertThat(errorFields(problem(post(path + "payments", Principals.OPERATOR, """
                {"agreement":"a","amount":"ten","currency":"USD","date":"2030-02-01"}"""), 400)))
                .contains("amount");
        assertThat(errorFields(problem(post(path + "in-kind-settlements", Principals.OPERATOR, """
                {"agreement":"a","amount":"5.00","currency":"USD","date":"2030-02-01"}"""), 400)))
                .contains("actReference");
    }

    @Test
    void onlyTheOperatorAndTheLessorsHostAuthorityRecordPayments() {
        String lease = """
                {"agreement":"baikonur-lease-extension-2004","amount":"0.01","currency":"USD","date":"2049-12-31",
                 "documentRef":"%s"}""".formatted(TestRecords.uniqueId("po"));
        assertThat(post("/api/v1/receivables/roscosmos/payments", Principals.HOST, lease)).hasStatus(201);
        problem(post("/api/v1/receivables/hyimpulse/payments", Principals.HOST, """
                {"agreement":"%s","amount":"1.00","currency":"USD","date":"2030-02-01"}"""
                .formatted(TestRecords.uniqueId("other"))), 403);
        problem(post("/api/v1/receivables/roscosmos/payments", Principals.LESSEE, lease), 403);
    }
}
