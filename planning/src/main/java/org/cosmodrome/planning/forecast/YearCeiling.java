package org.cosmodrome.planning.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cosmodrome.planning.DateRange;
import org.cosmodrome.planning.ScheduleProblem;

/**
 * The most launches a year allows for the vehicles of the streams active in it, were demand spread perfectly: each
 * open pad flies once per shortest turnaround of its active vehicles over its days open, out of service or with all
 * their families suspended left out; pads whose active vehicles all fall under one yearly cap give at most the cap
 * together; and the range flies at most once per range separation. Drop-zone limits and closures are left out, so this
 * is an upper bound, not a plan.
 */
final class YearCeiling {

    private YearCeiling() {
    }

    static int of(ForecastScenario scenario, int year) {
        ScenarioCalendar calendar = new ScenarioCalendar(scenario);
        Map<String, ScheduleProblem.Vehicle> vehicles = new HashMap<>();
        scenario.site().vehicles().forEach(v -> vehicles.put(v.id(), v));
        Set<String> activeVehicles = new HashSet<>();
        for (ForecastScenario.DemandStream stream : scenario.streams()) {
            if (calendar.streamActive(stream.id(), year) != null) {
                activeVehicles.add(stream.vehicle());
            }
        }
        DateRange whole = ScenarioCalendar.whole(year);
        List<ScheduleProblem.Cap> caps = scenario.site().caps().stream()
                .filter(cap -> cap.year() == null || cap.year() == year).toList();
        Map<Object, Integer> cappedGroups = new LinkedHashMap<>();
        int uncapped = 0;
        for (ForecastScenario.PadSpec pad : scenario.site().pads()) {
            List<ScheduleProblem.Vehicle> onPad = new ArrayList<>();
            for (String id : pad.vehicles()) {
                if (activeVehicles.contains(id) && vehicles.containsKey(id)) {
                    onPad.add(vehicles.get(id));
                }
            }
            if (onPad.isEmpty()) {
                continue;
            }
            int turnaround = onPad.stream().mapToInt(v -> Math.max(1, v.turnaroundDays())).min().orElse(1);
            int openDays = 0;
            List<DateRange> closed = new ArrayList<>(calendar.padClosed(pad.id(), year));
            closed.addAll(pad.outages());
            for (LocalDate day = whole.start(); !day.isAfter(whole.end()); day = day.plusDays(1)) {
                if (!within(closed, day) && !allSuspended(scenario, onPad, day)) {
                    openDays++;
                }
            }
            int launches = (openDays + turnaround - 1) / turnaround;
            ScheduleProblem.Cap binding = commonCap(caps, onPad);
            if (binding == null) {
                uncapped += launches;
            } else {
                cappedGroups.merge(binding, launches, Integer::sum);
            }
        }
        int total = uncapped;
        for (Map.Entry<Object, Integer> group : cappedGroups.entrySet()) {
            total += Math.min(group.getValue(), ((ScheduleProblem.Cap) group.getKey()).maxPerYear());
        }
        int separation = Math.max(1, scenario.site().rangeSeparationDays());
        int range = (whole.days() + separation - 1) / separation;
        return Math.min(total, range);
    }

    /** The tightest cap that counts every one of the vehicles, or {@code null}. */
    private static ScheduleProblem.Cap commonCap(List<ScheduleProblem.Cap> caps, List<ScheduleProblem.Vehicle> onPad) {
        ScheduleProblem.Cap tightest = null;
        for (ScheduleProblem.Cap cap : caps) {
            boolean countsAll = onPad.stream().allMatch(v -> counts(cap, v));
            if (countsAll && (tightest == null || cap.maxPerYear() < tightest.maxPerYear())) {
                tightest = cap;
            }
        }
        return tightest;
    }

    private static boolean counts(ScheduleProblem.Cap cap, ScheduleProblem.Vehicle vehicle) {
        return (cap.hazardClass() == null || cap.hazardClass().equals(vehicle.hazardClass()))
                && (cap.family() == null || cap.family().equals(vehicle.family()));
    }

    private static boolean allSuspended(ForecastScenario scenario, List<ScheduleProblem.Vehicle> onPad,
            LocalDate day) {
        for (ScheduleProblem.Vehicle vehicle : onPad) {
            boolean suspended = scenario.site().suspensions().stream().anyMatch(s -> s.family()
                    .equals(vehicle.family()) && !day.isBefore(s.start()) && !day.isAfter(s.end()));
            if (!suspended) {
                return false;
            }
        }
        return true;
    }

    private static boolean within(List<DateRange> ranges, LocalDate day) {
        for (DateRange range : ranges) {
            if (range.contains(day)) {
                return true;
            }
        }
        return false;
    }
}
