package org.cosmodrome.auctions;

import java.math.BigDecimal;

import org.cosmodrome.organizations.Money;

/** An asset to record, as a client or the data set describes it; see {@link Asset} for the fields. */
public record NewAsset(String id, AssetKind kind, String description, BigDecimal quantity, AssetUnit unit,
        AssetCondition condition, String siteId, String padId, String location, Money bookValue, String photoUrl,
        String source) {
}
