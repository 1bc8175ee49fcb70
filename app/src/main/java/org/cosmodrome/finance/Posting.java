package org.cosmodrome.finance;

/**
 * One line of a transaction.
 *
 * @param amount positive: a debit of the account; negative: a credit
 */
public record Posting(String accountId, Money amount) {

    public Posting {
        if (accountId == null || amount == null || amount.minor() == 0) {
            throw new IllegalArgumentException("a posting needs an account and a non-zero amount");
        }
    }

    public static Posting debit(String accountId, Money amount) {
        return new Posting(accountId, amount);
    }

    public static Posting credit(String accountId, Money amount) {
        return new Posting(accountId, amount.negate());
    }
}
