package org.cosmodrome.auctions;

import java.time.Instant;

/**
 * A bid as the server took it, the input the auction rules replay.
 *
 * @param seq the order the server took the lot's bids in, from 1
 * @param bidder the bidding organisation
 * @param kind what was submitted
 * @param amount the amount bid, in whole units of the lot's currency; for an acceptance, the price the bidder saw
 *               (may be {@code null}: the current price)
 * @param maximum for an English bid, the hidden maximum up to which automatic bids are made; {@code null} for none
 * @param at the server's time of the bid
 * @param ineligible set when the bidder was refused before the rules saw the bid (see {@link Refusal#aboutTheBidder()})
 */
public record BidSubmission(int seq, String bidder, BidKind kind, Long amount, Long maximum, Instant at,
        Refusal ineligible) {

    public BidSubmission {
        if (seq < 1 || bidder == null || kind == null || at == null) {
            throw new IllegalArgumentException("a bid needs a sequence number, a bidder, a kind and a time");
        }
        if (ineligible != null && !ineligible.aboutTheBidder()) {
            throw new IllegalArgumentException("only refusals about the bidder are decided before the rules");
        }
    }

    /** An eligible bid. */
    public static BidSubmission of(int seq, String bidder, BidKind kind, Long amount, Long maximum, Instant at) {
        return new BidSubmission(seq, bidder, kind, amount, maximum, at, null);
    }
}
