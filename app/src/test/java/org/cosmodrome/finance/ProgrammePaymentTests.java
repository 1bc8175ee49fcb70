package org.cosmodrome.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Principals;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Payments and commitments against a programme's budget lines, through the API and the console form. Each test works
 * on a programme of its own (two lines in EUR: ground 1,000,000 for kazcosmos, rocket 500,000 for roscosmos), so the
 * data set's Baiterek programme stays without payments.
 */
@RegistryContext
class ProgrammePaymentTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    @Autowired
    Programmes programmes;

    @Autowired
    Journal journal;

    @Autowired
    Clock clock;

    String programme;
    LocalDate today;

    @BeforeEach
    void aProgrammeOfItsOwn() {
        programme = TestRecords.uniqueId("prog");
        today = LocalDate.now(clock.withZone(Programmes.BAIKONUR));
        programmes.insertProgramme(programme, "Test programme", "A programme for the tests", Currency.EUR,
                LocalDate.of(2024, 1, 1), LocalDate.of(2028, 5, 31), "ASSUMPTION: test");
        programmes.insertLine(programme, new Programme.Line("ground", "kazcosmos", "Ground infrastructure",
                new BigDecimal("1000000.00"), null, null, null, "ASSUMPTION"), 1);
        programmes.insertLine(programme, new Programme.Line("rocket", "roscosmos", "Rocket",
                new BigDecimal("500000.00"), null, null, null, "ASSUMPTION"), 2);
    }

    private String paymentJson(String line, String amount, String currency, LocalDate date, String documentRef) {
        return """
                {"line": "%s", "amount": %s, "currency": "%s", "date": "%s", "documentRef": "%s",
                 "description": "Works on the %s line"}""".formatted(line, amount, currency, date, documentRef, line);
    }

    private MvcTestResult post(Principals.Member member, String path, String body) {
        return mvc.post().uri(path).header(HttpHeaders.AUTHORIZATION, principals.bearer(member))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult pay(Principals.Member member, String line, String amount, LocalDate date, String doc) {
        return post(member, "/api/v1/programmes/" + programme + "/payments",
                paymentJson(line, amount, "EUR", date, doc));
    }

    private DocumentContext read() {
        MvcTestResult result = mvc.get().uri("/api/v1/programmes/" + programme)
                .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.BIDDER)).exchange();
        assertThat(result).hasStatusOk();
        return TestRecords.json(result);
    }

    private static BigDecimal decimal(Object number) {
        return new BigDecimal(number.toString());
    }

    private BigDecimal lineField(DocumentContext p, String line, String field) {
        List<Object> values = p.read("$.lines[?(@.id == '" + line + "')]." + field);
        return decimal(values.get(0));
    }

    private BigDecimal actualIn(DocumentContext p, YearMonth month) {
        List<Object> values = p.read("$.sCurve[?(@.month == '" + month + "')].actual");
        return decimal(values.get(0));
    }

    @Test
    void aPaymentMovesThePaidCurveInItsMonthAndTheLinesPaidAndRemaining() {
        LocalDate paidOn = today.minusMonths(2).withDayOfMonth(10);
        YearMonth month = YearMonth.from(paidOn);

        MvcTestResult paid = pay(Principals.OPERATOR, "ground", "250000.50", paidOn, "PO-" + programme);

        assertThat(paid).as(TestRecords.body(paid)).hasStatus(201);
        String transaction = TestRecords.json(paid).read("$.journalTransaction");
        DocumentContext p = read();
        assertThat(lineField(p, "ground", "paid")).isEqualByComparingTo("250000.50");
        assertThat(lineField(p, "ground", "remaining")).isEqualByComparingTo("749999.50");
        assertThat(lineField(p, "ground", "amount")).isEqualByComparingTo("1000000");
        assertThat(lineField(p, "ground", "committed")).isEqualByComparingTo("0");
        assertThat(lineField(p, "rocket", "paid")).isEqualByComparingTo("0");
        assertThat(actualIn(p, month.minusMonths(1))).isEqualByComparingTo("0");
        assertThat(actualIn(p, month)).isEqualByComparingTo("250000.50");
        assertThat(actualIn(p, YearMonth.from(today))).isEqualByComparingTo("250000.50");
        assertThat(p.read("$.payments[0].documentRef", String.class)).isEqualTo("PO-" + programme);

        JournalTransaction posted = journal.find(transaction).orElseThrow();
        assertThat(posted.kind()).isEqualTo(TransactionKind.PAYMENT);
        assertThat(posted.entryDate()).isEqualTo(paidOn);
        assertThat(posted.documentRef()).isEqualTo("PO-" + programme);
        assertThat(posted.postings()).extracting(Posting::amount)
                .containsExactlyInAnyOrder(Money.of("250000.50", Currency.EUR), Money.of("-250000.50", Currency.EUR));
        assertThat(journal.balance(Account.idOf(AccountKind.EXPENSE, "kazcosmos", programme + "/ground",
                Currency.EUR), null)).isEqualTo(Money.of("250000.50", Currency.EUR));
    }

    @Test
    void theHostAuthorityRecordsACommitmentThatShowsAsCommittedAndPostsACommitment() {
        MvcTestResult committed = post(Principals.HOST, "/api/v1/programmes/" + programme + "/commitments", """
                {"line": "rocket", "amount": 120000, "currency": "EUR", "date": "%s", "counterparty": "RSC Progress",
                 "documentRef": "C-%s"}""".formatted(today, programme));

        assertThat(committed).as(TestRecords.body(committed)).hasStatus(201);
        DocumentContext p = read();
        assertThat(lineField(p, "rocket", "committed")).isEqualByComparingTo("120000");
        assertThat(lineField(p, "rocket", "paid")).isEqualByComparingTo("0");
        assertThat(lineField(p, "rocket", "remaining")).isEqualByComparingTo("500000");
        assertThat(p.read("$.commitments[0].counterparty", String.class)).isEqualTo("RSC Progress");
        String transaction = TestRecords.json(committed).read("$.journalTransaction");
        assertThat(journal.find(transaction).orElseThrow().kind()).isEqualTo(TransactionKind.COMMITMENT);
    }

    @Test
    void aPaymentBeyondTheLinesBudgetIsRefusedAndNothingIsPosted() {
        assertThat(pay(Principals.OPERATOR, "rocket", "400000", today, "A-" + programme)).hasStatus(201);

        DocumentContext problem = TestRecords.problem(pay(Principals.OPERATOR, "rocket", "100000.01", today,
                "B-" + programme), 409);

        assertThat(problem.read("$.code", String.class)).isEqualTo("programme.line.over-budget");
        assertThat(TestRecords.errorFields(problem)).containsExactly("amount");
        assertThat(lineField(read(), "rocket", "paid")).isEqualByComparingTo("400000");
        assertThat(journal.bySource("finance", "programme:" + programme + ":payment:B-" + programme)).isEmpty();
        assertThat(pay(Principals.OPERATOR, "rocket", "100000", today, "C-" + programme)).hasStatus(201);
        assertThat(lineField(read(), "rocket", "remaining")).isEqualByComparingTo("0");
    }

    @Test
    void twentyConcurrentPaymentsThatTogetherExceedTheBudgetNeverExceedIt() throws Exception {
        String bearer = principals.bearer(Principals.OPERATOR);
        int requests = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                String body = paymentJson("ground", "60000", "EUR", today, "PAR-" + i + "-" + programme);
                Callable<Integer> call = () -> {
                    start.await();
                    return mvc.post().uri("/api/v1/programmes/" + programme + "/payments")
                            .header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON)
                            .content(body).exchange().getResponse().getStatus();
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(120, TimeUnit.SECONDS));
            }

            // 16 × 60,000 = 960,000 fits the 1,000,000 budget; a 17th would not.
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(16);
        } finally {
            pool.shutdownNow();
        }
        DocumentContext p = read();
        assertThat(lineField(p, "ground", "paid")).isEqualByComparingTo("960000");
        assertThat(lineField(p, "ground", "remaining")).isEqualByComparingTo("40000");
        assertThat(p.read("$.payments", List.class)).hasSize(16);
        assertThat(journal.balance(Account.idOf(AccountKind.EXPENSE, "kazcosmos", programme + "/ground",
                Currency.EUR), null)).isEqualTo(Money.of("960000", Currency.EUR));
        assertThat(journal.totals().values()).allSatisfy(total -> assertThat(total.minor()).isZero());
    }

    @Test
    void badAmountsNameAmountAndOtherRefusalsNameTheirField() {
        for (String amount : List.of("12.345", "0", "-5")) {
            DocumentContext problem = TestRecords.problem(pay(Principals.OPERATOR, "ground", amount, today,
                    "X-" + amount + programme), 400);
            assertThat(TestRecords.errorFields(problem)).as(amount).containsExactly("amount");
        }
        assertThat(TestRecords.errorFields(TestRecords.problem(pay(Principals.OPERATOR, "no-such-line", "10", today,
                "X1-" + programme), 400))).containsExactly("line");
        assertThat(TestRecords.errorFields(TestRecords.problem(pay(Principals.OPERATOR, "ground", "10",
                today.plusDays(1), "X2-" + programme), 400))).containsExactly("date");
        assertThat(TestRecords.errorFields(TestRecords.problem(post(Principals.OPERATOR,
                "/api/v1/programmes/" + programme + "/payments", paymentJson("ground", "10", "USD", today,
                        "X3-" + programme)), 400))).containsExactly("currency");
        assertThat(TestRecords.errorFields(TestRecords.problem(post(Principals.OPERATOR,
                "/api/v1/programmes/" + programme + "/commitments", """
                        {"line": "ground", "amount": 10, "currency": "EUR", "date": "%s", "documentRef": "X4"}"""
                        .formatted(today)), 400))).containsExactly("counterparty");
        assertThat(post(Principals.OPERATOR, "/api/v1/programmes/no-such-programme/payments",
                paymentJson("ground", "10", "EUR", today, "X5"))).hasStatus(404);
        assertThat(read().read("$.payments", List.class)).isEmpty();
    }

    @Test
    void aDocumentIsRecordedOnceASecondPaymentWithItIsAConflict() {
        String doc = "DUP-" + programme;
        assertThat(pay(Principals.OPERATOR, "ground", "1000", today, doc)).hasStatus(201);

        DocumentContext problem = TestRecords.problem(pay(Principals.HOST, "rocket", "1000", today, doc), 409);

        assertThat(problem.read("$.code", String.class)).isEqualTo("programme.payment.document-recorded");
        assertThat(TestRecords.errorFields(problem)).containsExactly("documentRef");
        assertThat(read().read("$.payments", List.class)).hasSize(1);
    }

    @Test
    void aTenantAnAuditorAndALesseeGet403AndAnAnonymousCaller401() {
        for (Principals.Member member : List.of(Principals.SKYROOT, Principals.AUDITOR, Principals.LESSEE)) {
            assertThat(pay(member, "ground", "10", today, "T-" + programme)).as(member.username()).hasStatus(403);
            assertThat(post(member, "/api/v1/programmes/" + programme + "/commitments", """
                    {"line": "ground", "amount": 10, "currency": "EUR", "date": "%s", "counterparty": "x",
                     "documentRef": "T"}""".formatted(today))).as(member.username()).hasStatus(403);
        }
        assertThat(mvc.post().uri("/api/v1/programmes/" + programme + "/payments")
                .contentType(MediaType.APPLICATION_JSON).content(paymentJson("ground", "10", "EUR", today, "T"))
                .exchange()).hasStatus(401);
        assertThat(read().read("$.payments", List.class)).isEmpty();
    }

    @Test
    void theJournalStaysBalancedAfterPaymentsAndCommitments() {
        assertThat(pay(Principals.OPERATOR, "ground", "1234.56", today.minusDays(3), "J1-" + programme))
                .hasStatus(201);
        assertThat(post(Principals.OPERATOR, "/api/v1/programmes/" + programme + "/commitments", """
                {"line": "ground", "amount": 5000.5, "currency": "EUR", "date": "%s", "counterparty": "Builder",
                 "documentRef": "J2-%s"}""".formatted(today, programme))).hasStatus(201);

        Map<Currency, Money> totals = journal.totals();
        assertThat(totals).isNotEmpty();
        assertThat(totals.values()).allSatisfy(total -> assertThat(total.minor()).isZero());
        assertThat(journal.balance(Account.idOf(AccountKind.CASH, "kazcosmos", programme + "/ground", Currency.EUR),
                null)).isEqualTo(Money.of("-1234.56", Currency.EUR));
        assertThat(journal.balance(Account.idOf(AccountKind.COMMITMENT, "kazcosmos", programme + "/ground",
                Currency.EUR), null)).isEqualTo(Money.of("5000.50", Currency.EUR));
    }

    private MockHttpSession signIn(Principals.Member member) {
        principals.ensure(member);
        MockHttpSession session = new MockHttpSession();
        assertThat(mvc.post().uri("/login").session(session).with(csrf()).param("username", member.username())
                .param("password", Principals.PASSWORD).exchange()).hasStatus3xxRedirection();
        return session;
    }

    @Test
    void theOperatorRecordsAPaymentInTheConsoleWithRefusalsBesideTheField() {
        MockHttpSession session = signIn(Principals.OPERATOR);
        String page = "/finance/programmes/" + programme;
        assertThat(TestRecords.body(mvc.get().uri(page + "?lang=en").session(session).exchange()))
                .contains("data-testid=\"payment-form\"");

        MvcTestResult refused = mvc.post().uri(page + "/payments?lang=en").session(session).with(csrf())
                .param("line", "ground").param("amount", "10.001").param("date", today.toString())
                .param("documentRef", "F-" + programme).exchange();
        assertThat(refused).hasStatus(422);
        assertThat(TestRecords.body(refused)).contains("id=\"payment-amount-error\"",
                "more decimals than the currency has", "value=\"10.001\"");

        MvcTestResult recorded = mvc.post().uri(page + "/payments").session(session).with(csrf())
                .param("line", "ground").param("amount", "2500").param("date", today.toString())
                .param("documentRef", "F-" + programme).param("description", "Site works").exchange();
        assertThat(recorded).hasStatus3xxRedirection();
        assertThat(lineField(read(), "ground", "paid")).isEqualByComparingTo("2500");
        assertThat(TestRecords.body(mvc.get().uri(page + "?lang=ru").session(session).exchange()))
                .contains("data-testid=\"payments\"", "F-" + programme, "Записать платёж");

        MvcTestResult withoutToken = mvc.post().uri(page + "/payments").session(session)
                .param("line", "ground").param("amount", "1").param("date", today.toString())
                .param("documentRef", "G-" + programme).exchange();
        assertThat(withoutToken).hasStatus(403);
    }

    @Test
    void aLesseeSeesTheProgrammeButNoPaymentFormAndCannotPostIt() {
        MockHttpSession session = signIn(Principals.LESSEE);
        String page = "/finance/programmes/" + programme;

        MvcTestResult shown = mvc.get().uri(page + "?lang=kk").session(session).exchange();
        assertThat(shown).hasStatusOk();
        assertThat(TestRecords.body(shown)).doesNotContain("data-testid=\"payment-form\"");
        assertThat(mvc.post().uri(page + "/payments").session(session).with(csrf()).param("line", "ground")
                .param("amount", "1").param("date", today.toString()).param("documentRef", "L-" + programme)
                .exchange()).hasStatus(403);
        assertThat(read().read("$.payments", List.class)).isEmpty();
    }
}
