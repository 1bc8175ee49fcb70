package org.cosmodrome.auctions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bidding records of lots, in the {@code auctions} schema: registrations and deposits, submitted bids, standing
 * prices and offers; and the lot's terms as the rules need them, read under the lot's row lock.
 */
@Repository
class BidBook {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    BidBook(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * A lot as bidding sees it.
     *
     * @param closesAt the current close of an English lot (after extensions); {@code null} for a Dutch lot
     */
    record BiddingLot(String id, String seller, String format, String currency, String status, long startingPrice,
            int paymentDays, Instant closesAt, EnglishTerms english, DutchTerms dutch) {

        boolean isEnglish() {
            return "ENGLISH".equals(format);
        }
    }

    /** The lot, its row locked until the transaction ends: bids on one lot are taken one at a time. */
    Optional<BiddingLot> lockLot(String lotId) {
        return jdbc.sql("select * from auctions.lot where id = ? for update").param(lotId)
                .query((rs, n) -> lot(rs)).optional();
    }

    Optional<BiddingLot> lot(String lotId) {
        return jdbc.sql("select * from auctions.lot where id = ?").param(lotId).query((rs, n) -> lot(rs)).optional();
    }

    /** The published lots whose bidding may have ended by {@code now}, for the closing sweep. */
    List<String> publishedLotsOpenedBefore(Instant now) {
        return jdbc.sql("select id from auctions.lot where status = 'PUBLISHED' and opens_at <= ? order by id")
                .param(Timestamp.from(now)).query(String.class).list();
    }

    /** The closed lots with an open offer whose payment term ran out by {@code now}. */
    List<String> lotsWithLapsedOffers(Instant now) {
        return jdbc.sql("select lot_id from auctions.offer where state = 'OPEN' and due_by <= ? order by lot_id")
                .param(Timestamp.from(now)).query(String.class).list();
    }

    private BiddingLot lot(ResultSet rs) throws SQLException {
        String format = rs.getString("format");
        Instant opensAt = rs.getTimestamp("opens_at").toInstant();
        long startingPrice = rs.getLong("starting_price");
        Timestamp closes = rs.getTimestamp("closes_at");
        Timestamp firstCloses = rs.getTimestamp("first_closes_at");
        EnglishTerms english = null;
        DutchTerms dutch = null;
        if ("ENGLISH".equals(format)) {
            long reserve = rs.getLong("reserve_price");
            english = new EnglishTerms(startingPrice, rs.wasNull() ? null : reserve,
                    increments(rs.getString("increments")), opensAt, firstCloses.toInstant(),
                    new SoftClose(seconds(rs, "soft_close_window_seconds"), seconds(rs, "soft_close_extension_seconds"),
                            seconds(rs, "soft_close_cap_seconds")));
        } else {
            int seconds = rs.getInt("sealed_round_seconds");
            Duration sealed = rs.wasNull() ? null : Duration.ofSeconds(seconds);
            dutch = new DutchTerms(startingPrice, rs.getLong("dutch_floor"), rs.getLong("dutch_step"),
                    Duration.ofSeconds(rs.getInt("dutch_step_seconds")), opensAt,
                    sealed);
        }
        return new BiddingLot(rs.getString("id"), rs.getString("seller"), format, rs.getString("currency"),
                rs.getString("status"), startingPrice, rs.getInt("payment_days"),
                closes == null ? null : closes.toInstant(), english, dutch);
    }

    private static Duration seconds(ResultSet rs, String column) throws SQLException {
        return Duration.ofSeconds(rs.getInt(column));
    }

    private IncrementTable increments(String text) {
        List<IncrementTable.Tier> tiers = new ArrayList<>();
        for (JsonNode tier : json.readTree(text)) {
            tiers.add(new IncrementTable.Tier(tier.get("from").asLong(), tier.get("increment").asLong()));
        }
        return new IncrementTable(tiers);
    }

    void updateClose(String lotId, Instant closesAt) {
        jdbc.sql("update auctions.lot set closes_at = ? where id = ?").params(Timestamp.from(closesAt), lotId)
                .update();
    }

    void updateStatus(String lotId, String status) {
        jdbc.sql("update auctions.lot set status = ?, version = version + 1 where id = ?").params(status, lotId)
                .update();
    }

    // Registrations

    Optional<BidderRegistration> registration(String lotId, String bidder) {
        return jdbc.sql("select * from auctions.registration where lot_id = ? and bidder = ?").params(lotId, bidder)
                .query((rs, n) -> registration(rs)).optional();
    }

    List<BidderRegistration> registrations(String lotId) {
        return jdbc.sql("select * from auctions.registration where lot_id = ? order by number").param(lotId)
                .query((rs, n) -> registration(rs)).list();
    }

    private static BidderRegistration registration(ResultSet rs) throws SQLException {
        return new BidderRegistration(rs.getString("lot_id"), rs.getString("bidder"), rs.getInt("number"),
                rs.getTimestamp("registered_at").toInstant(), rs.getString("registered_by"), rs.getLong("deposit"),
                instant(rs, "deposit_paid_at"), rs.getString("deposit_state"), instant(rs, "deposit_settled_at"));
    }

    /** The deposit a bidder pays to bid on a lot: its percentage of the starting price, rounded up to a whole unit. */
    long depositOf(String lotId) {
        return jdbc.sql("select ceil(starting_price * deposit_percent / 100)::bigint from auctions.lot where id = ?")
                .param(lotId).query(Long.class).single();
    }

    /** Registers {@code bidder}, numbered after the lot's earlier bidders; the lot's row must be locked. */
    BidderRegistration register(String lotId, String bidder, String user, long deposit, Instant at) {
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from auctions.registration where lot_id = ?")
                .param(lotId).query(Integer.class).single();
        jdbc.sql("""
                insert into auctions.registration (lot_id, bidder, number, registered_at, registered_by, deposit,
                    deposit_paid_at, deposit_state) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(lotId, bidder, number, Timestamp.from(at), user, deposit,
                        deposit == 0 ? Timestamp.from(at) : null, deposit == 0 ? "HELD" : "DUE")
                .update();
        return registration(lotId, bidder).orElseThrow();
    }

    void depositReceived(String lotId, String bidder, Instant at) {
        jdbc.sql("""
                update auctions.registration set deposit_state = 'HELD', deposit_paid_at = ?
                where lot_id = ? and bidder = ? and deposit_state = 'DUE'""")
                .params(Timestamp.from(at), lotId, bidder).update();
    }

    /** Moves a held deposit to {@code state} (refunded, forfeited or applied to the price). */
    void settleDeposit(String lotId, String bidder, String state, Instant at) {
        jdbc.sql("""
                update auctions.registration set deposit_state = ?, deposit_settled_at = ?
                where lot_id = ? and bidder = ? and deposit_state = 'HELD'""")
                .params(state, Timestamp.from(at), lotId, bidder).update();
    }

    // Bids

    List<SubmittedBid> bids(String lotId) {
        return jdbc.sql("select * from auctions.bid where lot_id = ? order by seq").param(lotId)
                .query((rs, n) -> {
                    String refusal = rs.getString("refusal");
                    Refusal ineligible = refusal != null && Refusal.valueOf(refusal).aboutTheBidder()
                            ? Refusal.valueOf(refusal) : null;
                    long amount = rs.getLong("amount");
                    Long amountOrNull = rs.wasNull() ? null : amount;
                    long maximum = rs.getLong("maximum");
                    Long maximumOrNull = rs.wasNull() ? null : maximum;
                    BidSubmission submission = new BidSubmission(rs.getInt("seq"), rs.getString("bidder"),
                            BidKind.valueOf(rs.getString("kind")), amountOrNull, maximumOrNull,
                            rs.getTimestamp("at").toInstant(), ineligible);
                    return new SubmittedBid(submission, rs.getString("submitted_by"),
                            "ACCEPTED".equals(rs.getString("outcome")), refusal);
                }).list();
    }

    void insertBid(String lotId, BidSubmission bid, String user, BidOutcome outcome) {
        String refusal = outcome instanceof BidOutcome.Refused refused ? refused.refusal().name() : null;
        jdbc.sql("""
                insert into auctions.bid (lot_id, seq, bidder, submitted_by, kind, amount, maximum, at, outcome, refusal)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(lotId, bid.seq(), bid.bidder(), user, bid.kind().name(), bid.amount(), bid.maximum(),
                        Timestamp.from(bid.at()), refusal == null ? "ACCEPTED" : "REFUSED", refusal)
                .update();
        for (PriceStep step : outcome.steps()) {
            jdbc.sql("""
                    insert into auctions.price_step (lot_id, number, bid_seq, bidder, amount, automatic, at)
                    values (?, (select coalesce(max(number), 0) + 1 from auctions.price_step where lot_id = ?),
                            ?, ?, ?, ?, ?)""")
                    .params(lotId, lotId, step.bidSeq(), step.bidder(), step.amount(), step.automatic(),
                            Timestamp.from(step.at()))
                    .update();
        }
    }

    List<PriceStep> priceSteps(String lotId) {
        return jdbc.sql("select * from auctions.price_step where lot_id = ? order by number").param(lotId)
                .query((rs, n) -> new PriceStep(rs.getInt("bid_seq"), rs.getString("bidder"), rs.getLong("amount"),
                        rs.getBoolean("automatic"), rs.getTimestamp("at").toInstant())).list();
    }

    // Offers

    List<LotOffer> offers(String lotId) {
        return jdbc.sql("select * from auctions.offer where lot_id = ? order by round").param(lotId)
                .query((rs, n) -> new LotOffer(rs.getString("lot_id"), rs.getInt("round"), rs.getString("bidder"),
                        rs.getLong("price"), rs.getTimestamp("offered_at").toInstant(),
                        rs.getTimestamp("due_by").toInstant(), rs.getString("state"), instant(rs, "decided_at")))
                .list();
    }

    void offer(String lotId, int round, String bidder, long price, Instant at, Instant dueBy) {
        jdbc.sql("""
                insert into auctions.offer (lot_id, round, bidder, price, offered_at, due_by, state)
                values (?, ?, ?, ?, ?, ?, 'OPEN')""")
                .params(lotId, round, bidder, price, Timestamp.from(at), Timestamp.from(dueBy)).update();
    }

    void decideOffer(String lotId, int round, String state, Instant at) {
        jdbc.sql("update auctions.offer set state = ?, decided_at = ? where lot_id = ? and round = ? and state = 'OPEN'")
                .params(state, Timestamp.from(at), lotId, round).update();
    }

    /** The result of every lot whose bidding ended (closed, sold or unsold), by lot. */
    List<LotResult> results() {
        return jdbc.sql("""
                select l.id, l.title, l.format, l.status, l.currency, l.starting_price, l.closes_at,
                       (select count(*) from auctions.bid b where b.lot_id = l.id) as bids,
                       o.bidder, o.price, o.round, o.state, o.decided_at
                from auctions.lot l
                left join lateral (select * from auctions.offer o where o.lot_id = l.id order by round desc limit 1) o
                       on true
                where l.status in ('CLOSED', 'SOLD', 'UNSOLD')
                order by l.id""")
                .query((rs, n) -> {
                    long price = rs.getLong("price");
                    Long priceOrNull = rs.wasNull() ? null : price;
                    int round = rs.getInt("round");
                    Integer roundOrNull = rs.wasNull() ? null : round;
                    return new LotResult(rs.getString("id"), rs.getString("title"), rs.getString("format"),
                            rs.getString("status"), rs.getString("currency"), rs.getLong("starting_price"),
                            rs.getInt("bids"), instant(rs, "closes_at"), rs.getString("bidder"), priceOrNull,
                            roundOrNull, rs.getString("state"), instant(rs, "decided_at"));
                }).list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
