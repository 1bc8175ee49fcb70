package org.cosmodrome.analytics;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.planning.ManifestScheduler;
import org.cosmodrome.planning.forecast.ForecastCancelled;
import org.cosmodrome.planning.forecast.ForecastEngine;
import org.cosmodrome.planning.forecast.ForecastReport;
import org.cosmodrome.planning.forecast.ForecastScenario;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forecasts: saves scenarios, and runs them in the background on a bounded pool of
 * {@link AnalyticsSettings#forecastWorkers()} workers with the planning library's {@link ForecastEngine}.
 * <p>
 * A run keeps the whole scenario it ran (seed and samples included), so a re-run repeats it exactly. Its status and
 * progress are stored as it goes, so every node and every page sees them. A cancel is stored too and seen by the
 * worker between year plans. Runs a stop left queued or running are queued again at start, from their stored inputs.
 * Saving a scenario, requesting, cancelling and finishing a run are entered in the ledger.
 */
@Service
public class ForecastPlanning {

    private static final Logger log = LoggerFactory.getLogger(ForecastPlanning.class);

    private final ForecastScenarios scenarios;
    private final ForecastRuns runs;
    private final ObjectProvider<ManifestScheduler> scheduler;
    private final AnalyticsSettings settings;
    private final Ledger ledger;
    private final CurrentActor currentActor;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExecutorService workers;

    ForecastPlanning(ForecastScenarios scenarios, ForecastRuns runs, ObjectProvider<ManifestScheduler> scheduler,
            AnalyticsSettings settings, Ledger ledger, CurrentActor currentActor, TransactionTemplate transaction,
            Clock clock) {
        this.scenarios = scenarios;
        this.runs = runs;
        this.scheduler = scheduler;
        this.settings = settings;
        this.ledger = ledger;
        this.currentActor = currentActor;
        this.transaction = transaction;
        this.clock = clock;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(settings.forecastWorkers(), r -> {
            Thread thread = new Thread(r, "forecast-run-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    public List<ForecastStoredScenario> scenarios() {
        return scenarios.all();
    }

    /** @throws RecordNotFound when there is no such scenario */
    public ForecastStoredScenario scenario(UUID id) {
        return scenarios.findById(id).orElseThrow(() -> new RecordNotFound("forecast-scenario", id.toString()));
    }

    /** @throws RecordNotFound when there is no such run */
    public ForecastRun run(UUID id) {
        return runs.findById(id).orElseThrow(() -> new RecordNotFound("forecast-run", id.toString()));
    }

    /** The latest runs, newest first, without reports. */
    public List<ForecastRun> recentRuns(int limit) {
        return runs.recent(limit);
    }

    /**
     * Saves a scenario as the current actor.
     *
     * @throws InvalidField naming the first field {@link ForecastEngine#check} finds wrong, with every problem in
     *         the message
     */
    public ForecastStoredScenario save(ForecastScenario scenario) {
        validate(scenario, "");
        Actor actor = currentActor.get();
        ForecastStoredScenario stored = new ForecastStoredScenario(UUID.randomUUID(), scenario.name(), scenario,
                null, actor.user(), clock.instant());
        transaction.executeWithoutResult(status -> {
            scenarios.insert(stored);
            ledger.append("forecast.scenario.saved", "forecast-scenario", stored.id().toString(), List.of(),
                    Map.of("name", scenario.name()));
        });
        return stored;
    }

    /**
     * Queues a run of a stored scenario as the current actor.
     *
     * @param seed the seed, or {@code null} for the scenario's
     * @param samples Monte Carlo samples, or {@code null} for the scenario's
     * @throws RecordNotFound when there is no such scenario
     * @throws InvalidField naming {@code samples} or a field of the scenario
     */
    public ForecastRun start(UUID scenarioId, Long seed, Integer samples) {
        ForecastStoredScenario stored = scenario(scenarioId);
        ForecastScenario s = stored.scenario();
        int n = samples != null ? samples : s.samples() > 0 ? s.samples() : settings.forecastSamples();
        if (n < 1 || n > settings.forecastMaxSamples()) {
            throw new InvalidField("samples", "out-of-range", "Samples must be from 1 to "
                    + settings.forecastMaxSamples() + ".");
        }
        ForecastScenario inputs = new ForecastScenario(s.name(), s.firstYear(), s.years(),
                seed != null ? seed : s.seed(), n, s.growth(), s.site(), s.streams(), s.events());
        validate(inputs, "scenario.");
        return queue(scenarioId, inputs, null);
    }

    /**
     * Queues a new run with exactly the inputs and seed of an earlier one.
     *
     * @throws RecordNotFound when there is no such run
     */
    public ForecastRun rerun(UUID runId) {
        ForecastRun earlier = run(runId);
        return queue(earlier.scenarioId(), earlier.inputs(), earlier.id());
    }

    /**
     * Cancels a queued run at once, or asks a running one to stop after its current year plans.
     *
     * @throws RuleViolation {@code forecast.run.finished} when the run has already finished
     */
    public ForecastRun cancel(UUID runId) {
        run(runId);
        transaction.executeWithoutResult(status -> {
            if (!runs.askToCancel(runId, clock.instant())) {
                throw new RuleViolation("forecast.run.finished", null, "Run " + runId
                        + " has already finished; there is nothing to cancel.");
            }
            ledger.append("forecast.run.cancel-requested", "forecast-run", runId.toString(), List.of(), Map.of());
        });
        return run(runId);
    }

    private ForecastRun queue(UUID scenarioId, ForecastScenario inputs, UUID rerunOf) {
        Actor actor = currentActor.get();
        ForecastRun run = new ForecastRun(UUID.randomUUID(), scenarioId, inputs, ForecastRunStatus.QUEUED, 0,
                inputs.samples() * inputs.years(), false, null, null, rerunOf, actor.user(), clock.instant(), null,
                null);
        transaction.executeWithoutResult(status -> {
            runs.insert(run);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("scenario", scenarioId.toString());
            entry.put("seed", inputs.seed());
            entry.put("samples", inputs.samples());
            if (rerunOf != null) {
                entry.put("rerunOf", rerunOf.toString());
            }
            ledger.append("forecast.run.requested", "forecast-run", run.id().toString(), List.of(), entry);
        });
        workers.submit(() -> execute(run.id()));
        return run;
    }

    private static void validate(ForecastScenario scenario, String prefix) {
        List<ForecastEngine.ScenarioProblem> problems = ForecastEngine.check(scenario);
        if (!problems.isEmpty()) {
            ForecastEngine.ScenarioProblem first = problems.get(0);
            throw new InvalidField(prefix + first.field(), "forecast.scenario.invalid",
                    String.join("; ", problems.stream().map(p -> prefix + p.field() + ": " + p.message()).toList()));
        }
    }

    /** Queues again what a stop left queued or running. */
    @EventListener(ApplicationReadyEvent.class)
    void resume() {
        List<UUID> unfinished = transaction.execute(status -> runs.requeueUnfinished(clock.instant()));
        for (UUID id : unfinished) {
            log.info("Forecast run {} queued again after a stop", id);
            workers.submit(() -> execute(id));
        }
    }

    private void execute(UUID id) {
        if (!runs.claim(id, clock.instant())) {
            return; // cancelled while queued, or taken by another node
        }
        ForecastRun run = run(id);
        try {
            ForecastEngine engine = new ForecastEngine(scheduler.getObject(), settings.forecastParallelism());
            CancelWatch cancel = new CancelWatch(id);
            ForecastReport report = engine.run(run.inputs(), (done, total) -> runs.progressed(id, done),
                    cancel::asked);
            finish(id, "DONE", () -> runs.done(id, report, clock.instant()), null);
        } catch (ForecastCancelled e) {
            if (workers.isShutdown() && !runs.cancelAsked(id)) {
                return; // this node is stopping: left running, so the next start queues it again
            }
            finish(id, "CANCELLED", () -> runs.cancelled(id, clock.instant()), null);
        } catch (RuntimeException e) {
            log.warn("Forecast run {} failed", id, e);
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            finish(id, "FAILED", () -> runs.failed(id, why, clock.instant()), why);
        }
    }

    /**
     * Whether a run was asked to stop: by a cancel stored from any node (read at most every quarter second, since the
     * engine polls often) or by this node shutting down.
     */
    private final class CancelWatch {

        private static final long READ_EVERY_NANOS = 250_000_000L;

        private final UUID run;
        private long readAt;
        private boolean asked;

        CancelWatch(UUID run) {
            this.run = run;
        }

        synchronized boolean asked() {
            if (asked || workers.isShutdown()) {
                return true;
            }
            long now = System.nanoTime();
            if (readAt == 0 || now - readAt >= READ_EVERY_NANOS) {
                readAt = now;
                asked = runs.cancelAsked(run);
            }
            return asked;
        }
    }

    private void finish(UUID id, String status, Runnable update, String failure) {
        currentActor.runAs(Actor.system("analytics"), () -> transaction.executeWithoutResult(tx -> {
            update.run();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("status", status);
            if (failure != null) {
                entry.put("failure", failure);
            }
            ledger.append("forecast.run.finished", "forecast-run", id.toString(), List.of(), entry);
        }));
    }
}
