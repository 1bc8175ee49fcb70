package org.cosmodrome.auctions;

import java.time.Duration;
import java.time.Instant;

/**
 * The terms of a descending (Dutch) auction: the price starts at {@code startingPrice} when the lot opens and falls
 * by {@code step} every {@code stepEvery}, never below {@code floor}. Step {@code k} (from 0) runs from
 * {@code opensAt + k * stepEvery} (inclusive) to {@code opensAt + (k + 1) * stepEvery} (exclusive) at price
 * {@code max(floor, startingPrice - k * step)}; the step that first reaches the floor is the last, and a lot nobody
 * accepted by its end is unsold. Amounts are whole units of the lot's currency.
 *
 * @param sealedRound when given, every bidder who accepts during the step of the first acceptance takes part in a
 *                    sealed-bid round of this length from the end of that step, and the highest sealed bid wins; when
 *                    {@code null}, the first acceptance wins at once
 */
public record DutchTerms(long startingPrice, long floor, long step, Duration stepEvery, Instant opensAt,
        Duration sealedRound) {

    public DutchTerms {
        if (startingPrice <= 0 || floor <= 0 || step <= 0) {
            throw new IllegalArgumentException("the starting price, floor and step must be positive");
        }
        if (floor > startingPrice) {
            throw new IllegalArgumentException("the floor must not be above the starting price");
        }
        if (stepEvery == null || stepEvery.isZero() || stepEvery.isNegative() || opensAt == null) {
            throw new IllegalArgumentException("a positive step length and an opening are required");
        }
        if (sealedRound != null && (sealedRound.isZero() || sealedRound.isNegative())) {
            throw new IllegalArgumentException("a sealed round must last a positive time");
        }
    }

    /** Falls to {@code floorPercent} of the starting price in {@code steps} equal steps (the last may be smaller). */
    public static DutchTerms toFloor(long startingPrice, int floorPercent, int steps, Duration stepEvery,
            Instant opensAt, Duration sealedRound) {
        long floor = Math.max(1, startingPrice * floorPercent / 100);
        long step = Math.max(1, (startingPrice - floor + steps - 1) / steps);
        return new DutchTerms(startingPrice, floor, step, stepEvery, opensAt, sealedRound);
    }

    /** How many steps the price takes to fall from the starting price to the floor. */
    public int stepsToFloor() {
        return Math.toIntExact((startingPrice - floor + step - 1) / step);
    }
}
