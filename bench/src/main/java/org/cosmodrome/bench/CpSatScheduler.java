package org.cosmodrome.bench;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cosmodrome.planning.FitOption;
import org.cosmodrome.planning.ManifestScheduler;
import org.cosmodrome.planning.SchedulePlan;
import org.cosmodrome.planning.ScheduleProblem;
import org.cosmodrome.planning.ScheduleProblem.DropZone;
import org.cosmodrome.planning.ScheduleProblem.Request;
import org.cosmodrome.planning.ScheduleProblem.Vehicle;
import org.cosmodrome.planning.SolveOptions;

/**
 * The manifest as a CP-SAT model (OR-Tools), the reference the other solvers are measured against: the best plan it
 * finds within the time limit and the bound it proves on the {@link Objective}.
 * <p>
 * Model: one boolean {@code x[r,p,d]} for each pad and day request {@code r} could take on its own
 * ({@link ProblemIndex#openSlots}: vehicle, fixed pad, window, outages, drop zones open, suspensions), and one
 * {@code u[r]} for leaving it out; exactly one of them is true (a pinned request has only its pin and no {@code u}).
 * Between launches:
 * <ul>
 * <li>range separation {@code s}: at most one launch in every {@code s} consecutive days;</li>
 * <li>pad turnaround (schedule-v1: the earlier launch's turnaround applies, never two on one day): on each pad,
 * vehicles with the same turnaround {@code T} share at-most-one windows of {@code T} days; a launch of one such group
 * on day {@code t} forbids the other groups on that pad from {@code t} to {@code t + T - 1} (an enforced linear
 * constraint);</li>
 * <li>drop-zone yearly limits and hazard-class caps: a linear sum per calendar year.</li>
 * </ul>
 * Objective: {@code sum u[r] * weight(priority) * 1000 + sum x[r,p,d] * |d - desired|}, i.e. {@link Objective#value()};
 * when re-planning, each published launch the plan moves or drops adds {@link #MOVE_COST} (and the days moved).
 * <p>
 * Runs with 2 workers and the options' seed, starting from the greedy plan as a hint; models of more than
 * {@value #LARGE_MODEL} {@code x} get a light presolve. With several workers and a wall-time limit the search is not
 * reproducible to the bit: the optimum and bound are, the plan among equal optima and the time to reach it may vary.
 */
public final class CpSatScheduler implements ManifestScheduler {

    /**
     * What moving or dropping a published launch costs when re-planning, in soft units (schedule-v1's "published
     * launch moved"): 1000, plus 1 per day moved. Being soft, it never outweighs scheduling one more request.
     */
    public static final long MOVE_COST = 1000;

    /** Above this many {@code x} variables, presolve is kept light (one pass, no probing, no symmetry). */
    static final int LARGE_MODEL = 100_000;

    private static boolean nativesLoaded;

    private final int workers;
    private final boolean greedyHint;

    /** Two workers (this bench's machines have two cores), hinted with the greedy plan. */
    public CpSatScheduler() {
        this(2, true);
    }

    /**
     * @param workers CP-SAT's parallel search workers
     * @param greedyHint whether to start the search from {@link GreedyFirstFit}'s plan (a solution hint, which
     *        CP-SAT repairs if needed); without it, large instances may end the time limit with no plan at all
     */
    public CpSatScheduler(int workers, boolean greedyHint) {
        this.workers = workers;
        this.greedyHint = greedyHint;
    }

    /** Loads the OR-Tools native libraries once (about 0.4 s); solving does it if not done before. */
    public static synchronized void loadNatives() {
        if (!nativesLoaded) {
            Loader.loadNativeLibraries();
            nativesLoaded = true;
        }
    }

    /**
     * What CP-SAT found.
     *
     * @param status the solver's status: {@code OPTIMAL}, {@code FEASIBLE}, {@code INFEASIBLE}, {@code UNKNOWN}, ...
     * @param objective the model's objective of the plan (equals {@link Objective#value()} unless re-planning)
     * @param bound the best proven lower bound of the model's objective
     * @param booleans the number of {@code x} variables
     */
    public record Outcome(SchedulePlan plan, String status, long objective, long bound, int booleans) {
    }

