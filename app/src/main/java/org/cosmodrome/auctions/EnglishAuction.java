package org.cosmodrome.auctions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cosmodrome.auctions.AuctionResult.Standing;

/**
 * The rules of an ascending auction, applied to bids in the order the server took them. Every bid is an amount, with
 * an optional hidden maximum up to which the auction bids automatically on the bidder's behalf, by the least
 * increment needed to stay ahead (proxy bidding). The standing price only rises and is never at one amount twice.
 * <ul>
 *   <li>A first bid must reach the starting price; later bids the standing price plus the increment of its tier.</li>
 *   <li>A rival whose bid (or maximum) is below the leader's maximum is outbid at once: the leader's automatic bid
 *   goes to the rival's amount plus one increment, capped at the leader's maximum.</li>
 *   <li>A rival whose bid equals the leader's maximum is refused as a tie (the earlier bid stands), and the leader's
 *   automatic bid rises to that maximum.</li>
 *   <li>A rival above the leader's maximum takes the lead: the leader's automatic bid goes to its maximum, and the
 *   rival's bid stands at its amount, or, with a maximum, at the least of the maximum and one increment above the
 *   former leader's maximum.</li>
 *   <li>Once the leader's maximum reaches the hidden reserve, its automatic bid lifts the price to the reserve.</li>
 *   <li>The leader may raise its own maximum, or its bid.</li>
 *   <li>A bid in the soft-close window before the close extends it (see {@link SoftClose}).</li>
 * </ul>
 * Time comes only from the bids' server times; the auction does not read a clock.
 */
public final class EnglishAuction {

    private final EnglishTerms terms;
    private final List<PriceStep> steps = new ArrayList<>();
    private final Map<String, Standing> best = new LinkedHashMap<>();
    private Instant closesAt;
    private String leader;
    private long leaderMaximum;

    public EnglishAuction(EnglishTerms terms) {
        this.terms = terms;
        this.closesAt = terms.closesAt();
    }

    /** The auction after the bids of {@code submissions}, in their order, with each bid's outcome. */
    public static Replay replay(EnglishTerms terms, List<BidSubmission> submissions) {
        EnglishAuction auction = new EnglishAuction(terms);
        List<BidOutcome> outcomes = new ArrayList<>();
        for (BidSubmission submission : submissions) {
            outcomes.add(auction.bid(submission));
        }
        return new Replay(auction, outcomes);
    }

    /** An auction replayed from its bids, and what became of each. */
    public record Replay(EnglishAuction auction, List<BidOutcome> outcomes) {
        public Replay {
            outcomes = List.copyOf(outcomes);
        }
    }

    /** Applies one bid; bids must come in the order of their server times. */
    public BidOutcome bid(BidSubmission bid) {
        if (bid.ineligible() != null) {
            return refused(bid, bid.ineligible());
        }
        if (bid.kind() != BidKind.BID) {
            return refused(bid, Refusal.WRONG_KIND);
        }
        if (bid.at().isBefore(terms.opensAt())) {
            return refused(bid, Refusal.NOT_OPEN);
        }
        if (!bid.at().isBefore(closesAt)) {
            return refused(bid, Refusal.LATE);
        }
        if (bid.amount() == null || bid.amount() <= 0) {
            return refused(bid, Refusal.BELOW_STARTING_PRICE);
        }
        long amount = bid.amount();
        if (bid.maximum() != null && bid.maximum() < amount) {
            return refused(bid, Refusal.MAXIMUM_BELOW_AMOUNT);
        }
        long commitment = bid.maximum() == null ? amount : bid.maximum();
        if (bid.bidder().equals(leader)) {
            return raiseByLeader(bid, amount, commitment);
        }
        if (leader == null) {
            if (amount < terms.startingPrice()) {
                return refused(bid, Refusal.BELOW_STARTING_PRICE);
            }
            List<PriceStep> caused = new ArrayList<>();
            caused.add(step(bid, bid.bidder(), amount, false));
            leader = bid.bidder();
            leaderMaximum = commitment;
            liftToReserve(bid, caused);
            return accepted(bid, caused);
        }
        long price = price();
        if (amount == price) {
            return refused(bid, Refusal.TIE);
        }
        if (amount < terms.increments().nextBidAfter(price)) {
            return refused(bid, Refusal.BELOW_INCREMENT);
        }
        List<PriceStep> caused = new ArrayList<>();
        if (commitment < leaderMaximum) {
            caused.add(step(bid, bid.bidder(), commitment, commitment != amount));
            long answer = Math.min(leaderMaximum, terms.increments().nextBidAfter(commitment));
            caused.add(step(bid, leader, answer, true));
            liftToReserve(bid, caused);
            return accepted(bid, caused);
        }
        if (commitment == leaderMaximum) {
            if (leaderMaximum > price) {
                caused.add(step(bid, leader, leaderMaximum, true));
            }
            return new BidOutcome.Refused(bid.seq(), Refusal.TIE, caused);
        }
        if (leaderMaximum > price) {
            caused.add(step(bid, leader, leaderMaximum, true));
        }
        long standing = bid.maximum() == null ? amount
                : Math.max(amount, Math.min(commitment, terms.increments().nextBidAfter(leaderMaximum)));
        caused.add(step(bid, bid.bidder(), standing, standing != amount));
        leader = bid.bidder();
        leaderMaximum = commitment;
        liftToReserve(bid, caused);
        return accepted(bid, caused);
    }

