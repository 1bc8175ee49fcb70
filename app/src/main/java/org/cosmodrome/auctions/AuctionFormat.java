package org.cosmodrome.auctions;

/** How a lot is sold: ascending bids ({@link EnglishTerms}) or a falling price ({@link DutchTerms}). */
public enum AuctionFormat {
    ENGLISH, DUTCH
}
