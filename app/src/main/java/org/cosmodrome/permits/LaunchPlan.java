package org.cosmodrome.permits;

import java.time.Instant;
import java.util.List;

/**
 * One version of a lessee's launch plan for a calendar year: how many launches of each vehicle family or hazard class
 * it asks for, and what the host authority approved. An amendment is a newer version of the same lessee and year.
 *
 * @param decidedAt when the host authority decided, {@code null} while submitted; {@code decidedBy} and
 *        {@code decisionReason} likewise
 */
public record LaunchPlan(String id, String lessee, int year, int version, Status status, String note,
        List<Line> lines, Instant submittedAt, String submittedBy, Instant decidedAt, String decidedBy,
        String decisionReason) {

    public enum Status {
        /** Waiting for the host authority. */
        SUBMITTED,
        /** Every line approved as asked. */
        APPROVED,
        /** At least one line approved for fewer launches than asked. */
        PARTIALLY_APPROVED,
        /** Nothing approved. */
        REFUSED,
        /** Replaced by a newer version before a decision. */
        SUPERSEDED;

        public boolean approved() {
            return this == APPROVED || this == PARTIALLY_APPROVED;
        }
    }

    public LaunchPlan {
        lines = List.copyOf(lines);
    }

    /**
     * Launches asked of a family, of a hazard class, or of the family's vehicles of that class.
     *
     * @param number 1 for the first line
     * @param family a vehicle family of the catalogue, or {@code null}
     * @param hazardClass {@code TOXIC} or {@code NON_TOXIC}, or {@code null}
     * @param approved launches approved, {@code null} until decided; at most {@code requested}
     * @param reason why fewer were approved, or {@code null}
     */
    public record Line(int number, String family, String hazardClass, int requested, Integer approved,
            String reason) {

        Line decided(int approvedLaunches, String why) {
            return new Line(number, family, hazardClass, requested, approvedLaunches, why);
        }
    }
}
