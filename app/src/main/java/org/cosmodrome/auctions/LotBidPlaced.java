package org.cosmodrome.auctions;

import java.time.Instant;

/**
 * A bid was taken on a lot (accepted or refused); published inside the bid's transaction.
 *
 * @param price the standing price after it (English), or the accepted price (Dutch)
 * @param closesAt the close after it, or the Dutch lot's expected end
 */
public record LotBidPlaced(String lotId, int seq, boolean accepted, long price, Instant closesAt) {
}
