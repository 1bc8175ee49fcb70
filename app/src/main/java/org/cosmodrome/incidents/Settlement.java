package org.cosmodrome.incidents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.cosmodrome.organizations.Money;

/**
 * What the parties agreed the claim is worth.
 *
 * @param amount in any currency
 * @param rate units of the claim's currency per unit of {@code amount}'s currency on the day; 1 when they are the same
 * @param on the day agreed, {@code null} when unknown
 */
public record Settlement(Money amount, BigDecimal rate, LocalDate on, String note) {

    /** The amount in the claim's currency, rounded to cents half-even. */
    public BigDecimal inClaimCurrency() {
        return amount.amount().multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
    }
}
