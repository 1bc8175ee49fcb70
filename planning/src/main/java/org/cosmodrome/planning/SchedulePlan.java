package org.cosmodrome.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to a {@link ScheduleProblem}.
 *
 * @param assignments requests placed on a pad and day
 * @param unscheduled requests that did not fit, each with the binding rules in plain words
 * @param moved published launches the plan moves, with why
 * @param score the solver's score, e.g. {@code 0hard/-2medium/-35soft}
 * @param feasible whether no hard rule is broken
 * @param diagnostics how the plan was found
 */
public record SchedulePlan(List<Assignment> assignments, List<Unscheduled> unscheduled, List<Move> moved,
        String score, boolean feasible, Diagnostics diagnostics) {

    public SchedulePlan {
        assignments = List.copyOf(assignments);
        unscheduled = List.copyOf(unscheduled);
        moved = List.copyOf(moved);
    }

    public record Assignment(String request, String pad, LocalDate date) {
    }

    /**
     * @param reasons the rules that keep it out, in plain words, those blocking the most days first
     * @param binding the name of the hard rule that alone blocks the most of its (pad, day) places, e.g.
     *        {@code pad turnaround} (the constraint names of the solver), or {@code null} when a place was free but
     *        not found, or the solver does not say
     */
    public record Unscheduled(String request, List<String> reasons, String binding) {
        public Unscheduled {
            reasons = List.copyOf(reasons);
        }

        /** Without a binding rule. */
        public Unscheduled(String request, List<String> reasons) {
            this(request, reasons, null);
        }
    }

    public record Move(String request, String fromPad, LocalDate fromDate, String toPad, LocalDate toDate,
            List<String> reasons) {
        public Move {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * @param solver which solver produced the plan
     * @param seed the random seed (same problem, seed and limit: same plan)
     * @param millis wall time spent
     */
    public record Diagnostics(String solver, long seed, long millis) {
    }
}
