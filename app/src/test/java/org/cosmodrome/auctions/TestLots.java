package org.cosmodrome.auctions;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.cosmodrome.TestRecords;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Published lots for bidding tests, sold by the Baiterek joint venture, with no assets. */
public final class TestLots {

    private TestLots() {
    }

    /**
     * An English lot: increments of 1,000 below EUR 100,000, 5,000 from there; deposit 10%; payment within 10 days.
     *
     * @param reserve the hidden reserve, or {@code null}
     * @param softClose a bid in this last stretch extends the close by as much, capped at six times it
     */
    public static String english(JdbcClient jdbc, long startingPrice, Long reserve, Instant opensAt, Instant closesAt,
            Duration softClose) {
        String id = TestRecords.uniqueId("test-lot-english");
        jdbc.sql("""
                insert into auctions.lot (id, title, seller, format, currency, starting_price, reserve_price,
                    increments, soft_close_window_seconds, soft_close_extension_seconds, soft_close_cap_seconds,
                    deposit_percent, payment_days, opens_at, first_closes_at, closes_at, status, recorded_at,
                    recorded_by)
                values (?, ?, 'jv-baiterek', 'ENGLISH', 'EUR', ?, ?,
                    '[{"from":0,"increment":1000},{"from":100000,"increment":5000}]'::jsonb, ?, ?, ?, 10, 10, ?, ?, ?,
                    'PUBLISHED', ?, 'test')""")
                .params(id, "Test lot " + id, startingPrice, reserve, softClose.toSeconds(), softClose.toSeconds(),
                        softClose.multipliedBy(6).toSeconds(), Timestamp.from(opensAt), Timestamp.from(closesAt),
                        Timestamp.from(closesAt), Timestamp.from(opensAt))
                .update();
        return id;
    }

    /** A Dutch lot falling to {@code floorPercent} of the starting price in ten steps; deposit 10%. */
    public static String dutch(JdbcClient jdbc, long startingPrice, int floorPercent, Duration stepEvery,
            Instant opensAt, Duration sealedRound) {
        String id = TestRecords.uniqueId("test-lot-dutch");
        DutchTerms terms = DutchTerms.toFloor(startingPrice, floorPercent, 10, stepEvery, opensAt, sealedRound);
        jdbc.sql("""
                insert into auctions.lot (id, title, seller, format, currency, starting_price, dutch_floor, dutch_step,
                    dutch_step_seconds, sealed_round_seconds, deposit_percent, payment_days, opens_at, status,
                    recorded_at, recorded_by)
                values (?, ?, 'jv-baiterek', 'DUTCH', 'EUR', ?, ?, ?, ?, ?, 10, 10, ?, 'PUBLISHED', ?, 'test')""")
                .params(id, "Test lot " + id, startingPrice, terms.floor(), terms.step(), stepEvery.toSeconds(),
                        sealedRound == null ? null : sealedRound.toSeconds(), Timestamp.from(opensAt),
                        Timestamp.from(opensAt))
                .update();
        return id;
    }
}
