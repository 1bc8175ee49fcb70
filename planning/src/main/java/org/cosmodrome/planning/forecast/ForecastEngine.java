package org.cosmodrome.planning.forecast;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.cosmodrome.planning.ManifestScheduler;
import org.cosmodrome.planning.ScheduleProblem;

/**
 * Runs a {@link ForecastScenario}: for every Monte Carlo sample and year, generates the year's demand from the seed,
 * plans the year with the manifest scheduler, and classes each launch that could not fly by its
 * {@link BindingResource}; then reports each figure as a band over the samples. Unflown launches are not carried
 * into the next year. Deterministic: the same scenario (seed included) gives an equal report on 1 thread or N.
 */
public final class ForecastEngine {

    private final ManifestScheduler scheduler;
    private final int parallelism;

    /** @param parallelism year plans solved at once, at least 1 */
    public ForecastEngine(ManifestScheduler scheduler, int parallelism) {
        this.scheduler = scheduler;
        this.parallelism = Math.max(1, parallelism);
    }

    /**
     * Runs the scenario.
     *
     * @param progress told after each year plan
     * @param cancelled polled between year plans; when it answers true the run stops with {@link ForecastCancelled}
     * @throws IllegalArgumentException when {@link #check} finds a problem in the scenario
     */
    public ForecastReport run(ForecastScenario scenario, ForecastProgress progress, BooleanSupplier cancelled) {
        throw new UnsupportedOperationException("being written");
    }

    /** The launch requests of one sample's year (sample from 0), as the scheduler gets them. */
    public static List<ScheduleProblem.Request> demand(ForecastScenario scenario, int sample, int year) {
        throw new UnsupportedOperationException("being written");
    }

    /** What is wrong with a scenario, each naming its field (e.g. {@code streams[2].vehicle}); empty when fine. */
    public static List<ScenarioProblem> check(ForecastScenario scenario) {
        throw new UnsupportedOperationException("being written");
    }

    /** @param field the JSON path of the field, e.g. {@code growth.low} or {@code events[1].startsStreams[0]} */
    public record ScenarioProblem(String field, String message) {
    }
}
