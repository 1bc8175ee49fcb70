package org.cosmodrome.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.cosmodrome.planning.ScheduleProblem.DropZone;
import org.cosmodrome.planning.ScheduleProblem.Request;
import org.cosmodrome.planning.ScheduleProblem.Vehicle;

/**
 * Launches placed so far, for solvers that place one request at a time: answers whether one more launch on a pad and
 * day keeps the rules between launches (pad turnaround, range separation, drop-zone and hazard-class yearly limits).
 * The rules of a single launch are {@link ProblemIndex#open}'s.
 */
final class Bookings {

    private final ProblemIndex index;
    private final List<NavigableMap<Integer, Vehicle>> byPad = new ArrayList<>();
    private final NavigableMap<Integer, Integer> launchesPerDay = new TreeMap<>();
    private final Map<String, Map<Integer, Integer>> zoneYear = new HashMap<>();
    private final Map<String, Map<Integer, Integer>> hazardYear = new HashMap<>();
    private final int longestTurnaround;

    Bookings(ProblemIndex index) {
        this.index = index;
        for (int p = 0; p < index.pads.size(); p++) {
            byPad.add(new TreeMap<>());
        }
        int longest = 1;
        for (Vehicle v : index.vehicles.values()) {
            longest = Math.max(longest, v.turnaroundDays());
        }
        this.longestTurnaround = longest;
    }

    boolean fits(Request r, int pad, int day) {
        Vehicle v = index.vehicle(r);
        for (Map.Entry<Integer, Vehicle> e : byPad.get(pad)
                .subMap(day - longestTurnaround + 1, true, day + longestTurnaround - 1, true).entrySet()) {
            int other = e.getKey();
            if (other == day || (other < day && day - other < ProblemIndex.turnaround(e.getValue()))
                    || (other > day && other - day < ProblemIndex.turnaround(v))) {
                return false;
            }
        }
        int separation = index.problem.rangeSeparationDays();
        if (separation >= 1 && !launchesPerDay.subMap(day - separation + 1, true, day + separation - 1, true).isEmpty()) {
            return false;
        }
        int year = index.year(day);
        for (DropZone z : index.zonesOf(r)) {
            if (z.maxLaunchesPerYear() != null && count(zoneYear, z.id(), year) >= z.maxLaunchesPerYear()) {
                return false;
            }
        }
        Integer cap = index.capOf(r);
        return cap == null || count(hazardYear, v.hazardClass(), year) < cap;
    }

    void book(Request r, int pad, int day) {
        Vehicle v = index.vehicle(r);
        byPad.get(pad).put(day, v);
        launchesPerDay.merge(day, 1, Integer::sum);
        int year = index.year(day);
        for (DropZone z : index.zonesOf(r)) {
            zoneYear.computeIfAbsent(z.id(), k -> new HashMap<>()).merge(year, 1, Integer::sum);
        }
        hazardYear.computeIfAbsent(v.hazardClass(), k -> new HashMap<>()).merge(year, 1, Integer::sum);
    }

    private static int count(Map<String, Map<Integer, Integer>> counts, String key, int year) {
        return counts.getOrDefault(key, Map.of()).getOrDefault(year, 0);
    }
}
