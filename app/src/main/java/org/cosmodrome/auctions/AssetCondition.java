package org.cosmodrome.auctions;

/** The state an asset is in: usable as it is, usable after repair, or only worth its material. */
public enum AssetCondition {
    SERVICEABLE, REPAIRABLE, SCRAP
}
