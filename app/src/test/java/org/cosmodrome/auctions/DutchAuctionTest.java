package org.cosmodrome.auctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.cosmodrome.auctions.AuctionResult.Sold;
import org.cosmodrome.auctions.AuctionResult.Standing;
import org.cosmodrome.auctions.AuctionResult.Unsold;
import org.cosmodrome.auctions.BidOutcome.Accepted;
import org.cosmodrome.auctions.BidOutcome.Refused;
import org.junit.jupiter.api.Test;

class DutchAuctionTest {

    static final Instant OPENS = Instant.parse("2025-06-04T04:00:00Z");
    static final Duration STEP = Duration.ofMinutes(10);

    private final List<BidSubmission> bids = new ArrayList<>();

    private BidOutcome submit(DutchAuction auction, String bidder, BidKind kind, Long amount, Instant at) {
        BidSubmission submission = BidSubmission.of(bids.size() + 1, bidder, kind, amount, null, at);
        bids.add(submission);
        return auction.bid(submission);
    }

    private static Instant inStep(int step) {
        return OPENS.plus(STEP.multipliedBy(step)).plusSeconds(30);
    }

    @Test
    void thePriceFallsInEqualStepsToHalfTheStartingPriceAndStaysThere() {
        DutchTerms terms = DutchTerms.toFloor(520_000, 50, 10, STEP, OPENS, null);
        assertThat(terms.floor()).isEqualTo(260_000);
        assertThat(terms.step()).isEqualTo(26_000);
        assertThat(terms.stepsToFloor()).isEqualTo(10);
        DutchAuction auction = new DutchAuction(terms);
        assertThat(auction.priceAt(OPENS.minusSeconds(1))).isEqualTo(520_000);
        assertThat(auction.priceAt(OPENS)).isEqualTo(520_000);
        assertThat(auction.priceAt(inStep(1))).isEqualTo(494_000);
        assertThat(auction.priceAt(OPENS.plus(STEP).minusNanos(1))).isEqualTo(520_000);
        assertThat(auction.priceAt(inStep(10))).isEqualTo(260_000);
        assertThat(auction.priceAt(inStep(400))).isEqualTo(260_000);
        assertThat(auction.endsUnsoldAt()).isEqualTo(OPENS.plus(STEP.multipliedBy(11)));
    }

    @Test
    void withoutASealedRoundTheFirstAcceptanceBuysTheLotAtOnce() {
        DutchAuction auction = new DutchAuction(DutchTerms.toFloor(520_000, 50, 10, STEP, OPENS, null));
        Accepted first = (Accepted) submit(auction, "a", BidKind.ACCEPT, 442_000L, inStep(3));
        assertThat(first.leading()).isTrue();
        assertThat(first.price()).isEqualTo(442_000);
        assertThat(((Refused) submit(auction, "b", BidKind.ACCEPT, null, inStep(3))).refusal())
                .isEqualTo(Refusal.CLOSED);
        Sold sold = (Sold) auction.resultAt(inStep(3));
        assertThat(sold.winner()).isEqualTo("a");
        assertThat(sold.price()).isEqualTo(442_000);
        assertThat(sold.endedAt()).isEqualTo(inStep(3));
    }

    @Test
    void anAcceptanceOfAPriceThatHasMovedOnIsRefused() {
        DutchAuction auction = new DutchAuction(DutchTerms.toFloor(520_000, 50, 10, STEP, OPENS, null));
        assertThat(((Refused) submit(auction, "a", BidKind.ACCEPT, 494_000L, inStep(2))).refusal())
                .isEqualTo(Refusal.PRICE_MOVED);
        assertThat(((Refused) submit(auction, "a", BidKind.ACCEPT, null, OPENS.minusSeconds(5))).refusal())
                .isEqualTo(Refusal.NOT_OPEN);
        assertThat(((Refused) submit(auction, "a", BidKind.BID, 520_000L, inStep(2))).refusal())
                .isEqualTo(Refusal.WRONG_KIND);
    }

    @Test
    void nobodyAcceptingDownToTheFloorLeavesTheLotUnsold() {
        DutchAuction auction = new DutchAuction(DutchTerms.toFloor(520_000, 50, 10, STEP, OPENS, null));
        Instant end = auction.endsUnsoldAt();
        assertThat(auction.resultAt(end.minusNanos(1))).isInstanceOf(AuctionResult.Running.class);
        assertThat(auction.resultAt(end)).isEqualTo(new Unsold(AuctionResult.Why.NO_ACCEPTANCE, end));
        assertThat(((Refused) submit(auction, "a", BidKind.ACCEPT, null, end)).refusal()).isEqualTo(Refusal.LATE);
    }

