package org.cosmodrome.auctions;

/** The unit an asset's quantity is counted in. */
public enum AssetUnit {
    TONNE, METRE, PIECE, SET
}
