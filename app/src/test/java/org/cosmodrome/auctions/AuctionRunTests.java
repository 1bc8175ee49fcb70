package org.cosmodrome.auctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Principals;
import org.cosmodrome.Principals.Member;
import org.cosmodrome.TestRecords;
import org.cosmodrome.platform.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Whole auctions run through the API on a clock the test moves: an English auction with proxy bids, refusals and a
 * soft-close extension, to the winner's refusal, the next bidder's offer and payment; and Dutch auctions falling to
 * their floor, unsold, and settled by a sealed round. The closing sweep is off here: a lot closes when it is read.
 */
@SpringBootTest(properties = {"cosmodrome.auctions.close-lots=false", "cosmodrome.manifest.plan-on-startup=false"})
@AutoConfigureMockMvc
@Import({Principals.class, AuctionRunTests.Time.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuctionRunTests {

    static final Member DEEP_BLUE = Principals.BIDDER;
    static final Member OHB = new Member("t-bidder-ohb", "ohb", Role.BIDDER);
    static final Member RFA = new Member("t-bidder-rfa", "rfa", Role.BIDDER);
    static final Member BAITEREK = new Member("t-bidder-baiterek", "jv-baiterek", Role.BIDDER);

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        ControlledClock controlledClock() {
            return new ControlledClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    @Autowired
    ControlledClock clock;

    @Autowired
    Clock anyClock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BidBook book;

    private MvcTestResult post(Member member, String path, String body) {
        var request = mvc.post().uri(path).header(HttpHeaders.AUTHORIZATION, principals.bearer(member));
        return body == null ? request.exchange() : request.contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult operatorPost(String path) {
        return mvc.post().uri(path).header(HttpHeaders.AUTHORIZATION, principals.operator()).exchange();
    }

    private MvcTestResult bid(Member member, String lot, String body) {
        return post(member, "/api/v1/lots/" + lot + "/bids", body);
    }

    private DocumentContext standing(String lot) {
        MvcTestResult result = mvc.get().uri("/api/v1/lots/" + lot + "/standing")
                .header(HttpHeaders.AUTHORIZATION, principals.operator()).exchange();
        assertThat(result).hasStatusOk();
        return TestRecords.json(result);
    }

    private void registerWithDeposit(String lot, Member member) {
        assertThat(post(member, "/api/v1/lots/" + lot + "/registrations", null)).hasStatus(201);
        assertThat(operatorPost("/api/v1/lots/" + lot + "/registrations/" + member.organization() + "/deposit"))
                .hasStatusOk();
    }

    private String refusal(MvcTestResult result, String field) {
        DocumentContext problem = TestRecords.problem(result, 409);
        assertThat(TestRecords.errorFields(problem)).contains(field);
        return problem.read("$.code");
    }

    private long ledgerEntries(String lot, String commandPrefix) {
        return jdbc.sql("select count(*) from ledger.entry where target_type = 'lot' and target_id = ? and command like ?")
                .params(lot, commandPrefix + "%").query(Long.class).single();
    }

    @Test
    void theClockOfTheApplicationIsTheTestsClock() {
        assertThat(anyClock).isSameAs(clock);
    }

    @Test
    void anEnglishAuctionWithProxyBidsAndASoftCloseRunsToTheNextBiddersPayment() {
        Instant start = clock.instant();
        Instant opens = start.plus(Duration.ofHours(1));
        Instant closes = opens.plus(Duration.ofHours(4));
        String lot = TestLots.english(jdbc, 80_000, 95_000L, opens, closes, Duration.ofMinutes(10));

        registerWithDeposit(lot, DEEP_BLUE);
        registerWithDeposit(lot, OHB);
        assertThat(post(RFA, "/api/v1/lots/" + lot + "/registrations", null)).hasStatus(201);
        assertThat(refusal(post(BAITEREK, "/api/v1/lots/" + lot + "/registrations", null), "bidder"))
                .isEqualTo("seller-party");

        assertThat(refusal(bid(DEEP_BLUE, lot, "{\"amount\": 80000}"), "at")).isEqualTo("bid-not-open");

        clock.set(opens.plusSeconds(60));
        // Deep Blue bids the starting price with a hidden maximum of 100,000.
        MvcTestResult first = bid(DEEP_BLUE, lot, "{\"amount\": 80000, \"maximum\": 100000}");
        assertThat(first).hasStatus(201);
        assertThat(TestRecords.json(first).read("$.leading", Boolean.class)).isTrue();
        // The reserve (95,000) is below the maximum, so the proxy lifts the price to the reserve at once.
        assertThat(TestRecords.json(first).read("$.price", Long.class)).isEqualTo(95_000L);

        clock.advance(Duration.ofMinutes(5));
        MvcTestResult outbid = bid(OHB, lot, "{\"amount\": 96000}");
        assertThat(outbid).hasStatus(201);
        DocumentContext outbidView = TestRecords.json(outbid);
        assertThat(outbidView.read("$.leading", Boolean.class)).isFalse();
        assertThat(outbidView.read("$.price", Long.class)).isEqualTo(97_000L);
        assertThat(outbidView.read("$.prices[1].automatic", Boolean.class)).isTrue();

        clock.advance(Duration.ofMinutes(5));
        assertThat(refusal(bid(OHB, lot, "{\"amount\": 97500}"), "amount")).isEqualTo("bid-below-increment");
        assertThat(refusal(bid(OHB, lot, "{\"amount\": 97000}"), "amount")).isEqualTo("bid-tie");
        assertThat(refusal(bid(RFA, lot, "{\"amount\": 120000}"), "bidder")).isEqualTo("bid-deposit-not-paid");
        assertThat(refusal(bid(BAITEREK, lot, "{\"amount\": 120000}"), "bidder")).isEqualTo("bid-seller-party");
        assertThat(refusal(bid(principalsOf("t-bidder-ses", "ses"), lot, "{\"amount\": 120000}"), "bidder"))
                .isEqualTo("bid-not-registered");
        DocumentContext fraction = TestRecords.problem(bid(OHB, lot, "{\"amount\": 98000.5}"), 400);
        assertThat(TestRecords.errorFields(fraction)).containsExactly("amount");

        // Two minutes before the close, OHB's proxy tops Deep Blue's maximum: the close moves 10 minutes on.
        clock.set(closes.minus(Duration.ofMinutes(2)));
        MvcTestResult late = bid(OHB, lot, "{\"amount\": 98000, \"maximum\": 130000}");
        assertThat(late).hasStatus(201);
        DocumentContext lateView = TestRecords.json(late);
        assertThat(lateView.read("$.leading", Boolean.class)).isTrue();
        assertThat(lateView.read("$.price", Long.class)).isEqualTo(105_000L);
        Instant extended = closes.plus(Duration.ofMinutes(8));
        assertThat(Instant.parse(lateView.read("$.closesAt", String.class))).isEqualTo(extended);

        clock.set(extended.minusSeconds(30));
        assertThat(bid(DEEP_BLUE, lot, "{\"amount\": 140000}")).hasStatus(201);
        Instant extendedAgain = extended.minusSeconds(30).plus(Duration.ofMinutes(10));
        assertThat(Instant.parse(standing(lot).read("$.endsAt", String.class))).isEqualTo(extendedAgain);
        assertThat(standing(lot).read("$.status", String.class)).isEqualTo("PUBLISHED");

        clock.set(extendedAgain);
        assertThat(refusal(bid(OHB, lot, "{\"amount\": 150000}"), "at")).isEqualTo("bid-late");
        DocumentContext closed = standing(lot);
        assertThat(closed.read("$.status", String.class)).isEqualTo("CLOSED");
        assertThat(closed.read("$.winner", String.class)).isEqualTo("deep-blue-aerospace");
        assertThat(closed.read("$.winningPrice", Long.class)).isEqualTo(140_000L);
        assertThat(refusal(bid(OHB, lot, "{\"amount\": 160000}"), "at")).isEqualTo("bid-late");

        // The winner refuses to pay: its deposit is forfeited and OHB is offered the lot at its own best bid.
        assertThat(post(DEEP_BLUE, "/api/v1/lots/" + lot + "/offers/1/refusal", null)).hasStatus(204);
        MvcTestResult offers = mvc.get().uri("/api/v1/lots/" + lot + "/offers")
                .header(HttpHeaders.AUTHORIZATION, principals.operator()).exchange();
        DocumentContext offerList = TestRecords.json(offers);
        assertThat(offerList.read("$[*].state", List.class)).containsExactly("REFUSED", "OPEN");
        assertThat(offerList.read("$[1].bidder", String.class)).isEqualTo("ohb");
        assertThat(offerList.read("$[1].price", Long.class)).as("its proxy went to its maximum").isEqualTo(130_000L);
        assertThat(operatorPost("/api/v1/lots/" + lot + "/offers/2/payment")).hasStatus(204);
        assertThat(standing(lot).read("$.status", String.class)).isEqualTo("SOLD");

        Map<String, String> deposits = Map.copyOf(jdbc.sql(
                "select bidder, deposit_state from auctions.registration where lot_id = ?").param(lot)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertThat(deposits).containsEntry("deep-blue-aerospace", "FORFEITED").containsEntry("ohb", "APPLIED")
                .containsEntry("rfa", "DUE");

        // Every bid is in the ledger, and so is the result.
        long bids = jdbc.sql("select count(*) from auctions.bid where lot_id = ?").param(lot).query(Long.class)
                .single();
        assertThat(ledgerEntries(lot, "lot.bid.")).isEqualTo(bids).isEqualTo(12);
        assertThat(ledgerEntries(lot, "lot.closed")).isEqualTo(1);
        assertThat(ledgerEntries(lot, "lot.sold")).isEqualTo(1);
        assertThat(ledgerEntries(lot, "lot.deposit.forfeited")).isEqualTo(1);

        // The stored bids replay to the same outcomes and the same standing prices.
        StoredHistory.assertReplaysAsStored(book, lot);

        // The seller's results: in CSV and on the results page.
        MvcTestResult csv = mvc.get().uri("/api/v1/lot-results.csv")
                .header(HttpHeaders.AUTHORIZATION, principals.operator()).exchange();
        assertThat(csv).hasStatusOk();
        assertThat(TestRecords.body(csv)).startsWith("lot,title,format,status")
                .contains(lot + ",Test lot " + lot + ",ENGLISH,SOLD,EUR,80000,12,")
                .contains(",ohb,130000,2,PAID,");
        assertThat(mvc.get().uri("/api/v1/lot-results.csv")
                .header(HttpHeaders.AUTHORIZATION, principals.bearer(OHB)).exchange()).hasStatus(403);
        var session = principals.consoleSession(mvc, Principals.OPERATOR);
        MvcTestResult page = mvc.get().uri("/auctions/results?lang=en").session(session).exchange();
        assertThat(page).hasStatusOk();
        assertThat(TestRecords.body(page)).contains("Test lot " + lot, "/auctions/results.csv");
        assertThat(TestRecords.body(mvc.get().uri("/auctions/results.csv").session(session).exchange()))
                .contains(",ohb,130000,2,PAID,");
    }

    private Member principalsOf(String user, String organization) {
        return new Member(user, organization, Role.BIDDER);
    }

    @Test
    void aDutchAuctionNobodyAcceptsFallsToItsFloorAndEndsUnsold() {
        Instant opens = clock.instant().plus(Duration.ofMinutes(30));
        String lot = TestLots.dutch(jdbc, 520_000, 50, Duration.ofMinutes(10), opens, null);
        registerWithDeposit(lot, DEEP_BLUE);
        long[] seen = new long[12];
        for (int step = 0; step <= 11; step++) {
            clock.set(opens.plus(Duration.ofMinutes(10L * step)).plusSeconds(1));
            DocumentContext s = standing(lot);
            seen[step] = s.read("$.price", Long.class);
            if (step <= 10) {
                assertThat(s.read("$.status", String.class)).isEqualTo("PUBLISHED");
            }
        }
        assertThat(seen[0]).isEqualTo(520_000);
        assertThat(seen[1]).isEqualTo(494_000);
        assertThat(seen[10]).isEqualTo(260_000);
        assertThat(standing(lot).read("$.status", String.class)).isEqualTo("UNSOLD");
        assertThat(refusal(bid(DEEP_BLUE, lot, "{\"kind\": \"ACCEPT\"}"), "at")).isEqualTo("bid-late");
        assertThat(jdbc.sql("select deposit_state from auctions.registration where lot_id = ?").param(lot)
                .query(String.class).single()).isEqualTo("REFUNDED");
        assertThat(ledgerEntries(lot, "lot.closed")).isEqualTo(1);
    }

    @Test
    void aDutchAuctionAcceptedByTwoBiddersIsDecidedBySealedBids() {
        Instant opens = clock.instant().plus(Duration.ofMinutes(30));
        String lot = TestLots.dutch(jdbc, 520_000, 50, Duration.ofMinutes(10), opens, Duration.ofMinutes(30));
        registerWithDeposit(lot, DEEP_BLUE);
        registerWithDeposit(lot, OHB);
        clock.set(opens.plus(Duration.ofMinutes(42)));
        assertThat(refusal(bid(DEEP_BLUE, lot, "{\"kind\": \"ACCEPT\", \"amount\": 520000}"), "amount"))
                .isEqualTo("bid-price-moved");
        assertThat(bid(DEEP_BLUE, lot, "{\"kind\": \"ACCEPT\", \"amount\": 416000}")).hasStatus(201);
        clock.advance(Duration.ofMinutes(3));
        assertThat(bid(OHB, lot, "{\"kind\": \"ACCEPT\"}")).hasStatus(201);

        Instant round = opens.plus(Duration.ofMinutes(50));
        clock.set(round.plusSeconds(10));
        assertThat(refusal(bid(OHB, lot, "{\"kind\": \"SEALED\", \"amount\": 400000}"), "amount"))
                .isEqualTo("bid-sealed-below-price");
        assertThat(bid(OHB, lot, "{\"kind\": \"SEALED\", \"amount\": 450000}")).hasStatus(201);
        assertThat(bid(DEEP_BLUE, lot, "{\"kind\": \"SEALED\", \"amount\": 430000}")).hasStatus(201);
        assertThat(standing(lot).read("$.status", String.class)).isEqualTo("PUBLISHED");

        clock.set(round.plus(Duration.ofMinutes(30)));
        DocumentContext closed = standing(lot);
        assertThat(closed.read("$.status", String.class)).isEqualTo("CLOSED");
        assertThat(closed.read("$.winner", String.class)).isEqualTo("ohb");
        assertThat(closed.read("$.winningPrice", Long.class)).isEqualTo(450_000L);
        assertThat(ledgerEntries(lot, "lot.bid.")).isEqualTo(6);
        StoredHistory.assertReplaysAsStored(book, lot);

        // OHB lets the payment term lapse: its deposit is forfeited and Deep Blue is offered the lot.
        clock.advance(Duration.ofDays(10));
        standing(lot);
        assertThat(jdbc.sql("select state from auctions.offer where lot_id = ? order by round").param(lot)
                .query(String.class).list()).containsExactly("LAPSED", "OPEN");
        assertThat(jdbc.sql("select price from auctions.offer where lot_id = ? and round = 2").param(lot)
                .query(Long.class).single()).isEqualTo(430_000L);
    }
}
