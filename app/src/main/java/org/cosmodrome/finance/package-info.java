/**
 * Finance: the books every party of the spaceport shares. Exact money ({@link org.cosmodrome.finance.Money}, minor
 * units of KZT, USD, EUR or RUB), dated exchange rates entered or imported by the operator
 * ({@link org.cosmodrome.finance.ExchangeRates}), and a double-entry journal ({@link org.cosmodrome.finance.Journal})
 * whose transactions balance in each currency and are never edited: a correction is a new transaction. Balances per
 * party and agreement are sums of postings.
 * <p>
 * Owns the {@code finance} schema; the database itself refuses unbalanced transactions (at commit) and any update or
 * delete of the journal. Persistence is {@code JdbcClient}; every transaction is entered in the ledger.
 * <p>
 * Tenants' tariffs per launch and per pad-day ({@link org.cosmodrome.finance.Tariffs}) are loaded from the data
 * set's {@code finance-tariffs.json}.
 * <p>
 * Capital programmes ({@link org.cosmodrome.finance.Programmes}, the Baiterek programme from the data set) have budget
 * lines; payments and commitments against them ({@link org.cosmodrome.finance.ProgrammePayments}) are posted through
 * the journal, and a line's payments never exceed its budget (its row is locked while they are checked).
 * <p>
 * Depends on {@code organizations} (parties and agreements), {@code ledger} and the platform, and on the events of
 * {@code permits} ({@code DropZoneCharged}) and {@code manifest} ({@code LaunchStatusChanged}): other modules'
 * charges (drop-zone fees, per-launch fees) reach it as their events, which it posts through its own journal, inside
 * the publishing transaction; it never reads their tables. Neither of them depends on finance.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Finance",
        allowedDependencies = {"platform", "ledger", "organizations", "permits", "manifest"})
package org.cosmodrome.finance;
