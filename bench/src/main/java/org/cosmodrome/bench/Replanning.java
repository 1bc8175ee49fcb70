package org.cosmodrome.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cosmodrome.planning.FitOption;
import org.cosmodrome.planning.ManifestScheduler;
import org.cosmodrome.planning.SchedulePlan;
import org.cosmodrome.planning.ScheduleProblem;
import org.cosmodrome.planning.ScheduleProblem.Placement;
import org.cosmodrome.planning.ScheduleProblem.Request;
import org.cosmodrome.planning.SolveOptions;

/**
 * Re-planning around a published manifest: the slip scenario of the benchmark, the launches a new plan moves, and
 * "where can this fit" for the solvers of this module.
 */
public final class Replanning {

    private Replanning() {
    }

    /**
     * A published manifest in which one launch slips.
     *
     * @param problem every scheduled request carries its published placement; the slipped one is pinned at its new day
     * @param slipped the id of the request that slipped
     * @param from its published placement before the slip
     */
    public record Slip(ScheduleProblem problem, String slipped, Placement from) {
    }

    /**
     * Publishes {@code plan} and slips one launch by {@code days}: the launch whose new day, on the same pad, conflicts
     * with the most other published launches (pad turnaround or range separation), ties broken by the earlier day and
     * then the id, among launches that are not pinned and whose new day stays in the horizon. Its window is widened to
     * take the new day.
     */
    public static Slip slip(ScheduleProblem problem, SchedulePlan plan, int days) {
        Map<String, SchedulePlan.Assignment> placed = new HashMap<>();
        plan.assignments().forEach(a -> placed.put(a.request(), a));
        Map<String, Request> requests = new HashMap<>();
        problem.requests().forEach(r -> requests.put(r.id(), r));
        Map<String, Integer> turnaround = new HashMap<>();
        problem.vehicles().forEach(v -> turnaround.put(v.id(), v.turnaroundDays()));

        SchedulePlan.Assignment chosen = null;
        int mostConflicts = -1;
        List<SchedulePlan.Assignment> candidates = new ArrayList<>(plan.assignments());
        candidates.sort(Comparator.comparing(SchedulePlan.Assignment::date).thenComparing(SchedulePlan.Assignment::request));
        for (SchedulePlan.Assignment a : candidates) {
            Request r = requests.get(a.request());
            LocalDate to = a.date().plusDays(days);
            if (r == null || r.pinned() != null || to.isAfter(problem.horizon().end())) {
                continue;
            }
            int conflicts = 0;
            for (SchedulePlan.Assignment o : plan.assignments()) {
                if (o == a || !requests.containsKey(o.request())) {
                    continue;
                }
                long apart = Math.abs(ChronoUnit.DAYS.between(to, o.date()));
                String earlier = o.date().isBefore(to) ? requests.get(o.request()).vehicle() : r.vehicle();
                int padGap = Math.max(1, turnaround.getOrDefault(earlier, 1));
                if ((o.pad().equals(a.pad()) && apart < padGap) || apart < problem.rangeSeparationDays()) {
                    conflicts++;
                }
            }
            if (conflicts > mostConflicts) {
                mostConflicts = conflicts;
                chosen = a;
            }
        }
        if (chosen == null) {
            throw new IllegalArgumentException("no launch of the plan can slip by " + days + " days");
        }
        List<Request> slipped = new ArrayList<>();
        for (Request r : problem.requests()) {
            SchedulePlan.Assignment a = placed.get(r.id());
            Placement published = a == null ? null : new Placement(a.pad(), a.date());
            if (a == chosen) {
                LocalDate to = a.date().plusDays(days);
                Placement pin = new Placement(a.pad(), to);
                slipped.add(new Request(r.id(), r.tenant(), r.vehicle(), r.inclination(),
                        r.earliest().isAfter(to) ? to : r.earliest(), r.latest().isBefore(to) ? to : r.latest(),
                        to, r.priority(), pin, r.fixedPad(), published));
            } else {
                slipped.add(new Request(r.id(), r.tenant(), r.vehicle(), r.inclination(), r.earliest(), r.latest(),
                        r.desired(), r.priority(), r.pinned(), r.fixedPad(), published));
            }
        }
        ScheduleProblem p = problem;
        return new Slip(new ScheduleProblem(p.horizon(), p.rangeSeparationDays(), p.vehicles(), p.pads(),
                p.dropZones(), p.corridors(), p.caps(), p.suspensions(), slipped), chosen.request(),
                new Placement(chosen.pad(), chosen.date()));
    }

