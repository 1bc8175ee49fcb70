package org.cosmodrome.auctions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;


/**
 * The bidding records of lots, in the {@code auctions} schema: registrations and deposits, submitted bids, standing
 * prices and offers; and the lot as the rules need it, read through {@link Lots} under the lot's row lock.
 */
@Repository
class BidBook {

    private final JdbcClient jdbc;
    private final Lots lots;

    BidBook(JdbcClient jdbc, Lots lots) {
        this.jdbc = jdbc;
        this.lots = lots;
    }

    /**
     * A lot as bidding sees it.
     *
     * @param closesAt the current close of an English lot (after extensions); {@code null} for a Dutch lot
     */
    record BiddingLot(String id, String seller, String format, String currency, String status, long deposit,
            int paymentDays, Instant closesAt, EnglishTerms english, DutchTerms dutch) {

        boolean isEnglish() {
            return "ENGLISH".equals(format);
        }
    }

    /** The lot, its row locked until the transaction ends: bids on one lot are taken one at a time. */
    Optional<BiddingLot> lockLot(String lotId) {
        return lotId(lotId).flatMap(lots::findForUpdate).map(BidBook::view);
    }

    Optional<BiddingLot> lot(String lotId) {
        return lotId(lotId).flatMap(lots::find).map(BidBook::view);
    }

    private static Optional<LotId> lotId(String text) {
        try {
            return Optional.of(LotId.of(text));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static BiddingLot view(Lot lot) {
        return new BiddingLot(lot.id().value(), lot.seller(), lot.format().name(), lot.currency(),
                lot.status().name(), lot.deposit(), lot.paymentDays(), lot.closesAt(),
                lot.englishTerms().orElse(null), lot.dutchTerms().orElse(null));
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

    void updateClose(String lotId, Instant closesAt) {
        lots.updateClose(LotId.of(lotId), closesAt);
    }

    void updateStatus(String lotId, String status) {
        lots.updateStatus(LotId.of(lotId), LotStatus.valueOf(status));
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
