package org.cosmodrome.auctions;

import java.time.Duration;
import java.time.Instant;

/**
 * The soft close of an English lot: a bid in the last {@code window} before the close moves the close to
 * {@code extension} after that bid, but never more than {@code cap} after the advertised close.
 *
 * @param window how long before the close a bid extends it; zero for a hard close
 * @param extension how long after such a bid the lot stays open
 * @param cap the most the close may move past the advertised close
 */
public record SoftClose(Duration window, Duration extension, Duration cap) {

    /** No extensions: the lot closes when advertised. */
    public static final SoftClose NONE = new SoftClose(Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public SoftClose {
        if (window == null || extension == null || cap == null || window.isNegative() || extension.isNegative()
                || cap.isNegative()) {
            throw new IllegalArgumentException("soft-close durations must be given and not negative");
        }
    }

    /**
     * The close after an accepted bid at {@code bidAt}.
     *
     * @param advertised the close announced when the lot was published
     * @param current the close before this bid (at or after {@code advertised}); the bid came before it
     */
    public Instant closeAfterBid(Instant advertised, Instant current, Instant bidAt) {
        if (bidAt.isBefore(current.minus(window))) {
            return current;
        }
        Instant extended = bidAt.plus(extension);
        Instant limit = advertised.plus(cap);
        Instant next = extended.isAfter(limit) ? limit : extended;
        return next.isAfter(current) ? next : current;
    }
}
