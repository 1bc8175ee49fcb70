/**
 * Ledger: the one record of every decision that no party can quietly rewrite. Every state-changing command of every
 * module appends an entry in the same transaction (who, when, what, a canonical JSON of the change), chained by
 * SHA-256 so that {@link org.cosmodrome.ledger.LedgerVerification} names the first entry that was altered, removed or
 * inserted. A daily head hash can be exported and later checked by another party.
 * <p>
 * Owns the {@code ledger} schema (append-only, enforced by a trigger). Upstream of every capability module; depends
 * on the platform only. Entries about a tenant's private records carry that tenant and are shown only to it and to
 * those who read everything.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger")
package org.cosmodrome.ledger;
