package org.cosmodrome.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cosmodrome.planning.DateRange;
import org.cosmodrome.planning.SchedulePlan;
import org.cosmodrome.planning.SchedulePlan.Assignment;
import org.cosmodrome.planning.ScheduleProblem;
import org.cosmodrome.planning.ScheduleProblem.Request;

/**
 * Checks every hard rule of schedule-v1 on any plan, from the problem's records alone: it shares no code with the
 * solvers of this module, so a bug in their model does not hide here. Dates are whole days, ranges inclusive.
 * <p>
 * The rules as docs/formats/schedule-v1.md states them: after a launch its pad cannot launch again until the
 * launch's vehicle's turnaround has passed (the earlier launch's turnaround applies; never two on one day); a range
 * separation of 0 allows launches on the same day; a zone a corridor names but the problem does not declare is
 * always open and unlimited; a pinned request must be on its pin. A request whose inclination has no corridor
 * (the format refuses it) needs no drop zone here.
 */
public final class PlanChecker {

    /** The hard rules. */
    public enum Rule {
        /** An assignment names a request the problem does not have, or one request is assigned twice. */
        UNKNOWN_OR_DUPLICATE_REQUEST,
        /** An assignment names a pad the problem does not have. */
        UNKNOWN_PAD,
        /** A launch outside the horizon. */
        HORIZON,
        /** A pinned request not on its pin. */
        PINNED,
        /** A request with a fixed pad on another pad. */
        FIXED_PAD,
        /** A pad that does not support the request's vehicle. */
        PAD_VEHICLE,
        /** A launch outside its request's window. */
        WINDOW,
        /** A launch on a pad during one of its outages. */
        OUTAGE,
        /** A launch on a pad before the turnaround of the pad's previous launch has passed, or two on one day. */
        TURNAROUND,
        /** Two launches of the site closer than the range separation. */
        RANGE_SEPARATION,
        /** A launch whose corridor has a drop zone closed that day. */
        DROP_ZONE_CLOSED,
        /** More launches into a drop zone in a calendar year than it allows. */
        DROP_ZONE_LIMIT,
        /** More launches of a hazard class in a calendar year than its cap. */
        HAZARD_CAP,
        /** A launch of a vehicle family during its suspension. */
        SUSPENSION
    }

    /**
     * One broken rule.
     *
     * @param requests the requests involved: one, or two for a pair rule, or all counted for a yearly limit
     */
    public record Violation(Rule rule, List<String> requests, String detail) {
    }

    /** Every violation of a hard rule in {@code plan}; empty if it is feasible. */
    public List<Violation> check(ScheduleProblem problem, SchedulePlan plan) {
        List<Violation> found = new ArrayList<>();
        Map<String, Request> requests = new HashMap<>();
        problem.requests().forEach(r -> requests.put(r.id(), r));
        Map<String, ScheduleProblem.Pad> pads = new HashMap<>();
        problem.pads().forEach(p -> pads.put(p.id(), p));
        Map<String, ScheduleProblem.Vehicle> vehicles = new HashMap<>();
        problem.vehicles().forEach(v -> vehicles.put(v.id(), v));

        List<Assignment> launches = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Assignment a : plan.assignments()) {
            if (!requests.containsKey(a.request()) || !seen.add(a.request())) {
                found.add(new Violation(Rule.UNKNOWN_OR_DUPLICATE_REQUEST, List.of(a.request()),
                        "assigned but unknown, or assigned twice"));
            } else if (!pads.containsKey(a.pad())) {
                found.add(new Violation(Rule.UNKNOWN_PAD, List.of(a.request()), "pad " + a.pad()));
            } else {
                launches.add(a);
            }
        }
        Map<String, Assignment> placed = new HashMap<>();
        launches.forEach(a -> placed.put(a.request(), a));
        for (Request r : problem.requests()) {
            Assignment a = placed.get(r.id());
            if (r.pinned() != null && (a == null || !a.pad().equals(r.pinned().pad())
                    || !a.date().equals(r.pinned().date()))) {
                found.add(new Violation(Rule.PINNED, List.of(r.id()), "pinned at " + r.pinned().pad() + " on "
                        + r.pinned().date() + ", planned " + (a == null ? "nowhere" : a.pad() + " on " + a.date())));
            }
        }

        for (Assignment a : launches) {
            Request r = requests.get(a.request());
            ScheduleProblem.Pad pad = pads.get(a.pad());
            LocalDate day = a.date();
            if (!problem.horizon().contains(day)) {
                found.add(new Violation(Rule.HORIZON, List.of(r.id()), day + " outside " + problem.horizon()));
            }
            if (r.fixedPad() != null && !r.fixedPad().equals(pad.id())) {
                found.add(new Violation(Rule.FIXED_PAD, List.of(r.id()), "on " + pad.id() + ", fixed to " + r.fixedPad()));
            }
            if (!pad.vehicles().contains(r.vehicle())) {
                found.add(new Violation(Rule.PAD_VEHICLE, List.of(r.id()), pad.id() + " does not support " + r.vehicle()));
            }
            if (day.isBefore(r.earliest()) || day.isAfter(r.latest())) {
                found.add(new Violation(Rule.WINDOW, List.of(r.id()),
                        day + " outside " + r.earliest() + ".." + r.latest()));
            }
            for (DateRange outage : pad.outages()) {
                if (outage.contains(day)) {
                    found.add(new Violation(Rule.OUTAGE, List.of(r.id()), pad.id() + " out " + outage));
                }
            }
            for (ScheduleProblem.DropZone zone : zonesOf(problem, r)) {
                for (DateRange closure : zone.closures()) {
                    if (closure.contains(day)) {
                        found.add(new Violation(Rule.DROP_ZONE_CLOSED, List.of(r.id()), zone.id() + " closed " + closure));
                    }
                }
            }
            ScheduleProblem.Vehicle v = vehicles.get(r.vehicle());
            for (ScheduleProblem.Suspension s : problem.suspensions()) {
                if (v != null && s.family().equals(v.family()) && !day.isBefore(s.start()) && !day.isAfter(s.end())) {
                    found.add(new Violation(Rule.SUSPENSION, List.of(r.id()),
                            s.family() + " suspended " + s.start() + ".." + s.end()));
                }
            }
        }

