package org.cosmodrome.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact amount: a whole number of minor units (cents, tiyn, kopecks) of a currency, positive, zero or negative.
 * Never a binary floating-point number. Amounts with more decimals than the currency has are refused, not rounded;
 * the only rounding in the books is of a conversion between currencies ({@link ExchangeRates}), half to even.
 *
 * @param minor the amount in minor units
 */
public record Money(long minor, Currency currency) {

    public Money {
        if (currency == null) {
            throw new IllegalArgumentException("a currency is required");
        }
    }

    /** {@code amount} in {@code currency}; refuses more decimals than the currency has. */
    public static Money of(BigDecimal amount, Currency currency) {
        try {
            return new Money(amount.movePointRight(currency.minorDigits()).longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("an amount in " + currency + " has at most " + currency.minorDigits()
                    + " decimals and fits in 64 bits: " + amount.toPlainString());
        }
    }

    /** {@code amount} in {@code currency}, such as {@code Money.of("115000000", USD)}. */
    public static Money of(String amount, Currency currency) {
        return of(new BigDecimal(amount), currency);
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /** The amount in major units, with the currency's decimals. */
    public BigDecimal amount() {
        return BigDecimal.valueOf(minor, currency.minorDigits());
    }

    public Money plus(Money other) {
        same(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    public Money minus(Money other) {
        same(other);
        return new Money(Math.subtractExact(minor, other.minor), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(minor), currency);
    }

    public int signum() {
        return Long.signum(minor);
    }

    /** This amount times {@code factor}, rounded half to even to a minor unit. */
    public Money times(BigDecimal factor) {
        BigDecimal product = BigDecimal.valueOf(minor).multiply(factor).setScale(0, RoundingMode.HALF_EVEN);
        return new Money(product.longValueExact(), currency);
    }

    private void same(Money other) {
        if (other.currency != currency) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
    }

    @Override
    public String toString() {
        return amount().toPlainString() + " " + currency;
    }
}
