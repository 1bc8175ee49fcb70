package org.cosmodrome.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cosmodrome.planning.DateRange;
import org.cosmodrome.planning.ScheduleProblem;
import org.cosmodrome.planning.ScheduleProblem.Cap;
import org.cosmodrome.planning.ScheduleProblem.Corridor;
import org.cosmodrome.planning.ScheduleProblem.DropZone;
import org.cosmodrome.planning.ScheduleProblem.Pad;
import org.cosmodrome.planning.ScheduleProblem.Request;
import org.cosmodrome.planning.ScheduleProblem.Suspension;
import org.cosmodrome.planning.ScheduleProblem.Vehicle;

/**
 * A problem indexed for the solvers of this module (not for {@link PlanChecker}, which reads the problem on its own):
 * days as integers from the horizon's start, lookups by id, and the rules that depend on one request, one pad and one
 * day only (pad supports the vehicle, fixed pad, window, horizon, outages, drop zones open, suspensions).
 */
final class ProblemIndex {

    /** A pad and a day (days from the horizon's start). */
    record Slot(int pad, int day) {
    }

    final ScheduleProblem problem;
    final LocalDate start;
    final int days;
    final List<Pad> pads;
    final Map<String, Integer> padIndex = new HashMap<>();
    final Map<String, Vehicle> vehicles = new HashMap<>();
    final Map<String, DropZone> zones = new HashMap<>();
    final Map<String, Integer> caps = new HashMap<>();

    ProblemIndex(ScheduleProblem problem) {
        this.problem = problem;
        this.start = problem.horizon().start();
        this.days = (int) ChronoUnit.DAYS.between(start, problem.horizon().end()) + 1;
        this.pads = problem.pads();
        for (int p = 0; p < pads.size(); p++) {
            padIndex.put(pads.get(p).id(), p);
        }
        problem.vehicles().forEach(v -> vehicles.put(v.id(), v));
        problem.dropZones().forEach(z -> zones.put(z.id(), z));
        for (Cap c : problem.caps()) {
            caps.merge(c.hazardClass(), c.maxPerYear(), Math::min);
        }
    }

    int day(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(start, date);
    }

    LocalDate date(int day) {
        return start.plusDays(day);
    }

    int year(int day) {
        return date(day).getYear();
    }

    Vehicle vehicle(Request r) {
        Vehicle v = vehicles.get(r.vehicle());
        if (v == null) {
            throw new IllegalArgumentException("request " + r.id() + " names an unknown vehicle " + r.vehicle());
        }
        return v;
    }

    /**
     * Days a launch of {@code v} keeps its pad (schedule-v1: the earlier launch's turnaround applies, and a pad
     * launches at most once a day).
     */
    static int turnaround(Vehicle v) {
        return Math.max(1, v.turnaroundDays());
    }

    /**
     * The declared drop zones of the corridor with the request's inclination; none if no corridor has it. A zone a
     * corridor names but the problem does not declare is always open and unlimited (schedule-v1).
     */
    List<DropZone> zonesOf(Request r) {
        for (Corridor c : problem.corridors()) {
            if (Math.abs(c.inclination() - r.inclination()) < 1e-6) {
                List<DropZone> result = new ArrayList<>();
                for (String id : c.dropZones()) {
                    DropZone z = zones.get(id);
                    if (z != null) {
                        result.add(z);
                    }
                }
                return result;
            }
        }
        return List.of();
    }

    /** The yearly cap on the request's hazard class, or {@code null}. */
    Integer capOf(Request r) {
        return caps.get(vehicle(r).hazardClass());
    }

    /**
     * Every pad and day this request could take if it were alone on the site, pads in problem order then days
     * ascending. A pinned request has only its pin, whether or not the pin is open.
     */
    List<Slot> openSlots(Request r) {
        if (r.pinned() != null) {
            Integer p = padIndex.get(r.pinned().pad());
            return p == null ? List.of() : List.of(new Slot(p, day(r.pinned().date())));
        }
        List<Slot> slots = new ArrayList<>();
        Vehicle v = vehicle(r);
        List<DropZone> rz = zonesOf(r);
        Integer cap = capOf(r);
        if (cap != null && cap <= 0) {
            return slots;
        }
        for (DropZone z : rz) {
            if (z.maxLaunchesPerYear() != null && z.maxLaunchesPerYear() <= 0) {
                return slots;
            }
        }
        int first = Math.max(0, day(r.earliest()));
        int last = Math.min(days - 1, day(r.latest()));
        for (int p = 0; p < pads.size(); p++) {
            Pad pad = pads.get(p);
            if (!pad.vehicles().contains(v.id()) || (r.fixedPad() != null && !r.fixedPad().equals(pad.id()))) {
                continue;
            }
            for (int d = first; d <= last; d++) {
                LocalDate date = date(d);
                if (!inAny(pad.outages(), date) && zonesOpen(rz, date) && !suspended(v, date)) {
                    slots.add(new Slot(p, d));
                }
            }
        }
        return slots;
    }

    boolean open(Request r, int pad, int day) {
        Pad p = pads.get(pad);
        Vehicle v = vehicle(r);
        LocalDate date = date(day);
        return day >= 0 && day < days && p.vehicles().contains(v.id())
                && (r.fixedPad() == null || r.fixedPad().equals(p.id()))
                && !date.isBefore(r.earliest()) && !date.isAfter(r.latest())
                && !inAny(p.outages(), date) && zonesOpen(zonesOf(r), date) && !suspended(v, date);
    }

    private static boolean zonesOpen(List<DropZone> zones, LocalDate date) {
        for (DropZone z : zones) {
            if (inAny(z.closures(), date)) {
                return false;
            }
        }
        return true;
    }

    private boolean suspended(Vehicle v, LocalDate date) {
        for (Suspension s : problem.suspensions()) {
            if (s.family().equals(v.family()) && !date.isBefore(s.start()) && !date.isAfter(s.end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean inAny(List<DateRange> ranges, LocalDate date) {
        for (DateRange r : ranges) {
            if (r.contains(date)) {
                return true;
            }
        }
        return false;
    }
}
