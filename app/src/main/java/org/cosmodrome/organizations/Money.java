package org.cosmodrome.organizations;

import java.math.BigDecimal;

/**
 * An amount in a currency.
 *
 * @param amount not negative, at most two decimals
 * @param currency ISO 4217 code such as {@code USD} or {@code KZT}
 */
public record Money(BigDecimal amount, String currency) {

    public Money {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("amount must be 0 or more");
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code");
        }
    }
}
