package org.cosmodrome.auctions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cosmodrome.auctions.AuctionResult.Standing;

/**
 * The rules of a descending auction (see {@link DutchTerms} for how the price falls), applied to bids in the order
 * the server took them. A bidder accepts the price of the current step.
 * <ul>
 *   <li>Without a sealed round, the first acceptance buys the lot at that price, and the auction ends.</li>
 *   <li>With a sealed round, every bidder who accepts before the end of the step of the first acceptance takes part
 *   in a sealed-bid round that starts at the end of that step; each submits at most one sealed bid of at least the
 *   accepted price; the highest wins, an earlier bid winning a tie (a bidder without a sealed bid stands at the
 *   accepted price from its acceptance). A single acceptance buys the lot at the end of the step.</li>
 *   <li>When the price has reached the floor and nobody accepted by the end of that step, the lot is unsold.</li>
 * </ul>
 * Time comes only from the bids' server times and the instant asked about; the auction does not read a clock.
 */
public final class DutchAuction {

    private final DutchTerms terms;
    private final Map<String, Standing> accepted = new LinkedHashMap<>();
    private final Map<String, Standing> sealed = new LinkedHashMap<>();
    private Integer acceptedStep;

    public DutchAuction(DutchTerms terms) {
        this.terms = terms;
    }

    /** The auction after the bids of {@code submissions}, in their order, with each bid's outcome. */
    public static Replay replay(DutchTerms terms, List<BidSubmission> submissions) {
        DutchAuction auction = new DutchAuction(terms);
        List<BidOutcome> outcomes = new ArrayList<>();
        for (BidSubmission submission : submissions) {
            outcomes.add(auction.bid(submission));
        }
        return new Replay(auction, outcomes);
    }

    /** An auction replayed from its bids, and what became of each. */
    public record Replay(DutchAuction auction, List<BidOutcome> outcomes) {
        public Replay {
            outcomes = List.copyOf(outcomes);
        }
    }

    /** The step running at {@code at} (0 from the opening), or -1 before the opening. */
    public int stepAt(Instant at) {
        if (at.isBefore(terms.opensAt())) {
            return -1;
        }
        long elapsed = Duration.between(terms.opensAt(), at).toNanos();
        long step = elapsed / terms.stepEvery().toNanos();
        return (int) Math.min(step, Integer.MAX_VALUE);
    }

    /** The price of step {@code step}. */
    public long priceOfStep(int step) {
        long fallen;
        try {
            fallen = Math.multiplyExact((long) step, terms.step());
        } catch (ArithmeticException pastAnyPrice) {
            return terms.floor();
        }
        return Math.max(terms.floor(), terms.startingPrice() - fallen);
    }

    /** The price on offer at {@code at}: the starting price before the opening. */
    public long priceAt(Instant at) {
        return priceOfStep(Math.max(0, stepAt(at)));
    }

    /** When step {@code step} ends (exclusive). */
    public Instant endOfStep(int step) {
        return terms.opensAt().plus(terms.stepEvery().multipliedBy(step + 1L));
    }

    /** When the auction ends if nobody accepts: the end of the first step at the floor. */
    public Instant endsUnsoldAt() {
        return endOfStep(terms.stepsToFloor());
    }

    /** Applies one bid; bids must come in the order of their server times. */
    public BidOutcome bid(BidSubmission bid) {
        if (bid.ineligible() != null) {
            return refused(bid, bid.ineligible());
        }
        return switch (bid.kind()) {
            case ACCEPT -> accept(bid);
            case SEALED -> sealedBid(bid);
            case BID -> refused(bid, Refusal.WRONG_KIND);
        };
    }

