package org.cosmodrome.auctions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A lot as its seller drafts or edits it; see {@link Lot} for the fields. An English lot needs {@code increments},
 * {@code closesAt} and may have a {@code softClose} and a {@code reservePrice}; a Dutch lot needs {@code dutchFloor},
 * {@code dutchStep} and {@code dutchStepSeconds}.
 *
 * @param seller the selling organisation, or {@code null} for the organisation of whoever drafts it
 */
public record LotDraft(String title, String description, String seller, AuctionFormat format, String currency,
        Long startingPrice, Long reservePrice, IncrementTable increments, SoftClose softClose, Long dutchFloor,
        Long dutchStep, Integer dutchStepSeconds, Integer sealedRoundSeconds, BigDecimal depositPercent,
        Integer paymentDays, LocalDate viewingFrom, LocalDate viewingTo, Instant opensAt, Instant closesAt,
        List<String> assetIds, String source) {

    public LotDraft {
        assetIds = assetIds == null ? List.of() : List.copyOf(assetIds);
    }
}