    private BidOutcome raiseByLeader(BidSubmission bid, long amount, long commitment) {
        long price = price();
        List<PriceStep> caused = new ArrayList<>();
        if (bid.maximum() == null || amount > price) {
            // A leader that bids an amount above its own standing price raises the price itself.
            if (amount <= price) {
                return refused(bid, Refusal.MAXIMUM_NOT_RAISED);
            }
            if (amount < terms.increments().nextBidAfter(price)) {
                return refused(bid, Refusal.BELOW_INCREMENT);
            }
            caused.add(step(bid, leader, amount, false));
        } else if (commitment <= leaderMaximum) {
            return refused(bid, Refusal.MAXIMUM_NOT_RAISED);
        }
        leaderMaximum = Math.max(leaderMaximum, commitment);
        liftToReserve(bid, caused);
        return accepted(bid, caused);
    }

    private void liftToReserve(BidSubmission bid, List<PriceStep> caused) {
        Long reserve = terms.reserve();
        if (reserve != null && price() < reserve && leaderMaximum >= reserve) {
            caused.add(step(bid, leader, reserve, true));
        }
    }

    private PriceStep step(BidSubmission bid, String bidder, long amount, boolean automatic) {
        PriceStep step = new PriceStep(bid.seq(), bidder, amount, automatic, bid.at());
        steps.add(step);
        Standing previous = best.get(bidder);
        if (previous == null || previous.amount() < amount) {
            best.put(bidder, new Standing(bidder, amount, bid.at()));
        }
        return step;
    }

    private BidOutcome accepted(BidSubmission bid, List<PriceStep> caused) {
        closesAt = terms.softClose().closeAfterBid(terms.closesAt(), closesAt, bid.at());
        return new BidOutcome.Accepted(bid.seq(), caused, bid.bidder().equals(leader), price(), closesAt);
    }

    private static BidOutcome refused(BidSubmission bid, Refusal refusal) {
        return new BidOutcome.Refused(bid.seq(), refusal, List.of());
    }

    /** The terms the auction runs under. */
    public EnglishTerms terms() {
        return terms;
    }

    /** The standing price; 0 before the first bid. */
    public long price() {
        return steps.isEmpty() ? 0 : steps.get(steps.size() - 1).amount();
    }

    /** The least next bid: the starting price, or the standing price plus its increment. */
    public long nextBid() {
        return steps.isEmpty() ? terms.startingPrice() : terms.increments().nextBidAfter(price());
    }

    /** The leading bidder, or {@code null} before the first bid. */
    public String leader() {
        return leader;
    }

    /** The close, after soft-close extensions (exclusive). */
    public Instant closesAt() {
        return closesAt;
    }

    /** Every standing price so far, in order. */
    public List<PriceStep> steps() {
        return List.copyOf(steps);
    }

    /** The auction's result at {@code now}: running until the close, then sold or unsold. */
    public AuctionResult resultAt(Instant now) {
        if (now.isBefore(closesAt)) {
            return new AuctionResult.Running();
        }
        if (leader == null) {
            return new AuctionResult.Unsold(AuctionResult.Why.NO_BIDS, closesAt);
        }
        if (terms.reserve() != null && price() < terms.reserve()) {
            return new AuctionResult.Unsold(AuctionResult.Why.RESERVE_NOT_MET, closesAt);
        }
        List<Standing> runnersUp = best.values().stream().filter(s -> !s.bidder().equals(leader))
                .filter(s -> terms.reserve() == null || s.amount() >= terms.reserve())
                .sorted(Comparator.comparingLong(Standing::amount).reversed().thenComparing(Standing::at))
                .toList();
        return new AuctionResult.Sold(leader, price(), closesAt, runnersUp);
    }
}
