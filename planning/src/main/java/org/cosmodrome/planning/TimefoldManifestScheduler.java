package org.cosmodrome.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cosmodrome.planning.explain.Explanations;
import org.cosmodrome.planning.solver.Bookings;
import org.cosmodrome.planning.solver.GreedyStart;
import org.cosmodrome.planning.solver.LaunchSlot;
import org.cosmodrome.planning.solver.ManifestModel;
import org.cosmodrome.planning.solver.ManifestSolution;
import org.cosmodrome.planning.solver.Pad;
import org.cosmodrome.planning.solver.SolverSetup;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;

/**
 * The manifest scheduler on Timefold Solver: a greedy feasible start ({@link GreedyStart}), then local search on the
 * model of {@code org.cosmodrome.planning.solver} within the time limit, then explanations rule by rule.
 * <p>
 * Reproducible: one thread, a seeded random generator, and a stop after a number of steps without improvement that
 * depends only on the problem. A solve stopped by the wall-clock limit instead may differ between machines of
 * different speed. Thread-safe; solver factories are built once per seed.
 */
public final class TimefoldManifestScheduler implements ManifestScheduler {

    private final SolverSetup setup = new SolverSetup();

    public TimefoldManifestScheduler() {
    }

    @Override
    public SchedulePlan solve(ScheduleProblem problem, SolveOptions options) {
        long started = System.nanoTime();
        ManifestSolution solution = ManifestModel.of(problem);
        ManifestSolution best = solveModel(solution, options, started);
        long millis = (System.nanoTime() - started) / 1_000_000;
        options.progress().accept(new SolveOptions.SolveProgress(1.0, best.getScore().toString()));
        return report(best, options.seed(), millis);
    }

    private ManifestSolution solveModel(ManifestSolution solution, SolveOptions options, long started) {
        GreedyStart.place(solution);
        boolean anythingToSearch = solution.getSlots().stream().anyMatch(slot -> !slot.isPinned());
        if (!anythingToSearch) {
            setup.solutionManager().update(solution);
            return solution;
        }
        Solver<ManifestSolution> solver = setup.solver(options.seed(), options.limit(), solution.getSlots().size());
        long limitNanos = Math.max(1, options.limit().toNanos());
        solver.addEventListener(event -> options.progress().accept(new SolveOptions.SolveProgress(
                Math.min(1.0, (double) (System.nanoTime() - started) / limitNanos),
                event.getNewBestScore().toString())));
        return solver.solve(solution);
    }

    private static SchedulePlan report(ManifestSolution best, long seed, long millis) {
        Bookings bookings = new Bookings(best.getSlots());
        Set<String> supportedVehicles = new HashSet<>();
        for (LaunchSlot slot : best.getSlots()) {
            for (Pad pad : best.getPads()) {
                if (pad.supports(slot.getRequest().vehicle())) {
                    supportedVehicles.add(slot.getRequest().vehicle());
                }
            }
        }
        List<SchedulePlan.Assignment> assignments = new ArrayList<>();
        List<SchedulePlan.Unscheduled> unscheduled = new ArrayList<>();
        List<SchedulePlan.Move> moved = new ArrayList<>();
        List<LaunchSlot> slots = new ArrayList<>(best.getSlots());
        slots.sort(Comparator.comparing((LaunchSlot slot) -> slot.isScheduled() ? slot.getDate() : LocalDate.MAX)
                .thenComparing(slot -> slot.isScheduled() ? slot.getPad().id() : "")
                .thenComparing(LaunchSlot::getId));
        for (LaunchSlot slot : slots) {
            if (slot.isScheduled()) {
                assignments.add(new SchedulePlan.Assignment(slot.getId(), slot.getPad().id(), slot.getDate()));
            } else {
                unscheduled.add(new SchedulePlan.Unscheduled(slot.getId(), Explanations.whyUnscheduled(slot,
                        bookings, supportedVehicles.contains(slot.getRequest().vehicle())),
                        Explanations.bindingRule(slot, bookings)));
            }
            if (slot.isMovedFromPublished()) {
                moved.add(new SchedulePlan.Move(slot.getId(), slot.getPublishedPad().id(), slot.getPublishedDate(),
                        slot.isScheduled() ? slot.getPad().id() : null, slot.getDate(),
                        Explanations.whyMoved(slot, bookings)));
            }
        }
        HardMediumSoftLongScore score = best.getScore();
        return new SchedulePlan(assignments, unscheduled, moved, score.toString(), score.isFeasible(),
                new SchedulePlan.Diagnostics("timefold-" + SolverSetup.TIMEFOLD_VERSION, seed, millis));
    }

    /**
     * {@inheritDoc}
     * <p>
     * The other requests are taken as planned: pinned ones where pinned, published ones where published. When some
     * movable request has no published placement, the problem without the new request is solved first (within the
     * options' limit) and its plan is taken. Each option places the new request on a free pad and day; when fewer than
     * {@code count} such places exist, options that move one or two unpinned launches to their nearest free place are
     * added, with notes naming the moves. Nothing is committed.
     */
    @Override
    public List<FitOption> whereCanThisFit(ScheduleProblem problem, ScheduleProblem.Request request, int count,
            SolveOptions options) {
        return new FitSearch(this).find(problem, request, count, options);
    }

    /** Solves and returns the working model, for the fit search. */
    ManifestSolution solvedModel(ScheduleProblem problem, SolveOptions options) {
        return solveModel(ManifestModel.of(problem), options, System.nanoTime());
    }

    SolutionManager<ManifestSolution, HardMediumSoftLongScore> solutionManager() {
        return setup.solutionManager();
    }

}
