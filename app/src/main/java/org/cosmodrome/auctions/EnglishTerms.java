package org.cosmodrome.auctions;

import java.time.Instant;

/**
 * The terms of an ascending (English) auction. Amounts are whole units of the lot's currency.
 *
 * @param startingPrice the least first bid
 * @param reserve the least price the seller sells at, hidden from bidders; {@code null} for none
 * @param increments the least raise over a standing price
 * @param opensAt bids are taken from this instant (inclusive)
 * @param closesAt the advertised close (exclusive: a bid at this instant is late), before soft-close extensions
 * @param softClose how late bids extend the close
 */
public record EnglishTerms(long startingPrice, Long reserve, IncrementTable increments, Instant opensAt,
        Instant closesAt, SoftClose softClose) {

    public EnglishTerms {
        if (startingPrice <= 0) {
            throw new IllegalArgumentException("the starting price must be positive");
        }
        if (reserve != null && reserve <= 0) {
            throw new IllegalArgumentException("a reserve price must be positive");
        }
        if (increments == null || opensAt == null || closesAt == null || softClose == null) {
            throw new IllegalArgumentException("increments, opening, close and soft close are required");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("an auction must close after it opens");
        }
    }
}
