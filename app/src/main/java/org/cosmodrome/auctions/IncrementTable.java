package org.cosmodrome.auctions;

import java.util.Comparator;
import java.util.List;

/**
 * Bid increments by price tier: at a standing price {@code p}, the next bid must be at least {@code p} plus the
 * increment of the highest tier whose {@code from} is at most {@code p}. Amounts are whole units of the lot's currency.
 *
 * @param tiers at least one; the first starts at 0; {@code from} strictly rising; increments positive and never
 *              falling, so that a higher standing price never asks for a lower next bid
 */
public record IncrementTable(List<Tier> tiers) {

    /**
     * One tier.
     *
     * @param from the lowest standing price (inclusive) this tier applies to
     * @param increment the least raise over a standing price in this tier
     */
    public record Tier(long from, long increment) {
    }

    public IncrementTable {
        if (tiers == null || tiers.isEmpty()) {
            throw new IllegalArgumentException("an increment table needs at least one tier");
        }
        tiers = List.copyOf(tiers);
        if (tiers.get(0).from() != 0) {
            throw new IllegalArgumentException("the first increment tier must start at 0");
        }
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            if (tier.increment() <= 0) {
                throw new IllegalArgumentException("increments must be positive");
            }
            if (i > 0 && (tier.from() <= tiers.get(i - 1).from() || tier.increment() < tiers.get(i - 1).increment())) {
                throw new IllegalArgumentException("tiers must start at rising prices with increments that never fall");
            }
        }
    }

    /** One increment at every price. */
    public static IncrementTable flat(long increment) {
        return new IncrementTable(List.of(new Tier(0, increment)));
    }

    /** The least raise over the standing price {@code price}. */
    public long incrementAt(long price) {
        return tiers.stream().filter(t -> t.from() <= price).max(Comparator.comparingLong(Tier::from))
                .orElseThrow().increment();
    }

    /** The least acceptable next bid over the standing price {@code price}. */
    public long nextBidAfter(long price) {
        return Math.addExact(price, incrementAt(price));
    }
}
