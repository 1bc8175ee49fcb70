package org.cosmodrome.manifest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.planning.FitOption;
import org.cosmodrome.planning.ManifestScheduler;
import org.cosmodrome.planning.SchedulePlan;
import org.cosmodrome.planning.ScheduleProblem;
import org.cosmodrome.planning.SolveOptions;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RuleViolation;
import org.cosmodrome.rangesafety.Clearance;
import org.cosmodrome.sites.PadId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans the manifest: re-plans as one call that runs in the background with a job id and progress, answers "where can
 * this fit" for a draft request without storing anything, solves uploaded schedule-v1 problems without storing
 * anything.
 * <p>
 * A re-plan builds the problem from what is stored ({@link ManifestProblem}), solves it with the configured
 * {@link ManifestScheduler} within {@link ManifestSettings#solveLimit()}, then applies the plan in one transaction:
 * each launch gets its pad, day and explanation; a requested or scrubbed launch that fits becomes scheduled, a
 * scheduled one that no longer fits goes back to requested, a launch whose day changed gets a NET change (slip or
 * pull-in) with reason {@link ReasonCode#REPLANNED}; the plan is stored and {@code manifest.replanned} entered in the
 * ledger. One re-plan runs at a time; starting another while one runs returns the running one. Jobs are kept in
 * memory: after a restart only their stored plans remain.
 */
@Service
public class ManifestPlanning {

    private static final Logger log = LoggerFactory.getLogger(ManifestPlanning.class);

    private final ManifestProblem problems;
    private final Launches launches;
    private final Plans plans;
    private final Manifest manifest;
    private final Ledger ledger;
    private final CurrentActor currentActor;
    private final LaunchEvents events;
    private final ObjectProvider<ManifestScheduler> scheduler;
    private final ManifestSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Map<String, ReplanJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "manifest-replan");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String runningJob;
    private boolean replanPending;

    ManifestPlanning(ManifestProblem problems, Launches launches, Plans plans, Manifest manifest, Ledger ledger,
            CurrentActor currentActor, LaunchEvents events, ObjectProvider<ManifestScheduler> scheduler,
            ManifestSettings settings, TransactionTemplate transaction, Clock clock) {
        this.problems = problems;
        this.launches = launches;
        this.plans = plans;
        this.manifest = manifest;
        this.ledger = ledger;
        this.currentActor = currentActor;
        this.events = events;
        this.scheduler = scheduler;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Today at the cosmodrome: the first day a plan may use. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(NetPrecision.SITE_TIME));
    }

    /**
     * Starts a re-plan of the stored manifest in the background, as the current actor.
     *
     * @return the new job, or the one already running
     */
    public synchronized ReplanJob startReplan() {
        if (runningJob != null) {
            ReplanJob running = jobs.get(runningJob);
            if (running != null && running.running()) {
                return running;
            }
        }
        Actor actor = currentActor.get();
        String id = UUID.randomUUID().toString();
        ReplanJob job = new ReplanJob(id, ReplanJob.State.RUNNING, 0, null, null, null, clock.instant(), null,
                actor.user());
        jobs.put(id, job);
        runningJob = id;
        worker.submit(() -> currentActor.runAs(actor, () -> run(id)));
        return job;
    }

    /**
     * Re-plans as the system because a rule the plan rests on changed (a range-safety verdict, a suspension): starts a
     * re-plan now, or, when one is running, another as soon as it ends, so the change is never missed.
     */
    public synchronized void replanAfterRuleChange(String why) {
        if (running().isPresent()) {
            replanPending = true;
            return;
        }
        log.info("Re-planning: {}", why);
        currentActor.runAs(Actor.system("manifest"), () -> {
            startReplan();
        });
    }

    private synchronized void startPendingReplan() {
        if (replanPending) {
            replanPending = false;
            currentActor.runAs(Actor.system("manifest"), () -> {
                startReplan();
            });
        }
    }

    public Optional<ReplanJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** The re-plan running now, if any. */
    public Optional<ReplanJob> running() {
        String id = runningJob;
        return id == null ? Optional.empty() : job(id).filter(ReplanJob::running);
    }

    private void run(String id) {
        try {
            ManifestProblem.Built built = transaction.execute(status -> problems.build(today()));
            SolveOptions options = new SolveOptions(settings.solveLimit(), settings.seed(),
                    p -> jobs.computeIfPresent(id, (k, job) -> job.progressed((int) Math.round(p.fraction() * 100),
                            p.bestScore())));
            SchedulePlan plan = solver().solve(built.problem(), options);
            String planId = transaction.execute(status -> apply(built, plan));
            jobs.computeIfPresent(id, (k, job) -> job.done(planId, plan.score(), clock.instant()));
        } catch (RuntimeException e) {
            log.warn("Re-plan {} failed", id, e);
            jobs.computeIfPresent(id, (k, job) -> job.failed(e.getMessage() == null ? e.toString() : e.getMessage(),
                    clock.instant()));
        } finally {
            worker.submit(this::startPendingReplan);
        }
    }

    private String apply(ManifestProblem.Built built, SchedulePlan plan) {
        Instant now = clock.instant();
        String by = currentActor.get().user();
        Map<String, SchedulePlan.Assignment> assigned = plan.assignments().stream()
                .collect(Collectors.toMap(SchedulePlan.Assignment::request, Function.identity(), (a, b) -> a));
        Map<String, SchedulePlan.Move> moves = plan.moved().stream()
                .collect(Collectors.toMap(SchedulePlan.Move::request, Function.identity(), (a, b) -> a));
        Map<String, SchedulePlan.Unscheduled> unscheduled = plan.unscheduled().stream()
                .collect(Collectors.toMap(SchedulePlan.Unscheduled::request, Function.identity(), (a, b) -> a));
        List<StoredPlan.Entry> entries = new ArrayList<>();
        int moved = 0;
        for (Launch planned : built.planned()) {
            Optional<Launch> locked = launches.lockById(planned.id());
            if (locked.isEmpty()) {
                continue;
            }
            Launch launch = locked.get();
            if (launch.status().pinned()) {
                if (launch.scheduledPad() != null) {
                    entries.add(new StoredPlan.Entry(launch.id(), launch.scheduledPad().value(),
                            launch.scheduledDate(), false, null, null, List.of("Confirmed: kept on pad "
                                    + launch.scheduledPad() + " on " + launch.scheduledDate() + ".")));
                }
                continue;
            }
            if (!launch.status().toBePlanned()) {
                continue; // changed while the solver ran; the next re-plan takes it up
            }
            SchedulePlan.Assignment at = assigned.get(launch.id().value());
            if (at != null) {
                if (place(launch, at, moves.get(launch.id().value()), now, by, entries)) {
                    moved++;
                }
            } else {
                List<String> reasons = unscheduled.containsKey(launch.id().value())
                        ? unscheduled.get(launch.id().value()).reasons()
                        : List.of("The solver found no pad and day for it within the time limit.");
                unplace(launch, reasons, now, by, entries);
            }
        }
        for (Map.Entry<LaunchId, List<String>> skipped : built.skipped().entrySet()) {
            launches.lockById(skipped.getKey()).ifPresent(
                    launch -> unplace(launch, skipped.getValue(), now, by, entries));
        }
        String planId = "plan-" + now.truncatedTo(ChronoUnit.SECONDS).toString().replaceAll("[^0-9]", "")
                + "-" + UUID.randomUUID().toString().substring(0, 8);
        SchedulePlan.Diagnostics diagnostics = plan.diagnostics();
        StoredPlan stored = new StoredPlan(planId, now, plan.score(), plan.feasible(),
                diagnostics == null ? null : diagnostics.solver(), diagnostics == null ? 0 : diagnostics.seed(),
                diagnostics == null ? 0 : diagnostics.millis(), by, entries);
        plans.insert(stored);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("plan", planId);
        summary.put("score", plan.score());
        summary.put("feasible", plan.feasible());
        summary.put("scheduled", entries.stream().filter(StoredPlan.Entry::scheduled).count());
        summary.put("unscheduled", entries.stream().filter(e -> !e.scheduled()).count());
        summary.put("moved", moved);
        ledger.append("manifest.replanned", "plan", planId, List.of(), summary);
        return planId;
    }

    /** Places a launch as the plan says; returns whether a published placement moved. */
    private boolean place(Launch launch, SchedulePlan.Assignment at, SchedulePlan.Move move, Instant now, String by,
            List<StoredPlan.Entry> entries) {
        PadId pad = PadId.of(at.pad());
        LocalDate day = at.date();
        boolean wasPlaced = launch.scheduledPad() != null && launch.scheduledDate() != null;
        boolean moved = wasPlaced && (!pad.equals(launch.scheduledPad()) || !day.equals(launch.scheduledDate()));
        List<String> explanation;
        if (move != null && !move.reasons().isEmpty()) {
            explanation = move.reasons();
        } else if (moved) {
            explanation = List.of("Moved from pad " + launch.scheduledPad() + " on " + launch.scheduledDate()
                    + " to pad " + pad + " on " + day + ".");
        } else {
            explanation = List.of(placedWords(launch, pad, day));
        }
        LaunchStatusChange scheduled = null;
        if (launch.status() != LaunchStatus.SCHEDULED) {
            scheduled = launch.transitionTo(LaunchStatus.SCHEDULED, ReasonCode.REPLANNED, null, now, by);
            launches.appendStatusChange(scheduled);
            ledger.append("launch.status.changed", "launch", launch.id().value(), tenant(launch), scheduled);
        }
        launches.place(launch.id(), pad, day, explanation);
        Map<String, Object> placement = new LinkedHashMap<>();
        placement.put("pad", pad.value());
        placement.put("date", day.toString());
        placement.put("moved", moved);
        placement.put("explanation", explanation);
        ledger.append("launch.placed", "launch", launch.id().value(), tenant(launch), placement);
        NetChange netChange = null;
        if (launch.net() == null || !holds(launch.net(), day)) {
            netChange = launch.netChange(Net.day(day), ReasonCode.REPLANNED, now, by);
            launches.appendNetChange(netChange);
            ledger.append("launch.net.changed", "launch", launch.id().value(), tenant(launch), netChange);
        }
        // Published once the launch has its pad, day and NET, so the events show where it now is.
        if (scheduled != null) {
            events.statusChanged(launch, scheduled);
        }
        if (netChange != null) {
            events.netChanged(launch, netChange);
        }
        entries.add(new StoredPlan.Entry(launch.id(), pad.value(), day, moved,
                moved ? launch.scheduledPad().value() : null, moved ? launch.scheduledDate() : null, explanation));
        return moved;
    }

    private void unplace(Launch launch, List<String> reasons, Instant now, String by,
            List<StoredPlan.Entry> entries) {
        LaunchStatusChange requested = null;
        if (launch.status() == LaunchStatus.SCHEDULED) {
            requested = launch.transitionTo(LaunchStatus.REQUESTED, ReasonCode.REPLANNED, null, now, by);
            launches.appendStatusChange(requested);
            ledger.append("launch.status.changed", "launch", launch.id().value(), tenant(launch), requested);
        }
        launches.place(launch.id(), null, null, reasons);
        if (requested != null) {
            events.statusChanged(launch, requested);
        }
        ledger.append("launch.unplaced", "launch", launch.id().value(), tenant(launch),
                Map.of("explanation", reasons));
        entries.add(new StoredPlan.Entry(launch.id(), null, null, false, null, null, reasons));
    }

    /** Whether a NET already says the launch is on {@code day}: its period holds the day's start, or it is that day. */
    private static boolean holds(Net net, LocalDate day) {
        Instant start = NetPrecision.startOf(day);
        return net.day().equals(day) || (!start.isBefore(net.at()) && start.isBefore(net.end()));
    }

    private static String placedWords(Launch launch, PadId pad, LocalDate day) {
        long late = ChronoUnit.DAYS.between(launch.window().desired(), day);
        String when = late == 0 ? "on its desired day" : late > 0 ? late + " days after its desired day "
                + launch.window().desired() : -late + " days before its desired day " + launch.window().desired();
        return "Placed on pad " + pad + " on " + day + ", " + when + ".";
    }

    private static List<String> tenant(Launch launch) {
        return List.of(launch.organization().value());
    }

    /**
     * The best few pads and days for a draft request, given the stored manifest as planned; nothing is stored.
     *
     * @throws InvalidField when the draft refers to an unknown vehicle or pad
     * @throws RuleViolation {@code corridor-no-go} when range safety refuses the draft's corridor
     */
    public List<FitOption> whereCanThisFit(LaunchDraft draft) {
        manifest.check(draft);
        Clearance clearance = problems.clearance(null, draft.vehicle(), draft.orbit().inclination());
        if (clearance.refused()) {
            throw new RuleViolation("corridor-no-go", "orbit", clearance.reason()
                    + " The corridor cannot be scheduled until an analysis of it is go.");
        }
        Actor actor = currentActor.get();
        String tenant = draft.organization() != null ? draft.organization().value()
                : actor.organization() != null ? actor.organization() : "draft";
        LocalDate today = today();
        ScheduleProblem problem = transaction.execute(status -> problems.build(today)).problem();
        return solver().whereCanThisFit(problem, ManifestProblem.draftRequest(tenant, draft, today),
                settings.fitOptions(), new SolveOptions(settings.fitLimit(), settings.seed(), p -> { }));
    }

    /** Solves an uploaded problem within the configured limit; nothing is stored. */
    public SchedulePlan solve(ScheduleProblem problem) {
        return solver().solve(problem, new SolveOptions(settings.solveLimit(), settings.seed(), p -> { }));
    }

    private ManifestScheduler solver() {
        ManifestScheduler solver = scheduler.getIfAvailable();
        if (solver == null) {
            throw new RuleViolation("manifest.solver.unavailable", null, "No manifest solver is configured");
        }
        return solver;
    }
}
