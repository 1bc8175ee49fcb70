package org.cosmodrome.permits;

import java.time.Instant;

/**
 * A condition a suspension lifts on, met when ticked off.
 *
 * @param number 1 for the first condition of its suspension
 * @param description what is asked, in words; required for {@link ConditionKind#OTHER}, else {@code null} or a detail
 * @param metAt when it was ticked off, or {@code null} while open; {@code metBy} and {@code evidence} likewise
 */
public record LiftingCondition(int number, ConditionKind kind, String description, Instant metAt, String metBy,
        String evidence) {

    public boolean met() {
        return metAt != null;
    }

    LiftingCondition ticked(String withEvidence, Instant at, String by) {
        return new LiftingCondition(number, kind, description, at, by, withEvidence);
    }
}
