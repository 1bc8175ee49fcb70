package org.cosmodrome.auctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.cosmodrome.auctions.AuctionResult.Sold;
import org.cosmodrome.auctions.AuctionResult.Unsold;
import org.cosmodrome.auctions.BidOutcome.Accepted;
import org.cosmodrome.auctions.BidOutcome.Refused;
import org.junit.jupiter.api.Test;

class EnglishAuctionTest {

    static final Instant OPENS = Instant.parse("2025-06-04T04:00:00Z");
    static final Instant CLOSES = Instant.parse("2025-06-04T12:00:00Z");
    static final IncrementTable INCREMENTS = new IncrementTable(List.of(new IncrementTable.Tier(0, 1_000),
            new IncrementTable.Tier(100_000, 5_000), new IncrementTable.Tier(500_000, 10_000)));
    static final SoftClose SOFT_CLOSE = new SoftClose(Duration.ofMinutes(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30));

    private final List<BidSubmission> bids = new ArrayList<>();

    private static EnglishTerms terms(Long reserve) {
        return new EnglishTerms(80_000, reserve, INCREMENTS, OPENS, CLOSES, SOFT_CLOSE);
    }

    private BidOutcome bid(EnglishAuction auction, String bidder, long amount, Long maximum, Instant at) {
        BidSubmission submission = BidSubmission.of(bids.size() + 1, bidder, BidKind.BID, amount, maximum, at);
        bids.add(submission);
        return auction.bid(submission);
    }

    private static Instant minutes(int afterOpening) {
        return OPENS.plus(Duration.ofMinutes(afterOpening));
    }

    @Test
    void aFirstBidBelowTheStartingPriceIsRefusedAndOneAtItStands() {
        EnglishAuction auction = new EnglishAuction(terms(null));
        assertThat(bid(auction, "a", 79_999, null, minutes(1)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.refusal()).isEqualTo(Refusal.BELOW_STARTING_PRICE));
        assertThat(bid(auction, "a", 80_000, null, minutes(2))).isInstanceOf(Accepted.class);
        assertThat(auction.price()).isEqualTo(80_000);
        assertThat(auction.nextBid()).isEqualTo(81_000);
    }

    @Test
    void aBidMustRaiseByTheIncrementOfTheStandingPricesTier() {
        EnglishAuction auction = new EnglishAuction(terms(null));
        bid(auction, "a", 80_000, null, minutes(1));
        assertThat(((Refused) bid(auction, "b", 80_500, null, minutes(2))).refusal()).isEqualTo(Refusal.BELOW_INCREMENT);
        assertThat(bid(auction, "b", 100_000, null, minutes(3))).isInstanceOf(Accepted.class);
        // At 100,000 the tier's increment is 5,000.
        assertThat(((Refused) bid(auction, "a", 104_999, null, minutes(4))).refusal())
                .isEqualTo(Refusal.BELOW_INCREMENT);
        assertThat(bid(auction, "a", 105_000, null, minutes(5))).isInstanceOf(Accepted.class);
    }

    @Test
    void aBidEqualToTheStandingPriceIsATie() {
        EnglishAuction auction = new EnglishAuction(terms(null));
        bid(auction, "a", 90_000, null, minutes(1));
        Refused tie = (Refused) bid(auction, "b", 90_000, null, minutes(2));
        assertThat(tie.refusal()).isEqualTo(Refusal.TIE);
        assertThat(tie.reason()).contains("earlier bid stands");
        assertThat(auction.leader()).isEqualTo("a");
    }

    @Test
    void aProxyBidsForItsBidderByTheLeastIncrementUpToItsHiddenMaximum() {
        EnglishAuction auction = new EnglishAuction(terms(null));
        bid(auction, "a", 80_000, 120_000L, minutes(1));
        assertThat(auction.price()).isEqualTo(80_000);

        Accepted outbid = (Accepted) bid(auction, "b", 90_000, null, minutes(2));
        assertThat(outbid.leading()).isFalse();
        assertThat(outbid.steps()).extracting(PriceStep::bidder, PriceStep::amount, PriceStep::automatic)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b", 90_000L, false),
                        org.assertj.core.groups.Tuple.tuple("a", 91_000L, true));

