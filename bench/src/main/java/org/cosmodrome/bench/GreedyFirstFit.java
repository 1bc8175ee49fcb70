package org.cosmodrome.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cosmodrome.planning.FitOption;
import org.cosmodrome.planning.ManifestScheduler;
import org.cosmodrome.planning.SchedulePlan;
import org.cosmodrome.planning.ScheduleProblem;
import org.cosmodrome.planning.ScheduleProblem.Request;
import org.cosmodrome.planning.SolveOptions;

/**
 * The baseline: what a planner with a spreadsheet does. Pinned requests go first, on their pins. Then requests in
 * order of priority (1 first), earliest day, id (when re-planning, the published launches before the others); each takes the first pad and day that breaks no hard rule given the
 * launches already placed, searching days outward from its anchor (its published day when re-planning, else its
 * desired day; later before earlier at equal distance) and, on each day, its published pad first, then pads in
 * problem order. Nothing placed is ever moved again, so one early choice can block a better plan.
 * <p>
 * Deterministic and ignores the time limit (it runs in milliseconds).
 */
public final class GreedyFirstFit implements ManifestScheduler {

    @Override
    public SchedulePlan solve(ScheduleProblem problem, SolveOptions options) {
        long started = System.nanoTime();
        ProblemIndex index = new ProblemIndex(problem);
        Bookings bookings = new Bookings(index);
        List<SchedulePlan.Assignment> assignments = new ArrayList<>();
        List<SchedulePlan.Unscheduled> unscheduled = new ArrayList<>();
        boolean feasible = true;

        for (Request r : problem.requests()) {
            if (r.pinned() != null) {
                Integer pad = index.padIndex.get(r.pinned().pad());
                int day = index.day(r.pinned().date());
                if (pad == null) {
                    unscheduled.add(new SchedulePlan.Unscheduled(r.id(), List.of("pinned to an unknown pad")));
                    feasible = false;
                    continue;
                }
                // A pin is kept even when it breaks a rule: it is a fact, not a choice; the plan says so.
                feasible &= index.open(r, pad, day) && bookings.fits(r, pad, day);
                bookings.book(r, pad, day);
                assignments.add(new SchedulePlan.Assignment(r.id(), r.pinned().pad(), r.pinned().date()));
            }
        }
        // When re-planning, published launches are re-placed before requests the published plan left out.
        List<Request> order = problem.requests().stream().filter(r -> r.pinned() == null)
                .sorted(Comparator.comparing((Request r) -> r.published() == null).thenComparingInt(Request::priority)
                        .thenComparing(Request::earliest).thenComparing(Request::id))
                .toList();
        for (Request r : order) {
            ProblemIndex.Slot slot = firstFit(index, bookings, r);
            if (slot == null) {
                boolean anyOpen = !index.openSlots(r).isEmpty();
                unscheduled.add(new SchedulePlan.Unscheduled(r.id(), List.of(anyOpen
                        ? "every open pad and day in its window conflicts with launches placed before it"
                        : "no pad and day in its window is open (pad, outage, drop-zone closure, suspension)")));
            } else {
                bookings.book(r, slot.pad(), slot.day());
                assignments.add(new SchedulePlan.Assignment(r.id(), index.pads.get(slot.pad()).id(),
                        index.date(slot.day())));
            }
        }
        SchedulePlan draft = new SchedulePlan(assignments, unscheduled, List.of(), "", feasible, null);
        return new SchedulePlan(assignments, unscheduled, Replanning.moves(problem, draft),
                Objective.of(problem, draft).asScore(), feasible, new SchedulePlan.Diagnostics("greedy first-fit",
                        options.seed(), (System.nanoTime() - started) / 1_000_000));
    }

    private static ProblemIndex.Slot firstFit(ProblemIndex index, Bookings bookings, Request r) {
        int anchor = index.day(r.published() != null ? r.published().date() : r.desired());
        int first = Math.max(0, index.day(r.earliest()));
        int last = Math.min(index.days - 1, index.day(r.latest()));
        List<Integer> pads = padOrder(index, r);
        int reach = Math.max(Math.abs(anchor - first), Math.abs(last - anchor));
        for (int k = 0; k <= reach; k++) {
            for (int day : k == 0 ? new int[] {anchor} : new int[] {anchor + k, anchor - k}) {
                if (day < first || day > last) {
                    continue;
                }
                for (int pad : pads) {
                    if (index.open(r, pad, day) && bookings.fits(r, pad, day)) {
                        return new ProblemIndex.Slot(pad, day);
                    }
                }
            }
        }
        return null;
    }

    private static List<Integer> padOrder(ProblemIndex index, Request r) {
        List<Integer> pads = new ArrayList<>();
        if (r.published() != null && index.padIndex.containsKey(r.published().pad())) {
            pads.add(index.padIndex.get(r.published().pad()));
        }
        for (int p = 0; p < index.pads.size(); p++) {
            if (!pads.contains(p) && index.pads.get(p).vehicles().contains(r.vehicle())) {
                pads.add(p);
            }
        }
        return pads;
    }

    /** Solves without the request, then lists the pads and days it could take among the others, nearest first. */
    @Override
    public List<FitOption> whereCanThisFit(ScheduleProblem problem, Request request, int count, SolveOptions options) {
        return Replanning.fitsAround(this, problem, request, count, options);
    }
}