    @Test
    void bidderAcceptingTheSamePriceGoToASealedRoundWhichTheHighestSealedBidWins() {
        Duration round = Duration.ofMinutes(30);
        DutchAuction auction = new DutchAuction(DutchTerms.toFloor(520_000, 50, 10, STEP, OPENS, round));
        assertThat(((Accepted) submit(auction, "a", BidKind.ACCEPT, null, inStep(5))).leading()).isTrue();
        assertThat(((Accepted) submit(auction, "b", BidKind.ACCEPT, null, inStep(5).plusSeconds(60))).leading())
                .isFalse();
        assertThat(((Accepted) submit(auction, "c", BidKind.ACCEPT, null, inStep(5).plusSeconds(90))).price())
                .isEqualTo(390_000);
        assertThat(((Refused) submit(auction, "a", BidKind.ACCEPT, null, inStep(5).plusSeconds(100))).refusal())
                .isEqualTo(Refusal.ALREADY_ACCEPTED);
        assertThat(((Refused) submit(auction, "d", BidKind.ACCEPT, null, inStep(6))).refusal())
                .isEqualTo(Refusal.LATE);
        assertThat(((Refused) submit(auction, "a", BidKind.SEALED, 400_000L, inStep(5).plusSeconds(120))).refusal())
                .as("the round starts when the step of the first acceptance ends").isEqualTo(Refusal.NOT_IN_SEALED_ROUND);

        Instant roundOpens = OPENS.plus(STEP.multipliedBy(6));
        assertThat(auction.endsAt()).isEqualTo(roundOpens.plus(round));
        assertThat(((Refused) submit(auction, "d", BidKind.SEALED, 500_000L, roundOpens)).refusal())
                .isEqualTo(Refusal.NOT_IN_SEALED_ROUND);
        assertThat(((Refused) submit(auction, "a", BidKind.SEALED, 389_999L, roundOpens)).refusal())
                .isEqualTo(Refusal.SEALED_BELOW_PRICE);
        submit(auction, "a", BidKind.SEALED, 410_000L, roundOpens.plusSeconds(10));
        submit(auction, "b", BidKind.SEALED, 415_000L, roundOpens.plusSeconds(20));
        assertThat(((Refused) submit(auction, "b", BidKind.SEALED, 420_000L, roundOpens.plusSeconds(30))).refusal())
                .isEqualTo(Refusal.SEALED_ALREADY_SUBMITTED);
        assertThat(((Refused) submit(auction, "c", BidKind.SEALED, 450_000L, roundOpens.plus(round))).refusal())
                .isEqualTo(Refusal.LATE);

        assertThat(auction.resultAt(roundOpens.plus(round).minusNanos(1))).isInstanceOf(AuctionResult.Running.class);
        Sold sold = (Sold) auction.resultAt(roundOpens.plus(round));
        assertThat(sold.winner()).isEqualTo("b");
        assertThat(sold.price()).isEqualTo(415_000);
        assertThat(sold.runnersUp()).extracting(Standing::bidder, Standing::amount)
                .containsExactly(Tuple.tuple("a", 410_000L), Tuple.tuple("c", 390_000L));
    }

    @Test
    void aSingleAcceptanceWithASealedRoundInTheTermsBuysAtTheEndOfItsStep() {
        DutchAuction auction = new DutchAuction(DutchTerms.toFloor(520_000, 50, 10, STEP, OPENS, Duration.ofHours(1)));
        submit(auction, "a", BidKind.ACCEPT, null, inStep(10));
        Instant stepEnds = OPENS.plus(STEP.multipliedBy(11));
        assertThat(auction.resultAt(stepEnds.minusNanos(1))).isInstanceOf(AuctionResult.Running.class);
        Sold sold = (Sold) auction.resultAt(stepEnds);
        assertThat(sold.price()).isEqualTo(260_000);
        assertThat(sold.runnersUp()).isEmpty();
    }

    @Test
    void equalSealedBidsGoToTheEarlierOne() {
        DutchAuction auction = new DutchAuction(DutchTerms.toFloor(100_000, 50, 5, STEP, OPENS, Duration.ofMinutes(5)));
        submit(auction, "a", BidKind.ACCEPT, null, inStep(1));
        submit(auction, "b", BidKind.ACCEPT, null, inStep(1).plusSeconds(1));
        Instant round = OPENS.plus(STEP.multipliedBy(2));
        submit(auction, "b", BidKind.SEALED, 95_000L, round.plusSeconds(1));
        submit(auction, "a", BidKind.SEALED, 95_000L, round.plusSeconds(2));
        assertThat(((Sold) auction.resultAt(round.plusSeconds(300))).winner()).isEqualTo("b");
        DutchAuction.Replay replay = DutchAuction.replay(DutchTerms.toFloor(100_000, 50, 5, STEP, OPENS,
                Duration.ofMinutes(5)), bids);
        assertThat(replay.auction().resultAt(round.plusSeconds(300))).isEqualTo(auction.resultAt(round.plusSeconds(300)));
    }

    @Test
    void termsWithAFloorAboveTheStartingPriceAreRefused() {
        assertThatThrownBy(() -> new DutchTerms(100, 200, 10, STEP, OPENS, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("floor");
    }
}
