package org.cosmodrome.auctions;

import java.time.Instant;

/**
 * A lot's result, as the seller reports it.
 *
 * @param bids how many bids were submitted, accepted or refused
 * @param buyer the bidder of the latest offer (paid, open or last refused), or {@code null} when nobody was offered
 * @param price that offer's price, whole units of {@code currency}
 * @param offerRound which offer it is (1: to the winner)
 * @param offerState {@code OPEN}, {@code PAID}, {@code REFUSED} or {@code LAPSED}
 */
public record LotResult(String lotId, String title, String format, String status, String currency,
        long startingPrice, int bids, Instant closesAt, String buyer, Long price, Integer offerRound,
        String offerState, Instant decidedAt) {
}
