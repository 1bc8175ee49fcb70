package org.cosmodrome.auctions;

/** What a bidder submits. */
public enum BidKind {
    /** A bid on an English lot: an amount, and optionally a hidden maximum for automatic bids. */
    BID,
    /** Acceptance of a Dutch lot's current price. */
    ACCEPT,
    /** A bid in the sealed round of a Dutch lot. */
    SEALED
}
