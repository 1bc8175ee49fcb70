package org.cosmodrome.finance;

/** What an account holds. */
public enum AccountKind {
    /** What a party owes under an agreement: debited by charges, credited by payments. */
    RECEIVABLE,
    /** What is owed to a party. */
    PAYABLE,
    /** Income from charges: rent, fees, tariffs. */
    REVENUE,
    /** Costs. */
    EXPENSE,
    /** Money received or paid. */
    CASH,
    /** Goods and services received in place of money, valued by an agreed act. */
    IN_KIND,
    /** Deposits held. */
    DEPOSIT,
    /** Amounts written off as not recoverable. */
    WRITE_OFF,
    /** Money pledged to a programme and not yet paid. */
    PLEDGE,
    /** Money committed by contract and not yet paid. */
    COMMITMENT,
    /** A programme's budget. */
    BUDGET,
    /** Interest or penalties on late payment. */
    INTEREST
}
