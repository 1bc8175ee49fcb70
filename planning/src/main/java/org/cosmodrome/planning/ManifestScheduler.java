package org.cosmodrome.planning;

import java.util.List;

/**
 * Places launch requests on pads and days without breaking a hard rule of the site, the host state or physics, as
 * many and as well as it can, and says why what did not fit did not.
 */
public interface ManifestScheduler {

    /** Solves the problem within the options' time limit. Pinned requests stay where they are. */
    SchedulePlan solve(ScheduleProblem problem, SolveOptions options);

    /**
     * The best few places for one more request, given the others as planned, without committing anything.
     *
     * @param count at most this many options, best first
     */
    List<FitOption> whereCanThisFit(ScheduleProblem problem, ScheduleProblem.Request request, int count,
            SolveOptions options);
}
