package org.cosmodrome.auctions;

import java.time.Instant;

/**
 * A bidder's registration for a lot.
 *
 * @param number the bidder's number on the lot, shown to the public instead of its name
 * @param deposit whole units of the lot's currency
 */
public record BidderRegistration(String lotId, String bidder, int number, Instant registeredAt, String registeredBy,
        long deposit, Instant depositPaidAt, String depositState, Instant depositSettledAt) {
}
