package org.cosmodrome.auctions;

import java.time.Instant;
import java.util.List;

/** What became of a submitted bid. */
public sealed interface BidOutcome permits BidOutcome.Accepted, BidOutcome.Refused {

    /** The submission this is the outcome of. */
    int seq();

    /** The standing prices the bid caused, in order. */
    List<PriceStep> steps();

    /**
     * The bid was taken.
     *
     * @param steps the standing prices it caused, in order (none for a raised maximum or a Dutch acceptance)
     * @param leading whether the bidder leads after it (for a Dutch acceptance: whether it is the first)
     * @param price the standing price after it (for a Dutch lot, the accepted price or the sealed amount)
     * @param closesAt the lot's close after it ({@code null} for a Dutch lot)
     */
    record Accepted(int seq, List<PriceStep> steps, boolean leading, long price, Instant closesAt)
            implements BidOutcome {
        public Accepted {
            steps = List.copyOf(steps);
        }
    }

    /**
     * The bid was refused.
     *
     * @param refusal why
     * @param steps prices the bid still caused: a bid that ties a leader's hidden maximum is refused, and the leader's
     *              automatic bid rises to that maximum
     */
    record Refused(int seq, Refusal refusal, List<PriceStep> steps) implements BidOutcome {
        public Refused {
            steps = List.copyOf(steps);
        }

        /** The sentence shown to the bidder. */
        public String reason() {
            return refusal.reason();
        }
    }
}
