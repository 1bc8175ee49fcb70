package org.cosmodrome.auctions;

import java.time.Instant;

/**
 * Where a lot stands now.
 *
 * @param price the standing price of an English lot (0 before any bid), the current price of a Dutch lot
 * @param nextBid the least next bid (English) or the price to accept (Dutch)
 * @param endsAt the current close of an English lot, or when a Dutch lot ends as far as known
 * @param acceptances how many bidders accepted a Dutch lot's price
 * @param winner the winning bidder once bidding ended with a sale
 * @param winningPrice the winning price
 */
public record LotStanding(String lotId, String format, String status, String currency, long price, long nextBid,
        Instant endsAt, int bids, int acceptances, String winner, Long winningPrice) {
}
