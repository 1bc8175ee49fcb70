package org.cosmodrome.auctions.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.cosmodrome.Principals;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The auction catalogue and a lot's page as the server renders them. */
@RegistryContext
class AuctionPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    @Autowired
    JdbcClient jdbc;


    private String page(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return TestRecords.body(result);
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "ru", "kk"})
    void theCatalogueListsThe2025LotsInEveryLanguage(String language) {
        String html = page("/auctions?lang=" + language);

        assertThat(html.split("data-testid=\"lot-row\"", -1)).hasSizeGreaterThanOrEqualTo(10);
        assertThat(html).contains("data-id=\"baiterek-2025-a1\"", "data-testid=\"lot-filters\"")
                .doesNotContain("??");
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "ru", "kk"})
    void aHistoricalLotsPageSaysItsOutcomeIsUnknownInEveryLanguage(String language) {
        String html = page("/auctions/lots/baiterek-2025-a1?lang=" + language);

        assertThat(html).contains("id=\"lot-price\"", "data-testid=\"lot-historical\"", "id=\"bid-history\"",
                "data-testid=\"bid-history-empty\"", "data-id=\"bt2025-metal-45-1\"", "href=\"/pads/45-1\"")
                .doesNotContain("??", "id=\"lot-time-left\"");
    }

    @Test
    void theCatalogueFiltersByAssetKind() {
        String html = page("/auctions?kind=LOCOMOTIVE&lang=en");

        assertThat(html.split("data-testid=\"lot-row\"", -1)).hasSize(2);
        assertThat(html).contains("data-id=\"baiterek-2025-t3\"", "Diesel locomotives");
    }

    @Test
    void aLotPageShowsTheEuroPriceInTengeWithTheRateAndDay() {
        String html = page("/auctions/lots/baiterek-2025-a3?lang=en");

        assertThat(html).contains("data-testid=\"lot-converted\"", "587", "Jun 4, 2025", "ASSUMPTION");
    }

    @Test
    void anUnknownLotIsNotFound() {
        assertThat(mvc.get().uri("/auctions/lots/no-such-lot?lang=en").exchange()).hasStatus(404);
    }

    @Test
    void aPublishedLotShowsTheTimeLeftAndItsBidHistoryWithBidderNumbersToThePublicAndNamesToTheAuditor() {
        String id = TestRecords.uniqueId("test-lot");
        String asset = TestRecords.uniqueId("test-asset");
        String operator = principals.operator();
        Instant opens = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        assertThat(mvc.post().uri("/api/v1/assets").header(HttpHeaders.AUTHORIZATION, operator)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"id": "%s", "kind": "CABLE", "description": "Test cable", "quantity": 100, "unit": "METRE",
                         "condition": "SCRAP", "siteId": "45", "location": "Duct"}""".formatted(asset)).exchange())
                .hasStatus(201);
        mvc.post().uri("/api/v1/assets/" + asset + "/decommissioning").header(HttpHeaders.AUTHORIZATION, operator)
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"obsolete\"}").exchange();
        assertThat(mvc.post().uri("/api/v1/lots").header(HttpHeaders.AUTHORIZATION, operator)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"id": "%s", "lot": {"title": "Test cable lot", "format": "ENGLISH", "currency": "EUR",
                         "startingPrice": 1000, "reservePrice": 4321, "increments": [{"from": 0, "increment": 100}],
                         "depositPercent": 10, "paymentDays": 10, "opensAt": "%s", "closesAt": "%s",
                         "viewingFrom": "2026-01-01", "viewingTo": "2026-01-02", "assets": ["%s"]}}"""
                        .formatted(id, opens, opens.plus(2, ChronoUnit.DAYS), asset)).exchange()).hasStatus(201);
        mvc.post().uri("/api/v1/lots/" + id + "/publication").header(HttpHeaders.AUTHORIZATION, operator).exchange();
        jdbc.sql("insert into auctions.registration (lot_id, bidder, number, registered_at, registered_by, deposit)"
                + " values (?, 'deep-blue-aerospace', 7, now(), 't-bidder', 100)").param(id).update();
        jdbc.sql("insert into auctions.bid (lot_id, seq, bidder, submitted_by, kind, amount, at, outcome)"
                + " values (?, 1, 'deep-blue-aerospace', 't-bidder', 'BID', 1000, now(), 'ACCEPTED')").param(id)
                .update();
        jdbc.sql("insert into auctions.price_step (lot_id, number, bid_seq, bidder, amount, automatic, at)"
                + " values (?, 1, 1, 'deep-blue-aerospace', 1000, false, now())").param(id).update();

        String anonymous = page("/auctions/lots/" + id + "?lang=en");
        String auditor = TestRecords.body(mvc.get().uri("/auctions/lots/" + id + "?lang=en")
                .session(principals.consoleSession(mvc, Principals.AUDITOR)).exchange());

        assertThat(anonymous).contains("id=\"lot-time-left\"", "id=\"lot-closes-at\"", "datetime=\"",
                        "data-testid=\"bid-history-row\"", "Bidder 7")
                .doesNotContain("deep-blue-aerospace", "Deep Blue", "data-testid=\"lot-reserve\"", "4,321",
                        "bid-history-empty");
        assertThat(auditor).contains("data-testid=\"lot-reserve\"", "Bidder 7 (");
    }
}
