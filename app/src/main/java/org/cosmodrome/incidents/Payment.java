package org.cosmodrome.incidents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.cosmodrome.organizations.Money;

/**
 * A payment towards a claim, in its own currency.
 *
 * @param on the day paid, {@code null} only for historical payments whose day the sources do not give
 * @param payer the organisation that paid
 * @param rate units of the claim's currency per unit of {@code amount}'s currency on {@code on}: the exchange rate of
 *        the day; exactly 1 when the currencies are the same
 */
public record Payment(LocalDate on, String dateNote, String payer, Money amount, BigDecimal rate, String note,
        List<String> sources, String recordedBy, Instant recordedAt) {

    public Payment {
        sources = List.copyOf(sources);
    }

    /** The amount in the claim's currency at the day's rate, rounded to cents half-even. */
    public BigDecimal inClaimCurrency() {
        return amount.amount().multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
    }
}
