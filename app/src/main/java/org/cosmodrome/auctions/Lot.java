package org.cosmodrome.auctions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A lot: assets sold together under one set of auction terms. Prices are whole units of {@code currency}.
 *
 * @param seller the selling organisation's id
 * @param reservePrice the least price the seller sells at (English lots only), hidden from bidders; {@code null} for
 *        none
 * @param increments the bid increments of an English lot; {@code null} for a Dutch lot
 * @param softClose the soft close of an English lot; {@code null} for a Dutch lot
 * @param dutchFloor the lowest price of a Dutch lot; {@code null} for an English lot
 * @param dutchStep how much a Dutch lot's price falls at each step
 * @param dutchStepSeconds how long each step of a Dutch lot lasts
 * @param sealedRoundSeconds the length of a Dutch lot's sealed round, or {@code null} for none
 * @param depositPercent the deposit a bidder pays to register, in percent of the starting price
 * @param paymentDays how many days the winner has to pay
 * @param firstClosesAt the advertised close of an English lot
 * @param closesAt the current close: the advertised one moved by the soft close
 * @param assetIds the assets sold, in the order listed
 * @param source where the record comes from (source keys, or who entered it)
 * @param version incremented by every change, for optimistic locking
 */
public record Lot(LotId id, String title, String description, String seller, AuctionFormat format, String currency,
        long startingPrice, Long reservePrice, IncrementTable increments, SoftClose softClose, Long dutchFloor,
        Long dutchStep, Integer dutchStepSeconds, Integer sealedRoundSeconds, BigDecimal depositPercent,
        int paymentDays, LocalDate viewingFrom, LocalDate viewingTo, Instant opensAt, Instant firstClosesAt,
        Instant closesAt, LotStatus status, List<String> assetIds, String source, int version, Instant recordedAt,
        String recordedBy) {

    public Lot {
        assetIds = List.copyOf(assetIds);
    }

    /** The terms of an English lot; empty for a Dutch one. */
    public Optional<EnglishTerms> englishTerms() {
        if (format != AuctionFormat.ENGLISH) {
            return Optional.empty();
        }
        return Optional.of(new EnglishTerms(startingPrice, reservePrice, increments, opensAt, firstClosesAt,
                softClose == null ? SoftClose.NONE : softClose));
    }

    /** The terms of a Dutch lot; empty for an English one. */
    public Optional<DutchTerms> dutchTerms() {
        if (format != AuctionFormat.DUTCH) {
            return Optional.empty();
        }
        return Optional.of(new DutchTerms(startingPrice, dutchFloor, dutchStep, Duration.ofSeconds(dutchStepSeconds),
                opensAt, sealedRoundSeconds == null ? null : Duration.ofSeconds(sealedRoundSeconds)));
    }

    /** The deposit a bidder pays to register: {@code depositPercent} of the starting price, rounded up. */
    public long deposit() {
        return BigDecimal.valueOf(startingPrice).multiply(depositPercent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValueExact();
    }

    /** Whether the lot is on sale here: published, neither closed nor withdrawn. */
    public boolean published() {
        return status == LotStatus.PUBLISHED;
    }
}
