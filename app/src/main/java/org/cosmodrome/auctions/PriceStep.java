package org.cosmodrome.auctions;

import java.time.Instant;

/**
 * A standing price of an English lot.
 *
 * @param bidSeq the submitted bid that caused it (an automatic bid is caused by a rival's bid)
 * @param bidder whose bid stands at this price
 * @param amount the price, whole units of the lot's currency
 * @param automatic whether the system bid on the bidder's behalf, up to its hidden maximum
 * @param at when
 */
public record PriceStep(int bidSeq, String bidder, long amount, boolean automatic, Instant at) {
}
