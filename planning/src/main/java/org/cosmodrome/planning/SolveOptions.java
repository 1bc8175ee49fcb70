package org.cosmodrome.planning;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * How long and how to solve.
 *
 * @param limit wall-time bound of the solve
 * @param seed the random seed; the same problem, seed and limit give the same plan
 * @param progress called with the best score so far while solving (from the solver's thread); may be a no-op
 */
public record SolveOptions(Duration limit, long seed, Consumer<SolveProgress> progress) {

    public static SolveOptions seconds(long seconds) {
        return new SolveOptions(Duration.ofSeconds(seconds), 42L, p -> { });
    }

    /**
     * @param fraction of the time limit used so far, 0 to 1
     * @param bestScore the best score found so far
     */
    public record SolveProgress(double fraction, String bestScore) {
    }
}