    @Override
    public SchedulePlan solve(ScheduleProblem problem, SolveOptions options) {
        return solveWithBound(problem, options).plan();
    }

    public Outcome solveWithBound(ScheduleProblem problem, SolveOptions options) {
        loadNatives();
        long started = System.nanoTime();
        ProblemIndex index = new ProblemIndex(problem);
        CpModel model = new CpModel();
        LinearExprBuilder objective = LinearExpr.newBuilder();

        // x per request, and the launch literals grouped for the rules between launches
        Map<Request, Map<BoolVar, ProblemIndex.Slot>> xs = new LinkedHashMap<>();
        List<List<Literal>> byDay = lists(index.days);
        List<Map<Integer, List<List<Literal>>>> byPadTurnaroundDay = new ArrayList<>();
        for (int p = 0; p < index.pads.size(); p++) {
            byPadTurnaroundDay.add(new TreeMap<>());
        }
        Map<String, Map<Integer, List<Literal>>> byZoneYear = new HashMap<>();
        Map<String, Map<Integer, List<Literal>>> byHazardYear = new HashMap<>();
        List<SchedulePlan.Unscheduled> hopeless = new ArrayList<>();
        int booleans = 0;

        Map<String, ProblemIndex.Slot> hint = new HashMap<>();
        Set<Literal> hintedTrue = new HashSet<>();
        if (greedyHint) {
            for (SchedulePlan.Assignment a : new GreedyFirstFit().solve(problem, options).assignments()) {
                hint.put(a.request(), new ProblemIndex.Slot(index.padIndex.get(a.pad()), index.day(a.date())));
            }
        }

        for (Request r : problem.requests()) {
            Vehicle v = index.vehicle(r);
            List<ProblemIndex.Slot> slots = index.openSlots(r);
            long leaveOut = Objective.weight(r.priority()) * Objective.MEDIUM_FACTOR
                    + (r.published() != null ? MOVE_COST : 0);
            if (slots.isEmpty()) {
                objective.add(leaveOut);
                hopeless.add(new SchedulePlan.Unscheduled(r.id(), List.of(r.pinned() != null
                        ? "pinned to an unknown pad"
                        : "no pad and day in its window is open (pad, outage, drop-zone closure, suspension)")));
                continue;
            }
            Map<BoolVar, ProblemIndex.Slot> vars = new LinkedHashMap<>();
            List<Literal> choice = new ArrayList<>();
            int desired = index.day(r.desired());
            int turnaround = Math.max(1, v.turnaroundDays());
            List<DropZone> zones = index.zonesOf(r);
            for (ProblemIndex.Slot s : slots) {
                BoolVar x = model.newBoolVar("");
                booleans++;
                if (greedyHint) {
                    model.addHint(x, s.equals(hint.get(r.id())));
                    if (s.equals(hint.get(r.id()))) {
                        hintedTrue.add(x);
                    }
                }
                vars.put(x, s);
                choice.add(x);
                long cost = Math.abs(s.day() - desired);
                if (r.published() != null && !(index.pads.get(s.pad()).id().equals(r.published().pad())
                        && s.day() == index.day(r.published().date()))) {
                    cost += MOVE_COST + Math.abs(s.day() - index.day(r.published().date()));
                }
                if (cost != 0) {
                    objective.addTerm(x, cost);
                }
                if (s.day() < 0 || s.day() >= index.days) {
                    continue; // a pin outside the horizon counts for nothing between launches
                }
                byDay.get(s.day()).add(x);
                byPadTurnaroundDay.get(s.pad()).computeIfAbsent(turnaround, t -> lists(index.days)).get(s.day()).add(x);
                int year = index.year(s.day());
                for (DropZone z : zones) {
                    if (z.maxLaunchesPerYear() != null) {
                        byZoneYear.computeIfAbsent(z.id(), k -> new TreeMap<>())
                                .computeIfAbsent(year, k -> new ArrayList<>()).add(x);
                    }
                }
                if (index.capOf(r) != null) {
                    byHazardYear.computeIfAbsent(v.hazardClass(), k -> new TreeMap<>())
                            .computeIfAbsent(year, k -> new ArrayList<>()).add(x);
                }
            }
            if (r.pinned() == null) {
                BoolVar u = model.newBoolVar("");
                choice.add(u);
                if (greedyHint) {
                    model.addHint(u, !hint.containsKey(r.id()));
                }
                objective.addTerm(u, leaveOut);
            }
            model.addExactlyOne(choice);
            xs.put(r, vars);
        }

        rangeSeparation(model, byDay, problem.rangeSeparationDays());
        for (Map<Integer, List<List<Literal>>> groups : byPadTurnaroundDay) {
            padTurnaround(model, groups, index.days, greedyHint ? hintedTrue : null);
        }
        for (Map.Entry<String, Map<Integer, List<Literal>>> e : byZoneYear.entrySet()) {
            int limit = index.zones.get(e.getKey()).maxLaunchesPerYear();
            e.getValue().values().forEach(lits -> atMost(model, lits, limit));
        }
        for (Map.Entry<String, Map<Integer, List<Literal>>> e : byHazardYear.entrySet()) {
            int cap = index.caps.get(e.getKey());
            e.getValue().values().forEach(lits -> atMost(model, lits, cap));
        }
        model.minimize(objective.build());

        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(workers).setRandomSeed((int) options.seed())
                .setMaxTimeInSeconds(Math.max(0.001, options.limit().toNanos() / 1e9));
        if (booleans > LARGE_MODEL) {
            // Full presolve of a model this size takes longer than the limit and the search never starts.
            solver.getParameters().setMaxPresolveIterations(1).setCpModelProbingLevel(0).setSymmetryLevel(0)
                    .setMergeAtMostOneWorkLimit(0);
        }
        String extra = System.getProperty("cpsat.params");
        if (extra != null) {
            try {
                com.google.protobuf.TextFormat.merge(extra, solver.getParameters());
            } catch (com.google.protobuf.TextFormat.ParseException e) {
                throw new IllegalArgumentException("cpsat.params: " + e.getMessage(), e);
            }
        }
        if (Boolean.getBoolean("cpsat.log")) {
            solver.getParameters().setLogSearchProgress(true);
            solver.setLogCallback(System.err::println);
        }
        double limitSeconds = Math.max(0.001, options.limit().toNanos() / 1e9);
        CpSolverStatus status = solver.solve(model, new CpSolverSolutionCallback() {
            @Override
            public void onSolutionCallback() {
                options.progress().accept(new SolveOptions.SolveProgress(Math.min(1.0, wallTime() / limitSeconds),
                        "objective " + (long) objectiveValue()));
            }
        });

        List<SchedulePlan.Assignment> assignments = new ArrayList<>();
        List<SchedulePlan.Unscheduled> unscheduled = new ArrayList<>(hopeless);
        boolean solved = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        for (Map.Entry<Request, Map<BoolVar, ProblemIndex.Slot>> e : xs.entrySet()) {
            ProblemIndex.Slot chosen = null;
            if (solved) {
                for (Map.Entry<BoolVar, ProblemIndex.Slot> x : e.getValue().entrySet()) {
                    if (solver.booleanValue(x.getKey())) {
                        chosen = x.getValue();
                        break;
                    }
                }
            }
            if (chosen == null) {
                unscheduled.add(new SchedulePlan.Unscheduled(e.getKey().id(), List.of(solved
                        ? "leaving it out costs less than the launches it would displace, or no open day is left"
                        : "the solver found no plan (" + status + ")")));
            } else {
                assignments.add(new SchedulePlan.Assignment(e.getKey().id(), index.pads.get(chosen.pad()).id(),
                        index.date(chosen.day())));
            }
        }
        SchedulePlan draft = new SchedulePlan(assignments, unscheduled, List.of(), "", solved, null);
        SchedulePlan plan = new SchedulePlan(assignments, unscheduled, Replanning.moves(problem, draft),
                Objective.of(problem, draft).asScore(), solved && status != CpSolverStatus.INFEASIBLE,
                new SchedulePlan.Diagnostics("CP-SAT " + status + ", " + workers + " workers, bound "
                        + Math.max(0, Math.round(solver.bestObjectiveBound())), options.seed(),
                        (System.nanoTime() - started) / 1_000_000));
        // Every term of the objective is non-negative, so 0 is a bound even before the solver proves one.
        return new Outcome(plan, status.name(), solved ? Math.round(solver.objectiveValue()) : -1,
                Math.max(0, Math.round(solver.bestObjectiveBound())), booleans);
    }

