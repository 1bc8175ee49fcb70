package org.cosmodrome.auctions;

import java.time.Instant;
import java.util.List;

/** How an auction ended, or that it has not. */
public sealed interface AuctionResult permits AuctionResult.Running, AuctionResult.Sold, AuctionResult.Unsold {

    /** Bids are still taken (or the lot is not open yet). */
    record Running() implements AuctionResult {
    }

    /**
     * The lot goes to {@code winner} at {@code price}.
     *
     * @param endedAt when the auction ended
     * @param runnersUp the other bidders in the order the lot is offered to them if the winner does not pay, each at
     *                  its own best bid
     */
    record Sold(String winner, long price, Instant endedAt, List<Standing> runnersUp) implements AuctionResult {
        public Sold {
            runnersUp = List.copyOf(runnersUp);
        }
    }

    /**
     * Nobody buys.
     *
     * @param endedAt when the auction ended
     */
    record Unsold(Why why, Instant endedAt) implements AuctionResult {
    }

    /** Why a lot is unsold. */
    enum Why {
        /** No valid bid. */
        NO_BIDS,
        /** The best bid stayed below the hidden reserve price. */
        RESERVE_NOT_MET,
        /** The price fell to the floor and nobody accepted it. */
        NO_ACCEPTANCE
    }

    /**
     * A bidder's best offer on a lot.
     *
     * @param bidder the bidding organisation
     * @param amount its best bid, whole units of the lot's currency
     * @param at when it made it
     */
    record Standing(String bidder, long amount, Instant at) {
    }
}