    /** Requests with a published placement that the plan puts elsewhere or leaves out, except {@code except}. */
    public static int othersMoved(ScheduleProblem problem, SchedulePlan plan, String except) {
        Map<String, SchedulePlan.Assignment> placed = new HashMap<>();
        plan.assignments().forEach(a -> placed.put(a.request(), a));
        int moved = 0;
        for (Request r : problem.requests()) {
            if (r.published() == null || r.id().equals(except)) {
                continue;
            }
            SchedulePlan.Assignment a = placed.get(r.id());
            if (a == null || !a.pad().equals(r.published().pad()) || !a.date().equals(r.published().date())) {
                moved++;
            }
        }
        return moved;
    }

    /** The published launches a plan puts on another pad or day. */
    static List<SchedulePlan.Move> moves(ScheduleProblem problem, SchedulePlan plan) {
        Map<String, SchedulePlan.Assignment> placed = new HashMap<>();
        plan.assignments().forEach(a -> placed.put(a.request(), a));
        List<SchedulePlan.Move> moves = new ArrayList<>();
        for (Request r : problem.requests()) {
            SchedulePlan.Assignment a = placed.get(r.id());
            if (r.published() != null && a != null
                    && (!a.pad().equals(r.published().pad()) || !a.date().equals(r.published().date()))) {
                moves.add(new SchedulePlan.Move(r.id(), r.published().pad(), r.published().date(), a.pad(), a.date(),
                        List.of(r.pinned() != null ? "pinned at a new day" : "displaced by the rules")));
            }
        }
        return moves;
    }

    /**
     * Solves the problem without {@code request}, then lists where the request could go among the launches as
     * planned without breaking a hard rule, nearest its desired day first.
     */
    static List<FitOption> fitsAround(ManifestScheduler solver, ScheduleProblem problem, Request request, int count,
            SolveOptions options) {
        List<Request> others = problem.requests().stream().filter(r -> !r.id().equals(request.id())).toList();
        ScheduleProblem p = problem;
        ScheduleProblem without = new ScheduleProblem(p.horizon(), p.rangeSeparationDays(), p.vehicles(), p.pads(),
                p.dropZones(), p.corridors(), p.caps(), p.suspensions(), others);
        SchedulePlan plan = solver.solve(without, options);
        ProblemIndex index = new ProblemIndex(without);
        Bookings bookings = new Bookings(index);
        Map<String, Request> byId = new HashMap<>();
        others.forEach(r -> byId.put(r.id(), r));
        for (SchedulePlan.Assignment a : plan.assignments()) {
            bookings.book(byId.get(a.request()), index.padIndex.get(a.pad()), index.day(a.date()));
        }
        int desired = index.day(request.desired());
        return index.openSlots(request).stream()
                .filter(s -> bookings.fits(request, s.pad(), s.day()))
                .sorted(Comparator.comparingInt((ProblemIndex.Slot s) -> Math.abs(s.day() - desired))
                        .thenComparingInt(ProblemIndex.Slot::day).thenComparingInt(ProblemIndex.Slot::pad))
                .limit(count)
                .map(s -> new FitOption(index.pads.get(s.pad()).id(), index.date(s.day()),
                        "0hard/0medium/" + (-Math.abs(s.day() - desired)) + "soft",
                        List.of("the other launches stay as planned")))
                .toList();
    }
}
