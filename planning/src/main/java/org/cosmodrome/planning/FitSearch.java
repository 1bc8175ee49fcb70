package org.cosmodrome.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cosmodrome.planning.solver.Blocker;
import org.cosmodrome.planning.solver.Bookings;
import org.cosmodrome.planning.solver.LaunchSlot;
import org.cosmodrome.planning.solver.ManifestModel;
import org.cosmodrome.planning.solver.ManifestSolution;
import org.cosmodrome.planning.solver.Pad;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;

/** "Where can this fit": places for one new request against a plan, scored, without committing anything. */
final class FitSearch {

    /** Free places scored per option asked for; the best of them by score are returned. */
    private static final int FREE_CANDIDATES_PER_OPTION = 3;
    /** Blocked places tried with moves of other launches, at most. */
    private static final int MOVE_CANDIDATES = 400;
    /** Launches an option may move, at most. */
    private static final int MAX_MOVES = 2;

    private final TimefoldManifestScheduler scheduler;

    FitSearch(TimefoldManifestScheduler scheduler) {
        this.scheduler = scheduler;
    }

    private record Option(Pad pad, LocalDate date, HardMediumSoftLongScore impact, List<String> notes) {
    }

    List<FitOption> find(ScheduleProblem problem, ScheduleProblem.Request request, int count, SolveOptions options) {
        if (count <= 0) {
            return List.of();
        }
        List<ScheduleProblem.Request> others = problem.requests().stream()
                .filter(other -> !other.id().equals(request.id()))
                .toList();
        Map<String, ScheduleProblem.Placement> planned = plan(withRequests(problem, others), options);

        ScheduleProblem.Request fresh = new ScheduleProblem.Request(request.id(), request.tenant(), request.vehicle(),
                request.inclination(), request.earliest(), request.latest(), request.desired(), request.priority(),
                null, request.fixedPad(), null);
        List<ScheduleProblem.Request> all = new ArrayList<>(others);
        all.add(fresh);
        ManifestSolution model = ManifestModel.of(withRequests(problem, all));
        Map<String, Pad> pads = new HashMap<>();
        model.getPads().forEach(pad -> pads.put(pad.id(), pad));
        LaunchSlot newcomer = null;
        for (LaunchSlot slot : model.getSlots()) {
            if (slot.getId().equals(fresh.id())) {
                newcomer = slot;
            } else if (!slot.isPinned()) {
                ScheduleProblem.Placement placement = planned.get(slot.getId());
                slot.place(placement == null ? null : pads.get(placement.pad()),
                        placement == null ? null : placement.date());
            }
        }
        if (newcomer == null || newcomer.getPadRange().isEmpty()) {
            return List.of();
        }
        newcomer.place(null, null);
        SolutionManager<ManifestSolution, HardMediumSoftLongScore> scores = scheduler.solutionManager();
        HardMediumSoftLongScore base = scores.update(model);
        Bookings bookings = new Bookings(model.getSlots());

        List<Option> found = new ArrayList<>();
        List<LaunchSlot> conflictsAt = new ArrayList<>();
        int moveCandidates = 0;
        int freeWanted = count * FREE_CANDIDATES_PER_OPTION;
        int free = 0;
        List<Runnable> moveTries = new ArrayList<>();
        for (LocalDate day : newcomer.getDayRange()) {
            for (Pad pad : newcomer.getPadRange()) {
                List<Blocker> blockers = bookings.blockers(newcomer, pad, day);
                if (blockers.isEmpty()) {
                    if (free < freeWanted) {
                        free++;
                        newcomer.place(pad, day);
                        found.add(new Option(pad, day, scores.update(model).subtract(base),
                                List.of("free: no other launch moves", distance(newcomer))));
                        newcomer.place(null, null);
                    }
                } else if (moveCandidates < MOVE_CANDIDATES && movableConflicts(blockers, conflictsAt)) {
                    moveCandidates++;
                    List<LaunchSlot> toMove = List.copyOf(conflictsAt);
                    LaunchSlot slot = newcomer;
                    moveTries.add(() -> tryWithMoves(slot, pad, day, toMove, bookings, model, scores, base, found));
                }
            }
            if (free >= freeWanted) {
                break;
            }
        }
        if (free < count) {
            for (Runnable attempt : moveTries) {
                attempt.run();
            }
        }
        found.sort(Comparator.comparing(Option::impact, Comparator.reverseOrder())
                .thenComparing(Option::date)
                .thenComparing(option -> option.pad().id()));
        return found.stream()
                .limit(count)
                .map(option -> new FitOption(option.pad().id(), option.date(), option.impact().toString(),
                        option.notes()))
                .toList();
    }

