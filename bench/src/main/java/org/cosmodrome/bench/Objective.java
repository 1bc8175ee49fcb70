package org.cosmodrome.bench;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.cosmodrome.planning.SchedulePlan;
import org.cosmodrome.planning.ScheduleProblem;

/**
 * The one objective every solver is measured by, lower is better: {@code medium * MEDIUM_FACTOR + soft}.
 * <ul>
 * <li>medium: for each request left unscheduled, {@link #weight(int) weight(priority)}, schedule-v1's
 * {@code max(1, 11 - priority)}: 10 for priority 1, 9 for 2, 8 for 3;</li>
 * <li>soft: for each scheduled request, {@code |date - desired|} in days (schedule-v1's "desired date"; its tenant
 * fairness and published-move terms are left out).</li>
 * </ul>
 * {@link #MEDIUM_FACTOR} is larger than the total deviation any instance here can reach, so the scalar orders plans
 * as the HardMediumSoft score of schedule-v1 does. Hard rules are not in the objective: {@link PlanChecker} counts
 * their violations separately.
 *
 * @param medium sum of the weights of unscheduled requests
 * @param soft sum of the distances, in days, between each scheduled request's day and its desired day
 */
public record Objective(long medium, long soft) {

    /** Days of deviation one unit of medium penalty is worth. */
    public static final long MEDIUM_FACTOR = 1_000_000;

    public long value() {
        return medium * MEDIUM_FACTOR + soft;
    }

    /** The penalty for leaving a request of this priority (1 highest) unscheduled. */
    public static long weight(int priority) {
        return Math.max(1, 11 - Math.max(1, priority));
    }

    /**
     * Scores a plan against its problem. Assignments of unknown requests are ignored and a request assigned twice
     * counts once (the checker reports both); hard violations do not change the objective.
     */
    public static Objective of(ScheduleProblem problem, SchedulePlan plan) {
        Map<String, SchedulePlan.Assignment> placed = new HashMap<>();
        for (SchedulePlan.Assignment a : plan.assignments()) {
            placed.putIfAbsent(a.request(), a);
        }
        long medium = 0;
        long soft = 0;
        for (ScheduleProblem.Request r : problem.requests()) {
            SchedulePlan.Assignment a = placed.get(r.id());
            if (a == null) {
                medium += weight(r.priority());
            } else {
                soft += Math.abs(ChronoUnit.DAYS.between(r.desired(), a.date()));
            }
        }
        return new Objective(medium, soft);
    }

    /** In Timefold's notation, e.g. {@code 0hard/-10medium/-35soft} (hard violations are not counted here). */
    public String asScore() {
        return "0hard/" + (-medium) + "medium/" + (-soft) + "soft";
    }
}
