package org.cosmodrome.finance;

/** The currencies the books are kept in, each with two minor digits (cents, tiyn, kopecks). */
public enum Currency {
    KZT, USD, EUR, RUB;

    /** Digits after the decimal point of an amount in this currency. */
    public int minorDigits() {
        return 2;
    }
}
