package org.cosmodrome.auctions;

/**
 * Where a lot is in its life. A {@code DRAFT} is seen only by the operator, the host authority and auditors;
 * {@code PUBLISHED} lots take registrations and, from their opening, bids; {@code HISTORICAL} lots were sold outside
 * Cosmodrome and are only catalogued.
 */
public enum LotStatus {
    DRAFT, PUBLISHED, CLOSED, SOLD, UNSOLD, WITHDRAWN, HISTORICAL
}
