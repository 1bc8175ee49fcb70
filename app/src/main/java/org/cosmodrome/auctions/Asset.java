package org.cosmodrome.auctions;

import java.math.BigDecimal;
import java.time.Instant;

import org.cosmodrome.organizations.Money;

/**
 * A piece or batch of equipment at a facility or pad. Public: anyone may read it.
 *
 * @param id 1-64 lowercase letters, digits and dashes
 * @param quantity how much, in {@code unit}; more than 0
 * @param siteId the site (e.g. {@code 45}), or {@code null}
 * @param padId the pad (e.g. {@code 45-1}), or {@code null}
 * @param location where it is, in words
 * @param bookValue its value in the owner's books, or {@code null} when unknown
 * @param decommissioning the decision to take it out of service, or {@code null} while in service
 * @param source where the record comes from (source keys, or who entered it)
 */
public record Asset(String id, AssetKind kind, String description, BigDecimal quantity, AssetUnit unit,
        AssetCondition condition, String siteId, String padId, String location, Money bookValue, String photoUrl,
        Decommissioning decommissioning, String source, Instant recordedAt, String recordedBy) {

    public boolean decommissioned() {
        return decommissioning != null;
    }
}
