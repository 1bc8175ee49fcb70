/**
 * Auctions: the disposal of decommissioned equipment, from the inventory to the winner's payment. Assets at facilities
 * and pads with the decision to decommission them, lots that group assets under auction terms (English with tiered
 * increments, a hidden reserve, proxy bids and a soft close; or Dutch down to a floor, optionally followed by a
 * sealed-bid round), bidders' registrations and deposits, every bid submitted with its outcome, and the offers to
 * buy that follow the close (to the winner, then to the next bidders if a winner does not pay).
 * <p>
 * Owns the {@code auctions} schema. The auction rules are plain classes of this package that take instants from
 * outside ({@link org.cosmodrome.auctions.EnglishAuction}, {@link org.cosmodrome.auctions.DutchAuction}); a lot's
 * history replays from its stored bids to the same result. Persistence is {@code JdbcClient}; every bid, result and
 * deposit movement is entered in the ledger in its transaction.
 * <p>
 * {@link org.cosmodrome.auctions.Inventory} records and decommissions assets and drafts, edits, publishes and withdraws
 * lots ({@link org.cosmodrome.auctions.Lots} is the catalogue); {@link org.cosmodrome.auctions.LotPrices} shows a
 * lot's price in the other currency, converted at finance's exchange rates (finance owns them and their API). The
 * data set's {@code auctions.json} (JV Baiterek's 2025 sale) is loaded as
 * {@code HISTORICAL} lots, sold outside Cosmodrome with an unknown outcome.
 * <p>
 * Depends on {@code sites} (where assets are), {@code organizations} (sellers and bidders), {@code finance} (exchange
 * rates), {@code ledger} and the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Auctions",
        allowedDependencies = {"platform", "ledger", "sites", "organizations", "finance"})
package org.cosmodrome.auctions;
