package org.cosmodrome.auctions;

/** Why a bid was refused; each says so in a sentence a bidder understands. */
public enum Refusal {
    NOT_OPEN("The lot is not open for bids yet."),
    LATE("The bid came after the lot closed."),
    CLOSED("Bidding on the lot is over."),
    WRONG_KIND("This kind of bid does not fit the lot's auction format."),
    BELOW_STARTING_PRICE("The first bid must be at least the starting price."),
    BELOW_INCREMENT("The bid must be at least the standing price plus the increment."),
    TIE("The bid ties a bid made earlier; the earlier bid stands."),
    NOT_WHOLE_UNITS("Amounts are whole units of the lot's currency."),
    MAXIMUM_BELOW_AMOUNT("A maximum must be at least the amount bid."),
    MAXIMUM_NOT_RAISED("The leading bidder can only raise its maximum."),
    PRICE_MOVED("The price has moved on; accept the current price."),
    ALREADY_ACCEPTED("The bidder has already accepted a price on this lot."),
    NOT_IN_SEALED_ROUND("Only bidders who accepted the price take part in the sealed round, while it runs."),
    SEALED_ALREADY_SUBMITTED("The bidder has already submitted its sealed bid."),
    SEALED_BELOW_PRICE("A sealed bid must be at least the accepted price."),
    NOT_REGISTERED("The bidder has not registered for the lot."),
    DEPOSIT_NOT_PAID("The bidder's deposit has not been received."),
    SELLER_PARTY("The seller's own people may not bid on its lots.");

    private final String reason;

    Refusal(String reason) {
        this.reason = reason;
    }

    /** The sentence shown to the bidder. */
    public String reason() {
        return reason;
    }

    /** Whether this refusal is about who bids rather than the bid: decided before the auction rules see the bid. */
    public boolean aboutTheBidder() {
        return this == NOT_REGISTERED || this == DEPOSIT_NOT_PAID || this == SELLER_PARTY;
    }
}