        pairs(problem, launches, requests, vehicles, found);
        yearly(problem, launches, requests, vehicles, found);
        return found;
    }

    /** Counts of violations per rule, every rule present (zero when kept). */
    public static Map<Rule, Integer> countByRule(List<Violation> violations) {
        Map<Rule, Integer> counts = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            counts.put(rule, 0);
        }
        violations.forEach(v -> counts.merge(v.rule(), 1, Integer::sum));
        return counts;
    }

    private static void pairs(ScheduleProblem problem, List<Assignment> launches, Map<String, Request> requests,
            Map<String, ScheduleProblem.Vehicle> vehicles, List<Violation> found) {
        List<Assignment> byDate = new ArrayList<>(launches);
        byDate.sort(Comparator.comparing(Assignment::date).thenComparing(Assignment::request));
        int longest = 1;
        for (ScheduleProblem.Vehicle v : problem.vehicles()) {
            longest = Math.max(longest, v.turnaroundDays());
        }
        int reach = Math.max(longest, problem.rangeSeparationDays());
        for (int i = 0; i < byDate.size(); i++) {
            Assignment a = byDate.get(i);
            for (int j = i + 1; j < byDate.size(); j++) {
                Assignment b = byDate.get(j);
                long apart = ChronoUnit.DAYS.between(a.date(), b.date());
                if (apart >= reach) {
                    break;
                }
                if (apart < problem.rangeSeparationDays()) {
                    found.add(new Violation(Rule.RANGE_SEPARATION, List.of(a.request(), b.request()),
                            apart + " days apart, range separation " + problem.rangeSeparationDays()));
                }
                if (a.pad().equals(b.pad())) {
                    // byDate is sorted, so a is the earlier launch (or on the same day)
                    int needed = Math.max(1, turnaround(vehicles, requests.get(a.request())));
                    if (apart == 0 || apart < needed) {
                        found.add(new Violation(Rule.TURNAROUND, List.of(a.request(), b.request()),
                                "on " + a.pad() + " " + apart + " days apart, turnaround " + needed));
                    }
                }
            }
        }
    }

    private static int turnaround(Map<String, ScheduleProblem.Vehicle> vehicles, Request r) {
        ScheduleProblem.Vehicle v = vehicles.get(r.vehicle());
        return v == null ? 1 : v.turnaroundDays();
    }

    private static void yearly(ScheduleProblem problem, List<Assignment> launches, Map<String, Request> requests,
            Map<String, ScheduleProblem.Vehicle> vehicles, List<Violation> found) {
        Map<String, Map<Integer, List<String>>> zoneYears = new TreeMap<>();
        Map<String, Map<Integer, List<String>>> hazardYears = new TreeMap<>();
        for (Assignment a : launches) {
            Request r = requests.get(a.request());
            int year = a.date().getYear();
            for (ScheduleProblem.DropZone z : zonesOf(problem, r)) {
                zoneYears.computeIfAbsent(z.id(), k -> new TreeMap<>()).computeIfAbsent(year, k -> new ArrayList<>())
                        .add(r.id());
            }
            ScheduleProblem.Vehicle v = vehicles.get(r.vehicle());
            if (v != null) {
                hazardYears.computeIfAbsent(v.hazardClass(), k -> new TreeMap<>())
                        .computeIfAbsent(year, k -> new ArrayList<>()).add(r.id());
            }
        }
        for (ScheduleProblem.DropZone z : problem.dropZones()) {
            if (z.maxLaunchesPerYear() == null) {
                continue;
            }
            zoneYears.getOrDefault(z.id(), Map.of()).forEach((year, ids) -> {
                if (ids.size() > z.maxLaunchesPerYear()) {
                    found.add(new Violation(Rule.DROP_ZONE_LIMIT, ids,
                            z.id() + " " + ids.size() + " launches in " + year + ", limit " + z.maxLaunchesPerYear()));
                }
            });
        }
        for (ScheduleProblem.Cap cap : problem.caps()) {
            hazardYears.getOrDefault(cap.hazardClass(), Map.of()).forEach((year, ids) -> {
                if (ids.size() > cap.maxPerYear()) {
                    found.add(new Violation(Rule.HAZARD_CAP, ids,
                            cap.hazardClass() + " " + ids.size() + " launches in " + year + ", cap " + cap.maxPerYear()));
                }
            });
        }
    }

    private static List<ScheduleProblem.DropZone> zonesOf(ScheduleProblem problem, Request r) {
        for (ScheduleProblem.Corridor c : problem.corridors()) {
            if (Math.abs(c.inclination() - r.inclination()) < 1e-6) {
                List<ScheduleProblem.DropZone> zones = new ArrayList<>();
                for (ScheduleProblem.DropZone z : problem.dropZones()) {
                    if (c.dropZones().contains(z.id())) {
                        zones.add(z);
                    }
                }
                return zones;
            }
        }
        return List.of();
    }
}