        // b's own proxy above a's maximum: a's proxy goes to its maximum, b leads one increment above it.
        Accepted lead = (Accepted) bid(auction, "b", 92_000, 200_000L, minutes(3));
        assertThat(lead.leading()).isTrue();
        assertThat(lead.steps()).extracting(PriceStep::bidder, PriceStep::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 120_000L),
                        org.assertj.core.groups.Tuple.tuple("b", 125_000L));
        assertThat(auction.leader()).isEqualTo("b");
    }

    @Test
    void aRivalMatchingTheLeadersMaximumIsRefusedAsATieAndThePriceRisesToThatMaximum() {
        EnglishAuction auction = new EnglishAuction(terms(null));
        bid(auction, "a", 80_000, 150_000L, minutes(1));
        Refused tie = (Refused) bid(auction, "b", 150_000, null, minutes(2));
        assertThat(tie.refusal()).isEqualTo(Refusal.TIE);
        assertThat(tie.steps()).extracting(PriceStep::bidder, PriceStep::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 150_000L));
        assertThat(auction.leader()).isEqualTo("a");
        assertThat(auction.price()).isEqualTo(150_000);
    }

    @Test
    void theLeaderMayOnlyRaiseItsOwnMaximum() {
        EnglishAuction auction = new EnglishAuction(terms(null));
        bid(auction, "a", 80_000, 100_000L, minutes(1));
        assertThat(((Refused) bid(auction, "a", 80_000, 90_000L, minutes(2))).refusal())
                .isEqualTo(Refusal.MAXIMUM_NOT_RAISED);
        Accepted raised = (Accepted) bid(auction, "a", 80_000, 130_000L, minutes(3));
        assertThat(raised.steps()).isEmpty();
        assertThat(auction.price()).isEqualTo(80_000);
        bid(auction, "b", 125_000, null, minutes(4));
        assertThat(auction.leader()).isEqualTo("a");
        assertThat(auction.price()).isEqualTo(130_000);
    }

    @Test
    void aBidInTheLastMinutesExtendsTheCloseUpToTheCap() {
        EnglishAuction auction = new EnglishAuction(terms(null));
        bid(auction, "a", 80_000, null, minutes(10));
        assertThat(auction.closesAt()).isEqualTo(CLOSES);
        Accepted late = (Accepted) bid(auction, "b", 81_000, null, CLOSES.minusSeconds(60));
        assertThat(late.closesAt()).isEqualTo(CLOSES.plusSeconds(240));
        Instant at = late.closesAt();
        String bidder = "a";
        long amount = 82_000;
        // Keep bidding a second before each close: the close moves until the 30-minute cap.
        for (int i = 0; i < 20; i++) {
            Instant bidAt = auction.closesAt().minusSeconds(1);
            if (bid(auction, bidder, amount, null, bidAt) instanceof Refused) {
                break;
            }
            bidder = bidder.equals("a") ? "b" : "a";
            amount += 1_000;
            at = auction.closesAt();
        }
        assertThat(auction.closesAt()).isEqualTo(CLOSES.plus(Duration.ofMinutes(30)));
        assertThat(at).isEqualTo(auction.closesAt());
        assertThat(((Refused) bid(auction, "c", 200_000, null, auction.closesAt())).refusal()).isEqualTo(Refusal.LATE);
    }

    @Test
    void bidsBeforeTheOpeningOrAtTheCloseAreRefused() {
        EnglishAuction auction = new EnglishAuction(terms(null));
        assertThat(((Refused) bid(auction, "a", 80_000, null, OPENS.minusSeconds(1))).refusal())
                .isEqualTo(Refusal.NOT_OPEN);
        assertThat(((Refused) bid(auction, "a", 80_000, null, CLOSES)).refusal()).isEqualTo(Refusal.LATE);
        assertThat(auction.resultAt(CLOSES)).isEqualTo(new Unsold(AuctionResult.Why.NO_BIDS, CLOSES));
    }

    @Test
    void theLotIsUnsoldWhenTheBestBidStaysBelowTheReserve() {
        EnglishAuction auction = new EnglishAuction(terms(150_000L));
        bid(auction, "a", 80_000, null, minutes(1));
        bid(auction, "b", 140_000, null, minutes(2));
        assertThat(auction.resultAt(minutes(3))).isInstanceOf(AuctionResult.Running.class);
        assertThat(auction.resultAt(CLOSES)).isEqualTo(new Unsold(AuctionResult.Why.RESERVE_NOT_MET, CLOSES));
    }

    @Test
    void aMaximumAtOrAboveTheReserveLiftsThePriceToTheReserve() {
        EnglishAuction auction = new EnglishAuction(terms(150_000L));
        Accepted first = (Accepted) bid(auction, "a", 80_000, 170_000L, minutes(1));
        assertThat(first.steps()).extracting(PriceStep::amount).containsExactly(80_000L, 150_000L);
        assertThat(auction.resultAt(CLOSES)).isInstanceOfSatisfying(Sold.class,
                s -> assertThat(s.price()).isEqualTo(150_000));
    }

    @Test
    void theHighestBidWinsAndTheOthersFollowInOrderOfTheirBestBids() {
        EnglishAuction auction = new EnglishAuction(terms(null));
        bid(auction, "a", 80_000, null, minutes(1));
        bid(auction, "b", 85_000, null, minutes(2));
        bid(auction, "c", 90_000, 95_000L, minutes(3));
        bid(auction, "a", 96_000, null, minutes(4));
        Sold sold = (Sold) auction.resultAt(CLOSES);
        assertThat(sold.winner()).isEqualTo("a");
        assertThat(sold.price()).isEqualTo(96_000);
        assertThat(sold.runnersUp()).extracting(AuctionResult.Standing::bidder, AuctionResult.Standing::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c", 95_000L),
                        org.assertj.core.groups.Tuple.tuple("b", 85_000L));
    }

    @Test
    void anIneligibleBidderIsRefusedBeforeTheRulesSeeTheBid() {
        EnglishAuction auction = new EnglishAuction(terms(null));
        BidSubmission seller = new BidSubmission(1, "jv-baiterek", BidKind.BID, 500_000L, null, minutes(1),
                Refusal.SELLER_PARTY);
        assertThat(((Refused) auction.bid(seller)).refusal()).isEqualTo(Refusal.SELLER_PARTY);
        assertThat(auction.steps()).isEmpty();
    }

    @Test
    void randomBiddingKeepsPricesRisingAndDistinctAndReplaysToTheSameHistory() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 200; round++) {
            EnglishAuction auction = new EnglishAuction(terms(random.nextBoolean() ? null : 120_000L));
            List<BidSubmission> submissions = new ArrayList<>();
            List<BidOutcome> outcomes = new ArrayList<>();
            Instant at = OPENS.minusSeconds(30);
            for (int seq = 1; seq <= 60; seq++) {
                at = at.plusSeconds(random.nextInt(1, 900));
                String bidder = "b" + random.nextInt(5);
                long amount = Math.max(1, auction.nextBid() + random.nextLong(-3_000, 20_000));
                Long maximum = random.nextInt(3) == 0 ? amount + random.nextLong(0, 60_000) : null;
                BidSubmission submission = BidSubmission.of(seq, bidder, BidKind.BID, amount, maximum, at);
                submissions.add(submission);
                outcomes.add(auction.bid(submission));
            }
            List<PriceStep> steps = auction.steps();
            Set<Long> prices = new HashSet<>();
            for (int i = 0; i < steps.size(); i++) {
                assertThat(prices.add(steps.get(i).amount())).isTrue();
                if (i > 0) {
                    assertThat(steps.get(i).amount()).isGreaterThan(steps.get(i - 1).amount());
                }
            }
            if (!steps.isEmpty()) {
                assertThat(steps.get(steps.size() - 1).bidder()).isEqualTo(auction.leader());
            }
            EnglishAuction.Replay replay = EnglishAuction.replay(auction.terms(), submissions);
            assertThat(replay.outcomes()).isEqualTo(outcomes);
            assertThat(replay.auction().steps()).isEqualTo(steps);
            assertThat(replay.auction().resultAt(Instant.MAX)).isEqualTo(auction.resultAt(Instant.MAX));
        }
    }
}
