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

    /** Results as CSV (RFC 4180), one line per lot. */
    public static String csv(java.util.List<LotResult> results) {
        java.util.List<java.util.List<Object>> rows = new java.util.ArrayList<>();
        rows.add(java.util.List.of("lot", "title", "format", "status", "currency", "starting_price", "bids",
                "closes_at", "buyer", "price", "offer_round", "offer_state", "decided_at"));
        for (LotResult r : results) {
            rows.add(java.util.Arrays.asList(r.lotId(), r.title(), r.format(), r.status(), r.currency(),
                    r.startingPrice(), r.bids(), r.closesAt(), r.buyer(), r.price(), r.offerRound(), r.offerState(),
                    r.decidedAt()));
        }
        return org.cosmodrome.platform.Csv.of(rows);
    }
}
