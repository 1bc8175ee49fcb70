package org.cosmodrome.auctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;


/** Replays a lot's stored bids through its auction rules and compares them with what was stored. */
final class StoredHistory {

    private StoredHistory() {
    }

    static void assertReplaysAsStored(BidBook book, String lotId) {
        BidBook.BiddingLot lot = book.lot(lotId).orElseThrow();
        List<SubmittedBid> stored = book.bids(lotId);
        List<BidSubmission> submissions = stored.stream().map(SubmittedBid::submission).toList();
        List<BidOutcome> outcomes = lot.isEnglish() ? EnglishAuction.replay(lot.english(), submissions).outcomes()
                : DutchAuction.replay(lot.dutch(), submissions).outcomes();
        for (int i = 0; i < stored.size(); i++) {
            BidOutcome outcome = outcomes.get(i);
            assertThat(outcome instanceof BidOutcome.Accepted).as("bid %d accepted", i + 1)
                    .isEqualTo(stored.get(i).accepted());
            if (outcome instanceof BidOutcome.Refused refused) {
                assertThat(refused.refusal().name()).isEqualTo(stored.get(i).refusal());
            }
        }
        List<PriceStep> replayed = outcomes.stream().flatMap(o -> o.steps().stream()).toList();
        assertThat(replayed).isEqualTo(book.priceSteps(lotId));
    }
}
