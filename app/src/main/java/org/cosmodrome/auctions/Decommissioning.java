package org.cosmodrome.auctions;

import java.time.LocalDate;

/**
 * The decision to take an asset out of service, which makes it available for a lot.
 *
 * @param on the day of the decision
 * @param reason why, e.g. "obsolete, not integrable into Baiterek"
 */
public record Decommissioning(LocalDate on, String reason) {
}
