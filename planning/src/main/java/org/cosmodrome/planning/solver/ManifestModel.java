package org.cosmodrome.planning.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.cosmodrome.planning.DateRange;
import org.cosmodrome.planning.ScheduleProblem;

/**
 * Builds the solver's working model from a problem: ids resolved to facts, one slot per request with its value
 * ranges, pinned requests placed and pinned, published placements recorded. Expects a problem that
 * {@code ScheduleFormat} would accept (ids resolve); throws {@link IllegalArgumentException} otherwise.
 * <p>
 * Drop zones named by a corridor but not declared are always open and have no yearly limit.
 */
public final class ManifestModel {

    /** Corridors match a request's inclination to within this many degrees. */
    public static final double INCLINATION_TOLERANCE = 1e-6;

    private ManifestModel() {
    }

    public static ManifestSolution of(ScheduleProblem problem) {
        Map<String, Pad> pads = new LinkedHashMap<>();
        for (ScheduleProblem.Pad pad : problem.pads()) {
            pads.put(pad.id(), new Pad(pad.id(), new LinkedHashSet<>(pad.vehicles()), pad.outages()));
        }
        Map<String, DropZone> zones = new LinkedHashMap<>();
        for (ScheduleProblem.DropZone zone : problem.dropZones()) {
            zones.put(zone.id(), new DropZone(zone.id(), zone.maxLaunchesPerYear(), zone.closures()));
        }
        for (ScheduleProblem.Corridor corridor : problem.corridors()) {
            for (String zone : corridor.dropZones()) {
                zones.computeIfAbsent(zone, id -> new DropZone(id, null, List.of()));
            }
        }
        List<HazardCap> caps = new ArrayList<>();
        for (ScheduleProblem.Cap cap : problem.caps()) {
            caps.add(new HazardCap(cap.hazardClass(), cap.family(), cap.year(), cap.maxPerYear()));
        }
        Map<String, ScheduleProblem.Vehicle> vehicles = new HashMap<>();
        for (ScheduleProblem.Vehicle vehicle : problem.vehicles()) {
            vehicles.put(vehicle.id(), vehicle);
        }
        List<LaunchSlot> slots = new ArrayList<>(problem.requests().size());
        for (ScheduleProblem.Request request : problem.requests()) {
            slots.add(slot(problem, request, vehicles, pads, zones, caps));
        }
        return new ManifestSolution(new ArrayList<>(pads.values()), new ArrayList<>(zones.values()),
                caps, slots);
    }

    private static LaunchSlot slot(ScheduleProblem problem, ScheduleProblem.Request request,
            Map<String, ScheduleProblem.Vehicle> vehicles, Map<String, Pad> pads, Map<String, DropZone> zones,
            List<HazardCap> caps) {
        ScheduleProblem.Vehicle vehicle = vehicles.get(request.vehicle());
        if (vehicle == null) {
            throw new IllegalArgumentException("request " + request.id() + " names unknown vehicle "
                    + request.vehicle());
        }
        List<DropZone> dropZones = new ArrayList<>();
        for (ScheduleProblem.Corridor corridor : problem.corridors()) {
            if (Math.abs(corridor.inclination() - request.inclination()) <= INCLINATION_TOLERANCE) {
                corridor.dropZones().forEach(zone -> dropZones.add(zones.get(zone)));
                break;
            }
        }
        List<DateRange> suspensions = problem.suspensions().stream()
                .filter(suspension -> suspension.family().equals(vehicle.family()))
                .map(suspension -> new DateRange(suspension.start(), suspension.end()))
                .toList();
        Pad fixedPad = request.fixedPad() == null ? null : pad(pads, request.fixedPad());
        LaunchRequest facts = new LaunchRequest(request.id(), request.tenant(), request.vehicle(), vehicle.family(),
                vehicle.turnaroundDays(), problem.rangeSeparationDays(),
                vehicles.values().stream().mapToInt(ScheduleProblem.Vehicle::turnaroundDays).max().orElse(1),
                caps.stream().filter(cap -> cap.counts(vehicle.family(), vehicle.hazardClass())).toList(), dropZones,
                suspensions,
                new DateRange(request.earliest(), request.latest()),
                request.desired() == null ? request.earliest() : request.desired(), request.priority(), fixedPad);

        List<Pad> padRange = new ArrayList<>();
        for (Pad pad : pads.values()) {
            if (pad.supports(facts.vehicle()) && (fixedPad == null || fixedPad == pad)) {
                padRange.add(pad);
            }
        }
        List<LocalDate> dayRange = padRange.isEmpty() ? new ArrayList<>() : openDays(facts, padRange,
                problem.horizon());
        ScheduleProblem.Placement pinned = request.pinned();
        if (pinned != null) {
            Pad pinnedPad = pad(pads, pinned.pad());
            if (!padRange.contains(pinnedPad)) {
                padRange.add(pinnedPad);
            }
            if (!dayRange.contains(pinned.date())) {
                dayRange.add(pinned.date());
            }
        }
        ScheduleProblem.Placement published = request.published();
        LaunchSlot slot = new LaunchSlot(facts, padRange, dayRange,
                published == null ? null : pad(pads, published.pad()), published == null ? null : published.date());
        if (pinned != null) {
            slot.place(pad(pads, pinned.pad()), pinned.date());
            slot.setPinned(true);
        } else if (padRange.isEmpty() || dayRange.isEmpty()) {
            // Nothing to choose from: the slot stays unscheduled, and an empty value range must not reach the solver.
            slot.setPinned(true);
        }
        return slot;
    }

    /**
     * The window's days inside the horizon on which no suspension, drop-zone closure or outage of every candidate pad
     * forbids a launch, nearest the desired day first (earlier first on ties).
     */
    private static List<LocalDate> openDays(LaunchRequest request, List<Pad> padRange, DateRange horizon) {
        LocalDate first = max(request.window().start(), horizon.start());
        LocalDate last = min(request.window().end(), horizon.end());
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (request.suspensionOn(day) != null || request.closedDropZoneOn(day) != null) {
                continue;
            }
            LocalDate candidate = day;
            if (padRange.stream().allMatch(pad -> pad.isOutOn(candidate))) {
                continue;
            }
            days.add(day);
        }
        long desired = request.desired().toEpochDay();
        days.sort(Comparator.comparingLong((LocalDate day) -> Math.abs(day.toEpochDay() - desired))
                .thenComparing(Comparator.naturalOrder()));
        return days;
    }

    private static Pad pad(Map<String, Pad> pads, String id) {
        Pad pad = pads.get(id);
        if (pad == null) {
            throw new IllegalArgumentException("unknown pad " + id);
        }
        return pad;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