    /** At most one launch in every window of {@code separation} consecutive days (windows ending on a launch day). */
    private static void rangeSeparation(CpModel model, List<List<Literal>> byDay, int separation) {
        if (separation < 1) {
            return;
        }
        slidingAtMostOne(model, byDay, separation);
    }

    private static void padTurnaround(CpModel model, Map<Integer, List<List<Literal>>> groups, int days,
            Set<Literal> hintedTrue) {
        for (Map.Entry<Integer, List<List<Literal>>> g : groups.entrySet()) {
            slidingAtMostOne(model, g.getValue(), g.getKey());
        }
        // Different turnarounds on one pad: a launch of group a on day t forbids group b in [t, t + Ta - 1].
        for (Map.Entry<Integer, List<List<Literal>>> a : groups.entrySet()) {
            for (Map.Entry<Integer, List<List<Literal>>> b : groups.entrySet()) {
                if (a.getKey().equals(b.getKey())) {
                    continue;
                }
                int gap = a.getKey();
                for (int t = 0; t < days; t++) {
                    List<Literal> here = a.getValue().get(t);
                    if (here.isEmpty()) {
                        continue;
                    }
                    List<Literal> near = new ArrayList<>();
                    for (int d = t; d < Math.min(days, t + gap); d++) {
                        near.addAll(b.getValue().get(d));
                    }
                    if (near.isEmpty()) {
                        continue;
                    }
                    Literal launch = here.size() == 1 ? here.get(0) : anyOf(model, here, hintedTrue);
                    model.addLessOrEqual(LinearExpr.sum(near.toArray(Literal[]::new)), 0).onlyEnforceIf(launch);
                }
            }
        }
    }