    private BidOutcome accept(BidSubmission bid) {
        if (bid.at().isBefore(terms.opensAt())) {
            return refused(bid, Refusal.NOT_OPEN);
        }
        if (acceptedStep == null) {
            if (!bid.at().isBefore(endsUnsoldAt())) {
                return refused(bid, Refusal.LATE);
            }
        } else if (terms.sealedRound() == null) {
            return refused(bid, Refusal.CLOSED);
        } else if (!bid.at().isBefore(endOfStep(acceptedStep))) {
            return refused(bid, Refusal.LATE);
        } else if (accepted.containsKey(bid.bidder())) {
            return refused(bid, Refusal.ALREADY_ACCEPTED);
        }
        long price = priceAt(bid.at());
        if (bid.amount() != null && bid.amount() != price) {
            return refused(bid, Refusal.PRICE_MOVED);
        }
        boolean first = acceptedStep == null;
        if (first) {
            acceptedStep = stepAt(bid.at());
        }
        accepted.put(bid.bidder(), new Standing(bid.bidder(), price, bid.at()));
        return new BidOutcome.Accepted(bid.seq(), List.of(), first, price, null);
    }

    private BidOutcome sealedBid(BidSubmission bid) {
        if (terms.sealedRound() == null || acceptedStep == null || accepted.size() < 2
                || !accepted.containsKey(bid.bidder()) || bid.at().isBefore(endOfStep(acceptedStep))) {
            return refused(bid, Refusal.NOT_IN_SEALED_ROUND);
        }
        if (!bid.at().isBefore(sealedRoundEnds())) {
            return refused(bid, Refusal.LATE);
        }
        if (sealed.containsKey(bid.bidder())) {
            return refused(bid, Refusal.SEALED_ALREADY_SUBMITTED);
        }
        long price = priceOfStep(acceptedStep);
        if (bid.amount() == null || bid.amount() < price) {
            return refused(bid, Refusal.SEALED_BELOW_PRICE);
        }
        sealed.put(bid.bidder(), new Standing(bid.bidder(), bid.amount(), bid.at()));
        return new BidOutcome.Accepted(bid.seq(), List.of(), false, bid.amount(), null);
    }

    private Instant sealedRoundEnds() {
        return endOfStep(acceptedStep).plus(terms.sealedRound());
    }

    private static BidOutcome refused(BidSubmission bid, Refusal refusal) {
        return new BidOutcome.Refused(bid.seq(), refusal, List.of());
    }

    /** The bidders who accepted a price, in the order they did. */
    public List<Standing> acceptances() {
        return List.copyOf(accepted.values());
    }

    /** Whether a sealed round runs (or ran): more than one bidder accepted the price with a round in the terms. */
    public boolean hasSealedRound() {
        return terms.sealedRound() != null && accepted.size() > 1;
    }

    /**
     * When the auction ends, as far as is known from the bids so far: the first acceptance without a sealed round, the
     * end of its step or of the sealed round with one, else the end of the floor step.
     */
    public Instant endsAt() {
        if (acceptedStep == null) {
            return endsUnsoldAt();
        }
        if (terms.sealedRound() == null) {
            return accepted.values().iterator().next().at();
        }
        return hasSealedRound() ? sealedRoundEnds() : endOfStep(acceptedStep);
    }

    /** The auction's result at {@code now}. */
    public AuctionResult resultAt(Instant now) {
        Instant end = endsAt();
        if (acceptedStep == null) {
            return now.isBefore(end) ? new AuctionResult.Running()
                    : new AuctionResult.Unsold(AuctionResult.Why.NO_ACCEPTANCE, end);
        }
        if (terms.sealedRound() != null && now.isBefore(end)) {
            return new AuctionResult.Running();
        }
        List<Standing> ranked = new ArrayList<>();
        for (Standing acceptance : accepted.values()) {
            ranked.add(sealed.getOrDefault(acceptance.bidder(), acceptance));
        }
        ranked.sort(Comparator.comparingLong(Standing::amount).reversed().thenComparing(Standing::at));
        Standing winner = ranked.get(0);
        return new AuctionResult.Sold(winner.bidder(), winner.amount(), end, ranked.subList(1, ranked.size()));
    }
}
