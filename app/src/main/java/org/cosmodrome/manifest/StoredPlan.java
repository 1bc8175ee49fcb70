package org.cosmodrome.manifest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan the solver produced and the manifest applied.
 *
 * @param score the solver's score, such as {@code 0hard/-2medium/-35soft}
 * @param feasible whether no hard rule is broken
 * @param millis wall time the solver spent
 */
public record StoredPlan(String id, Instant createdAt, String score, boolean feasible, String solver, long seed,
        long millis, String requestedBy, List<Entry> entries) {

    public StoredPlan {
        entries = List.copyOf(entries);
    }

    /**
     * What the plan did with one launch.
     *
     * @param pad the pad it placed the launch on, {@code null} when it did not fit
     * @param moved whether the plan moved a published launch from {@code fromPad} on {@code fromDate}
     * @param explanation why it did not fit, or why it moved, in plain words; may be empty
     */
    public record Entry(LaunchId launch, String pad, LocalDate date, boolean moved, String fromPad,
            LocalDate fromDate, List<String> explanation) {

        public Entry {
            explanation = List.copyOf(explanation);
        }

        public boolean scheduled() {
            return pad != null;
        }
    }
}
