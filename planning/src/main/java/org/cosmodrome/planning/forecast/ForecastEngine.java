package org.cosmodrome.planning.forecast;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.cosmodrome.planning.DateRange;
import org.cosmodrome.planning.ManifestScheduler;
import org.cosmodrome.planning.ScheduleProblem;
import org.cosmodrome.planning.SchedulePlan;
import org.cosmodrome.planning.SolveOptions;
import org.cosmodrome.planning.explain.Explanations;

/**
 * Runs a {@link ForecastScenario}: for every Monte Carlo sample and year, generates the year's demand from the seed,
 * plans the year with the manifest scheduler, and classes each launch that could not fly by its
 * {@link BindingResource}; then reports each figure as a band over the samples. Unflown launches are not carried
 * into the next year: each year's figures say what that year's demand meets. Deterministic: the same scenario (seed
 * included) gives an equal report on 1 thread or N, since every year plan is solved with the scenario's seed and ends
 * on the scheduler's move budget, not on the clock.
 */
public final class ForecastEngine {

    /** A year plan is stopped by the scheduler's move budget long before this; the bound only guards a runaway. */
    private static final Duration SOLVE_LIMIT = Duration.ofMinutes(10);
    private static final long CANCEL_POLL_MILLIS = 100;

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
        List<ScenarioProblem> problems = check(scenario);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).field() + ": " + problems.get(0).message());
        }
        int years = scenario.years();
        int total = scenario.samples() * years;
        YearResult[][] results = new YearResult[scenario.samples()][years];
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, runnable -> {
            Thread thread = new Thread(runnable, "forecast-year-plan");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(total);
            for (int sample = 0; sample < scenario.samples(); sample++) {
                for (int y = 0; y < years; y++) {
                    int s = sample;
                    int index = y;
                    futures.add(pool.submit(() -> {
                        if (cancelled.getAsBoolean()) {
                            return;
                        }
                        results[s][index] = planYear(scenario, s, scenario.firstYear() + index);
                        progress.solved(done.incrementAndGet(), total);
                    }));
                }
            }
            for (Future<?> future : futures) {
                await(future, cancelled);
            }
            if (cancelled.getAsBoolean()) {
                throw new ForecastCancelled();
            }
        } finally {
            pool.shutdownNow();
        }
        List<ForecastReport.YearOutlook> outlooks = new ArrayList<>(years);
        for (int y = 0; y < years; y++) {
            outlooks.add(outlook(scenario, y, results));
        }
        return new ForecastReport(scenario.name(), scenario.seed(), scenario.samples(), outlooks);
    }

    private static void await(Future<?> future, BooleanSupplier cancelled) {
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new ForecastCancelled();
            }
            try {
                future.get(CANCEL_POLL_MILLIS, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException stillRunning) {
                // poll the cancel flag again
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new ForecastCancelled();
            } catch (ExecutionException failed) {
                Throwable cause = failed.getCause();
                throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
            }
        }
    }

    /** One sample's year: what was asked, what flew, and what bound each launch that did not. */
    private record YearResult(int demand, int flown, Map<String, Integer> unflownByResource) {
    }

    private YearResult planYear(ForecastScenario scenario, int sample, int year) {
        List<ScheduleProblem.Request> requests = demand(scenario, sample, year);
        if (requests.isEmpty()) {
            return new YearResult(0, 0, Map.of());
        }
        SchedulePlan plan = scheduler.solve(yearProblem(scenario, year, requests),
                new SolveOptions(SOLVE_LIMIT, scenario.seed(), p -> { }));
        Map<String, String> families = new HashMap<>();
        scenario.site().vehicles().forEach(v -> families.put(v.id(), v.family()));
        Map<String, String> vehicleOf = new HashMap<>();
        requests.forEach(r -> vehicleOf.put(r.id(), r.vehicle()));
        Map<String, Integer> byResource = new TreeMap<>();
        for (SchedulePlan.Unscheduled unscheduled : plan.unscheduled()) {
            String family = families.getOrDefault(vehicleOf.get(unscheduled.request()),
                    vehicleOf.get(unscheduled.request()));
            byResource.merge(binding(unscheduled.binding(), family).key(), 1, Integer::sum);
        }
        return new YearResult(requests.size(), plan.assignments().size(), byResource);
    }

    /** The resource a rule of the scheduler stands for. */
    static ForecastReport.Binding binding(String rule, String family) {
        if (rule == null) {
            return new ForecastReport.Binding(BindingResource.SOLVER_LIMIT, null);
        }
        switch (rule) {
            case "pad supports vehicle", "fixed pad", "pad turnaround", "pad outage", Explanations.NO_PAD:
                return new ForecastReport.Binding(BindingResource.PADS, family);
            case "range separation":
                return new ForecastReport.Binding(BindingResource.RANGE_DAYS, null);
            case "drop zone closure", "drop zone yearly limit":
                return new ForecastReport.Binding(BindingResource.DROP_ZONES, null);
            case "hazard class yearly cap":
                return new ForecastReport.Binding(BindingResource.HAZARD_CAP, null);
            case "family suspension":
                return new ForecastReport.Binding(BindingResource.SUSPENSION, null);
            default:
                return new ForecastReport.Binding(BindingResource.SOLVER_LIMIT, null);
        }
    }

    /** The year as the scheduler sees it: pads closed by events are out of service on those days. */
    static ScheduleProblem yearProblem(ForecastScenario scenario, int year, List<ScheduleProblem.Request> requests) {
        ScenarioCalendar calendar = new ScenarioCalendar(scenario);
        DateRange whole = ScenarioCalendar.whole(year);
        List<ScheduleProblem.Pad> pads = new ArrayList<>();
        for (ForecastScenario.PadSpec pad : scenario.site().pads()) {
            if (calendar.padOpen(pad.id(), year) == null) {
                continue;
            }
            List<DateRange> outages = new ArrayList<>(calendar.padClosed(pad.id(), year));
            for (DateRange outage : pad.outages()) {
                if (!outage.end().isBefore(whole.start()) && !outage.start().isAfter(whole.end())) {
                    outages.add(outage);
                }
            }
            pads.add(new ScheduleProblem.Pad(pad.id(), pad.vehicles(), outages));
        }
        return new ScheduleProblem(whole, scenario.site().rangeSeparationDays(), scenario.site().vehicles(), pads,
                scenario.site().dropZones(), scenario.site().corridors(), scenario.site().caps(),
                scenario.site().suspensions(), requests);
    }

    private static ForecastReport.YearOutlook outlook(ForecastScenario scenario, int y, YearResult[][] results) {
        int samples = results.length;
        double[] demand = new double[samples];
        double[] flown = new double[samples];
        double[] unflown = new double[samples];
        Set<String> keys = new java.util.TreeSet<>();
        for (int s = 0; s < samples; s++) {
            YearResult result = results[s][y];
            demand[s] = result.demand();
            flown[s] = result.flown();
            unflown[s] = result.demand() - result.flown();
            keys.addAll(result.unflownByResource().keySet());
        }
        Map<String, ForecastReport.Band> byResource = new LinkedHashMap<>();
        String binding = null;
        double most = 0;
        for (String key : keys) {
            double[] values = new double[samples];
            for (int s = 0; s < samples; s++) {
                values[s] = results[s][y].unflownByResource().getOrDefault(key, 0);
            }
            ForecastReport.Band band = band(values);
            byResource.put(key, band);
            if (band.mean() > most) {
                most = band.mean();
                binding = key;
            }
        }
        int year = scenario.firstYear() + y;
        List<String> events = scenario.events().stream()
                .filter(e -> e.enabled() && e.date().getYear() == year)
                .sorted(java.util.Comparator.comparing(ForecastScenario.ScenarioEvent::date)
                        .thenComparing(ForecastScenario.ScenarioEvent::id))
                .map(ForecastScenario.ScenarioEvent::label).toList();
        return new ForecastReport.YearOutlook(year, band(demand), band(flown), band(unflown),
                YearCeiling.of(scenario, year), byResource, binding, events);
    }

    /** The 10th percentile, median, 90th percentile (linear between order statistics) and mean. */
    static ForecastReport.Band band(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return new ForecastReport.Band(percentile(sorted, 0.1), percentile(sorted, 0.5), percentile(sorted, 0.9),
                sum / sorted.length);
    }

    private static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }

    /** The launch requests of one sample's year (sample from 0), as the scheduler gets them. */
    public static List<ScheduleProblem.Request> demand(ForecastScenario scenario, int sample, int year) {
        return DemandDraw.requests(scenario, sample, year);
    }

    /** The sample's market growth rate (sample from 0), drawn from the scenario's triangular growth. */
    public static double growthRate(ForecastScenario scenario, int sample) {
        return DemandDraw.growthRate(scenario, sample);
    }

    /** What is wrong with a scenario, each naming its field (e.g. {@code streams[2].vehicle}); empty when fine. */
    public static List<ScenarioProblem> check(ForecastScenario scenario) {
        return ScenarioCheck.problems(scenario);
    }

    /** @param field the JSON path of the field, e.g. {@code growth.low} or {@code events[1].startsStreams[0]} */
    public record ScenarioProblem(String field, String message) {
    }
}
