package org.cosmodrome.finance;

/** What a journal transaction records. */
public enum TransactionKind {
    /** Something is owed: rent, a fee, a tariff, a damage award. */
    CHARGE,
    /** Money received or paid. */
    PAYMENT,
    /** A debt settled in goods or services, valued by an agreed act. */
    IN_KIND,
    /** A debt given up. */
    WRITE_OFF,
    /** Interest or penalty on late payment. */
    INTEREST,
    /** The reversal of an earlier transaction. */
    CORRECTION,
    /** Money pledged to a programme. */
    PLEDGE,
    /** Money committed by contract. */
    COMMITMENT,
    /** Opening balances. */
    OPENING
}
