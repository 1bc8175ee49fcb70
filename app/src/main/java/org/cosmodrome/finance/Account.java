package org.cosmodrome.finance;

/**
 * An account of the journal, in one currency.
 *
 * @param id stable, readable: {@code receivable:roscosmos:baikonur-lease-extension-2004:USD}
 * @param party the organisation the account is about, or {@code null} for the spaceport's own accounts
 * @param agreement the agreement it is kept under, or {@code null}
 */
public record Account(String id, AccountKind kind, String party, String agreement, Currency currency, String name) {

    /** The id of the account of this kind for a party and agreement in a currency. */
    public static String idOf(AccountKind kind, String party, String agreement, Currency currency) {
        return kind.name().toLowerCase() + ":" + (party == null ? "-" : party) + ":"
                + (agreement == null ? "-" : agreement) + ":" + currency.name();
    }
}
