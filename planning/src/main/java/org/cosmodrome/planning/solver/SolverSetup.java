package org.cosmodrome.planning.solver;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * The solver configuration: local search only (the start comes from {@link GreedyStart}), one thread, reproducible
 * with the given seed, stopped by the wall-clock limit or a move budget ({@link #moveBudget}), whichever comes first. Factories are
 * costly to build (the constraint streams are compiled), so they are kept per seed. Thread-safe.
 */
public final class SolverSetup {

    public static final String TIMEFOLD_VERSION = "1.32.0";

    private static final int CACHED_SEEDS = 8;

    private final Map<Long, SolverFactory<ManifestSolution>> factories = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, SolverFactory<ManifestSolution>> eldest) {
            return size() > CACHED_SEEDS;
        }
    };
    private volatile SolutionManager<ManifestSolution, HardMediumSoftLongScore> solutionManager;

    /** The configuration for a seed, without termination: each solve sets its own. */
    public static SolverConfig config(long seed) {
        return new SolverConfig()
                .withSolutionClass(ManifestSolution.class)
                .withEntityClasses(LaunchSlot.class)
                .withConstraintProviderClass(ManifestConstraints.class)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(seed)
                .withPhases(new LocalSearchPhaseConfig().withMoveSelectorConfig(moves()));
    }

    /**
     * Change one request's day (most often), change its pad, or exchange the pads and days of two requests.
     */
    private static MoveSelectorConfig<?> moves() {
        return new UnionMoveSelectorConfig().withMoveSelectors(
                new ChangeMoveSelectorConfig()
                        .withValueSelectorConfig(new ValueSelectorConfig().withVariableName("date"))
                        .withFixedProbabilityWeight(3.0),
                new ChangeMoveSelectorConfig()
                        .withValueSelectorConfig(new ValueSelectorConfig().withVariableName("pad"))
                        .withFixedProbabilityWeight(1.0),
                new SwapMoveSelectorConfig().withFixedProbabilityWeight(1.0));
    }

    /**
     * Moves (score calculations) the local search evaluates at most: a budget that grows with the number of requests and depends on nothing
     * else, so that a solve that ends on it ends alike on every machine. Small problems end on it long before their
     * time limit; large ones end on the time limit.
     */
    public static long moveBudget(int requests) {
        return 10_000L + 500L * requests;
    }

    /** A fresh solver for one solve. */
    public Solver<ManifestSolution> solver(long seed, Duration limit, int requests) {
        TerminationConfig termination = new TerminationConfig()
                .withSpentLimit(limit)
                .withScoreCalculationCountLimit(moveBudget(requests))
                // no plan scores better than every request on its desired day with nothing moved
                .withBestScoreLimit("0hard/0medium/0soft");
        return SolverFactory.<ManifestSolution>create(config(seed).withTerminationConfig(termination)).buildSolver();
    }

    /** For scoring and analysing a plan without solving. */
    public SolutionManager<ManifestSolution, HardMediumSoftLongScore> solutionManager() {
        SolutionManager<ManifestSolution, HardMediumSoftLongScore> manager = solutionManager;
        if (manager == null) {
            synchronized (this) {
                manager = solutionManager;
                if (manager == null) {
                    manager = SolutionManager.create(SolverFactory.create(config(0L)));
                    solutionManager = manager;
                }
            }
        }
        return manager;
    }
}
