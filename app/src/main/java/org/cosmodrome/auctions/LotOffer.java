package org.cosmodrome.auctions;

import java.time.Instant;

/** An offer to buy a closed lot. */
public record LotOffer(String lotId, int round, String bidder, long price, Instant offeredAt, Instant dueBy, String state,
        Instant decidedAt) {
}
