package org.cosmodrome.finance.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.TestRecords.errorFields;
import static org.cosmodrome.TestRecords.json;
import static org.cosmodrome.TestRecords.problem;

import java.util.List;

import org.cosmodrome.Principals;
import org.cosmodrome.RegistryContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The exchange rates, kept by finance, through the API: public to read, entered and imported by the operator. */
@RegistryContext
class ExchangeRateApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    @Autowired
    JdbcClient jdbc;

    private MvcTestResult put(String uri, String token, String body) {
        var request = mvc.put().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body);
        return (token == null ? request : request.header(HttpHeaders.AUTHORIZATION, token)).exchange();
    }

    private long ledgerEntries(String command, String target) {
        return jdbc.sql("select count(*) from ledger.entry where command = ? and target_id = ?")
                .params(command, target).query(Long.class).single();
    }

    @Test
    void theOperatorEntersARateAndImportsCsvEachInTheLedger() {
        MvcTestResult entered = put("/api/v1/exchange-rates/RUB/2025-06-03", principals.operator(),
                "{\"kzt\": 6.45, \"source\": \"test: approximate\"}");
        MvcTestResult imported = mvc.post().uri("/api/v1/exchange-rates")
                .header(HttpHeaders.AUTHORIZATION, principals.operator()).contentType("text/csv")
                .content("currency,date,kzt,source\nRUB,2025-06-02,6.40,test\nUSD,2025-06-02,511.5,test, approximate\n")
                .exchange();

        assertThat(entered).hasStatusOk();
        assertThat(json(entered).read("$.on", String.class)).isEqualTo("2025-06-03");
        assertThat(imported).hasStatusOk();
        assertThat(json(imported).read("$.length()", Integer.class)).isEqualTo(2);
        assertThat(json(mvc.get().uri("/api/v1/exchange-rates/USD/2025-06-02").exchange())
                .read("$.source", String.class)).isEqualTo("test, approximate");
        assertThat(ledgerEntries("exchange-rate.recorded", "RUB/2025-06-03")).isEqualTo(1);
        assertThat(ledgerEntries("exchange-rate.recorded", "RUB/2025-06-02")).isEqualTo(1);
    }

    @Test
    void theListShowsEveryRateNewestFirstIncludingTheDataSetsApproximateOnes() {
        List<String> days = json(mvc.get().uri("/api/v1/exchange-rates").exchange()).read("$[*].on");
        List<String> sources = json(mvc.get().uri("/api/v1/exchange-rates").exchange())
                .read("$[?(@.currency == 'EUR' && @.on == '2025-06-04')].source");

        assertThat(days).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(sources).singleElement().asString().contains("ASSUMPTION");
    }

    @Test
    void aDayWithoutItsOwnRateIsNotFoundEvenWhenAnEarlierDayHasOne() {
        assertThat(mvc.get().uri("/api/v1/exchange-rates/EUR/2025-06-05").exchange()).hasStatus(404);
    }

    @Test
    void aMalformedCsvLineIsRefusedNamingTheLineAndColumn() {
        MvcTestResult refused = mvc.post().uri("/api/v1/exchange-rates")
                .header(HttpHeaders.AUTHORIZATION, principals.operator()).contentType("text/csv")
                .content("RUB,2025-06-01,6.4,test\nRUB,2025-06-01,abc,test\n").exchange();

        assertThat(errorFields(problem(refused, 400))).containsExactly("line[2].kzt");
    }

    @Test
    void aRateForAnUnknownCurrencyOrForTengeIsRefusedNamingTheCurrency() {
        assertThat(errorFields(problem(put("/api/v1/exchange-rates/GBP/2025-06-03", principals.operator(),
                "{\"kzt\": 650, \"source\": \"test\"}"), 400))).containsExactly("currency");
        assertThat(errorFields(problem(put("/api/v1/exchange-rates/KZT/2025-06-03", principals.operator(),
                "{\"kzt\": 1, \"source\": \"test\"}"), 400))).containsExactly("currency");
    }

    @Test
    void onlyTheOperatorEntersRates() {
        assertThat(put("/api/v1/exchange-rates/EUR/2025-06-05", null, "{\"kzt\": 590, \"source\": \"t\"}"))
                .hasStatus(401);
        assertThat(put("/api/v1/exchange-rates/EUR/2025-06-05", principals.bearer(Principals.AUDITOR),
                "{\"kzt\": 590, \"source\": \"t\"}")).hasStatus(403);
    }
}