    /** A literal equal to the sum of literals known to be at most one. */
    private static Literal anyOf(CpModel model, List<Literal> atMostOne, Set<Literal> hintedTrue) {
        BoolVar any = model.newBoolVar("");
        if (hintedTrue != null) {
            model.addHint(any, atMostOne.stream().anyMatch(hintedTrue::contains));
        }
        model.addEquality(LinearExpr.sum(atMostOne.toArray(Literal[]::new)), any);
        return any;
    }

    /**
     * At most one literal in any {@code length} consecutive days. Only windows ending on a day with literals are
     * needed: any other window's literals all lie in the window ending on its last day that has some.
     */
    private static void slidingAtMostOne(CpModel model, List<List<Literal>> byDay, int length) {
        for (int end = 0; end < byDay.size(); end++) {
            if (byDay.get(end).isEmpty()) {
                continue;
            }
            List<Literal> window = new ArrayList<>();
            for (int d = Math.max(0, end - length + 1); d <= end; d++) {
                window.addAll(byDay.get(d));
            }
            if (window.size() >= 2) {
                model.addAtMostOne(window);
            }
        }
    }

    private static void atMost(CpModel model, List<Literal> lits, int limit) {
        if (lits.size() > limit) {
            model.addLessOrEqual(LinearExpr.sum(lits.toArray(Literal[]::new)), limit);
        }
    }

    private static List<List<Literal>> lists(int n) {
        List<List<Literal>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    /** Solves without the request, then lists where it could go among the planned launches, nearest first. */
    @Override
    public List<FitOption> whereCanThisFit(ScheduleProblem problem, Request request, int count, SolveOptions options) {
        return Replanning.fitsAround(this, problem, request, count, options);
    }
}