    /** The others as planned: pinned or published where given; otherwise the problem is solved first. */
    private Map<String, ScheduleProblem.Placement> plan(ScheduleProblem others, SolveOptions options) {
        Map<String, ScheduleProblem.Placement> planned = new HashMap<>();
        boolean complete = others.requests().stream()
                .allMatch(request -> request.pinned() != null || request.published() != null);
        if (complete) {
            for (ScheduleProblem.Request request : others.requests()) {
                planned.put(request.id(), request.pinned() != null ? request.pinned() : request.published());
            }
            return planned;
        }
        for (LaunchSlot slot : scheduler.solvedModel(others, options).getSlots()) {
            if (slot.isScheduled()) {
                planned.put(slot.getId(), new ScheduleProblem.Placement(slot.getPad().id(), slot.getDate()));
            }
        }
        return planned;
    }

    /** Whether every blocker is a conflict with a launch that may move, at most {@link #MAX_MOVES} of them. */
    private static boolean movableConflicts(List<Blocker> blockers, List<LaunchSlot> conflicts) {
        Set<LaunchSlot> others = new LinkedHashSet<>();
        for (Blocker blocker : blockers) {
            if (blocker.other() == null || blocker.other().isPinned()) {
                return false;
            }
            others.add(blocker.other());
        }
        conflicts.clear();
        conflicts.addAll(others);
        return others.size() <= MAX_MOVES;
    }

    private static void tryWithMoves(LaunchSlot newcomer, Pad pad, LocalDate day, List<LaunchSlot> toMove,
            Bookings bookings, ManifestSolution model, SolutionManager<ManifestSolution, HardMediumSoftLongScore> scores,
            HardMediumSoftLongScore base, List<Option> found) {
        for (LaunchSlot other : toMove) {
            bookings.remove(other);
        }
        if (!bookings.allows(newcomer, pad, day)) {
            toMove.forEach(bookings::add);
            return;
        }
        newcomer.place(pad, day);
        bookings.add(newcomer);
        List<String> notes = new ArrayList<>();
        Map<LaunchSlot, Pad> oldPads = new HashMap<>();
        Map<LaunchSlot, LocalDate> oldDays = new HashMap<>();
        boolean placedAll = true;
        for (LaunchSlot other : toMove) {
            oldPads.put(other, other.getPad());
            oldDays.put(other, other.getDate());
            if (!placeNearest(other, other.getDate(), bookings)) {
                placedAll = false;
                break;
            }
            notes.add("moves " + other.getId() + " from " + oldPads.get(other).id() + " on " + oldDays.get(other)
                    + " to " + other.getPad().id() + " on " + other.getDate());
        }
        if (placedAll) {
            notes.add(distance(newcomer));
            found.add(new Option(pad, day, scores.update(model).subtract(base), notes));
        }
        for (LaunchSlot other : toMove) {
            if (bookings.isBooked(other)) {
                bookings.remove(other);
            }
        }
        bookings.remove(newcomer);
        newcomer.place(null, null);
        for (LaunchSlot other : toMove) {
            other.place(oldPads.get(other), oldDays.get(other));
            bookings.add(other);
        }
    }

    /** Books the slot on the free place nearest {@code from}, if any. */
    private static boolean placeNearest(LaunchSlot slot, LocalDate from, Bookings bookings) {
        long origin = from.toEpochDay();
        List<LocalDate> days = new ArrayList<>(slot.getDayRange());
        days.sort(Comparator.comparingLong((LocalDate day) -> Math.abs(day.toEpochDay() - origin))
                .thenComparing(Comparator.naturalOrder()));
        for (LocalDate day : days) {
            for (Pad pad : slot.getPadRange()) {
                if (bookings.allows(slot, pad, day)) {
                    slot.place(pad, day);
                    bookings.add(slot);
                    return true;
                }
            }
        }
        return false;
    }

    private static String distance(LaunchSlot slot) {
        long days = slot.daysFromDesired();
        return days == 0 ? "on its desired day" : days + (days == 1 ? " day" : " days") + " from its desired day";
    }

    private static ScheduleProblem withRequests(ScheduleProblem problem, List<ScheduleProblem.Request> requests) {
        return new ScheduleProblem(problem.horizon(), problem.rangeSeparationDays(), problem.vehicles(),
                problem.pads(), problem.dropZones(), problem.corridors(), problem.caps(), problem.suspensions(),
                requests);
    }
}
