package org.cosmodrome.auctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cosmodrome.Principals;
import org.cosmodrome.Principals.Member;
import org.cosmodrome.ServedContext;
import org.cosmodrome.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A thousand bids fired at one lot at once over real HTTP, from ten bidders on a hundred connections: the lot's row
 * lock takes them one at a time, so the history stays consistent.
 */
@ServedContext
class BidStormTests {

    private static final int BIDS = 1_000;
    private static final List<String> ORGANISATIONS = List.of("deep-blue-aerospace", "skyroot-aerospace",
            "hyimpulse", "ohb", "rfa", "airbus-defence-and-space", "ses", "nckit", "khrunichev", "rsc-progress");

    @LocalServerPort
    int port;

    @Autowired
    Principals principals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BidBook book;

    private HttpResponse<String> post(HttpClient http, String path, String bearer, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(120)).header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aThousandSimultaneousBidsLeaveOneConsistentHistoryWonByTheHighestValidBid() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Instant now = Instant.now();
        String lot = TestLots.english(jdbc, 10_000, null, now.minusSeconds(60), now.plus(Duration.ofHours(2)),
                Duration.ZERO);
        List<String> bearers = new ArrayList<>();
        for (String organisation : ORGANISATIONS) {
            String bearer = principals.bearer(new Member("t-storm-" + organisation, organisation, Role.BIDDER));
            bearers.add(bearer);
            assertThat(post(http, "/api/v1/lots/" + lot + "/registrations", bearer, null).statusCode()).isEqualTo(201);
            assertThat(post(http, "/api/v1/lots/" + lot + "/registrations/" + organisation + "/deposit",
                    principals.operator(), null).statusCode()).isEqualTo(200);
        }

        // Amounts overlap on purpose: many bids tie or fall below the increment of a price another bid just set.
        SplittableRandom random = new SplittableRandom(20250604);
        record Fired(int bidder, long amount, Long maximum) {
        }
        List<Fired> fired = new ArrayList<>();
        for (int i = 0; i < BIDS; i++) {
            long amount = 10_000 + 1_000L * random.nextInt(0, 400);
            Long maximum = random.nextInt(4) == 0 ? amount + 1_000L * random.nextInt(0, 100) : null;
            fired.add(new Fired(random.nextInt(ORGANISATIONS.size()), amount, maximum));
        }
        ExecutorService clients = Executors.newFixedThreadPool(100);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (Fired bid : fired) {
                String body = bid.maximum() == null ? "{\"amount\": " + bid.amount() + "}"
                        : "{\"amount\": " + bid.amount() + ", \"maximum\": " + bid.maximum() + "}";
                answers.add(clients.submit(() -> {
                    gate.await();
                    return post(http, "/api/v1/lots/" + lot + "/bids", bearers.get(bid.bidder()), body);
                }));
            }
            gate.countDown();
            Map<Integer, Integer> statuses = new HashMap<>();
            for (Future<HttpResponse<String>> answer : answers) {
                statuses.merge(answer.get(180, TimeUnit.SECONDS).statusCode(), 1, Integer::sum);
            }
            assertThat(statuses.keySet()).containsOnly(201, 409);
            assertThat(statuses.get(201)).isPositive();
        } finally {
            clients.shutdownNow();
        }

        // Every bid was taken once, in one order, and answered as stored.
        List<Integer> seqs = jdbc.sql("select seq from auctions.bid where lot_id = ? order by seq").param(lot)
                .query(Integer.class).list();
        assertThat(seqs).hasSize(BIDS);
        assertThat(seqs.get(BIDS - 1)).isEqualTo(BIDS);
        List<Long> prices = jdbc.sql("select amount from auctions.price_step where lot_id = ? order by number")
                .param(lot).query(Long.class).list();
        assertThat(prices).doesNotHaveDuplicates().isSorted();
        List<Instant> times = jdbc.sql("select at from auctions.bid where lot_id = ? order by seq").param(lot)
                .query(java.sql.Timestamp.class).list().stream().map(java.sql.Timestamp::toInstant).toList();
        assertThat(times).isSorted();
        System.out.printf("%d bids on one lot taken in %d ms by the server%n", BIDS,
                Duration.between(times.get(0), times.get(BIDS - 1)).toMillis());

        // The highest valid commitment wins: the largest amount or maximum among accepted bids.
        long highest = jdbc.sql("""
                select max(greatest(amount, coalesce(maximum, 0))) from auctions.bid
                where lot_id = ? and outcome = 'ACCEPTED'""").param(lot).query(Long.class).single();
        String leader = jdbc.sql("""
                select bidder from auctions.price_step where lot_id = ? order by number desc limit 1""")
                .param(lot).query(String.class).single();
        List<String> committedHighest = jdbc.sql("""
                select bidder from auctions.bid where lot_id = ? and outcome = 'ACCEPTED'
                and greatest(amount, coalesce(maximum, 0)) = ? order by seq""").params(lot, highest)
                .query(String.class).list();
        assertThat(leader).isEqualTo(committedHighest.get(0));

        long ledgered = jdbc.sql("""
                select count(*) from ledger.entry where target_type = 'lot' and target_id = ?
                and command in ('lot.bid.accepted', 'lot.bid.refused')""").param(lot).query(Long.class).single();
        assertThat(ledgered).isEqualTo(BIDS);
        StoredHistory.assertReplaysAsStored(book, lot);
    }
}
