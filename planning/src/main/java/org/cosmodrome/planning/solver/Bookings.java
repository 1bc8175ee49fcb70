package org.cosmodrome.planning.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.cosmodrome.planning.DateRange;

/**
 * The launches currently placed, indexed by pad, day, drop zone and hazard cap, so that one candidate placement can be
 * checked against every hard rule of {@link ManifestConstraints} without a score calculation. Used to build a
 * feasible start, to explain why a request does not fit, and to look for places for a new request.
 * <p>
 * The checks mirror the hard constraints; {@code BookingsTest} holds them to the same verdicts. Not thread-safe.
 */
public final class Bookings {

    private final Map<Pad, TreeMap<Long, List<LaunchSlot>>> byPad = new IdentityHashMap<>();
    private final TreeMap<Long, List<LaunchSlot>> byDay = new TreeMap<>();
    private final Map<Object, Integer> yearlyCounts = new HashMap<>();
    private final Map<LaunchSlot, Boolean> booked = new IdentityHashMap<>();
    private int longestTurnaround = 1;

    /** Books every scheduled slot of {@code slots}; the others are only known as candidates. */
    public Bookings(Collection<LaunchSlot> slots) {
        for (LaunchSlot slot : slots) {
            longestTurnaround = Math.max(longestTurnaround, slot.getRequest().turnaroundDays());
        }
        for (LaunchSlot slot : slots) {
            if (slot.isScheduled()) {
                add(slot);
            }
        }
    }

    private record ZoneYear(DropZone zone, int year) {
    }

    private record CapYear(HazardCap cap, int year) {
    }

    /** Books a scheduled slot at its current pad and day. */
    public void add(LaunchSlot slot) {
        if (booked.put(slot, Boolean.TRUE) != null) {
            throw new IllegalStateException(slot + " is already booked");
        }
        longestTurnaround = Math.max(longestTurnaround, slot.getRequest().turnaroundDays());
        long day = slot.day();
        byPad.computeIfAbsent(slot.getPad(), pad -> new TreeMap<>()).computeIfAbsent(day, d -> new ArrayList<>(2))
                .add(slot);
        byDay.computeIfAbsent(day, d -> new ArrayList<>(2)).add(slot);
        for (Object key : countedKeys(slot.getRequest(), slot.getDate())) {
            yearlyCounts.merge(key, 1, Integer::sum);
        }
    }

    /** Releases a booked slot; call before changing its pad or day. */
    public void remove(LaunchSlot slot) {
        if (booked.remove(slot) == null) {
            return;
        }
        long day = slot.day();
        removeFrom(byPad.get(slot.getPad()), day, slot);
        removeFrom(byDay, day, slot);
        for (Object key : countedKeys(slot.getRequest(), slot.getDate())) {
            yearlyCounts.merge(key, -1, Integer::sum);
        }
    }

    public boolean isBooked(LaunchSlot slot) {
        return booked.containsKey(slot);
    }

    /** Whether placing the slot on this pad and day breaks no hard rule, given the other booked launches. */
    public boolean allows(LaunchSlot slot, Pad pad, LocalDate day) {
        return check(slot, pad, day, true).isEmpty();
    }

    /** Every hard rule the placement would break, given the other booked launches; empty when it fits. */
    public List<Blocker> blockers(LaunchSlot slot, Pad pad, LocalDate day) {
        return check(slot, pad, day, false);
    }

    private List<Blocker> check(LaunchSlot slot, Pad pad, LocalDate day, boolean firstOnly) {
        List<Blocker> found = new ArrayList<>(2);
        LaunchRequest request = slot.getRequest();
        if (!pad.supports(request.vehicle())) {
            found.add(new Blocker("pad supports vehicle",
                    "pad " + pad.id() + " does not support " + request.vehicle(), null));
            if (firstOnly) {
                return found;
            }
        }
        if (request.fixedPad() != null && request.fixedPad() != pad) {
            found.add(new Blocker("fixed pad", "bound to pad " + request.fixedPad().id(), null));
            if (firstOnly) {
                return found;
            }
        }
        if (!request.window().contains(day)) {
            found.add(new Blocker("request window", "outside its window " + DayWording.range(request.window()),
                    null));
            if (firstOnly) {
                return found;
            }
        }
        DateRange suspension = request.suspensionOn(day);
        if (suspension != null) {
            found.add(new Blocker("family suspension",
                    request.family() + " family suspended " + DayWording.range(suspension), null));
            if (firstOnly) {
                return found;
            }
        }
        for (DropZone zone : request.dropZones()) {
            var closure = zone.closureOn(day);
            if (closure.isPresent()) {
                found.add(new Blocker("drop zone closure",
                        "drop zone " + zone.id() + " closed " + DayWording.range(closure.get()), null));
                if (firstOnly) {
                    return found;
                }
            }
        }
        var outage = pad.outageOn(day);
        if (outage.isPresent()) {
            found.add(new Blocker("pad outage",
                    "pad " + pad.id() + " out of service " + DayWording.range(outage.get()), null));
            if (firstOnly) {
                return found;
            }
        }
        boolean self = booked.containsKey(slot);
        int year = day.getYear();
        for (DropZone zone : request.dropZones()) {
            if (zone.isLimited()) {
                int launches = othersCounted(new ZoneYear(zone, year), slot, self);
                if (launches >= zone.maxLaunchesPerYear()) {
                    found.add(new Blocker("drop zone yearly limit", "drop zone " + zone.id() + " yearly limit for "
                            + year + " reached: " + launches + " of " + zone.maxLaunchesPerYear(), null));
                    if (firstOnly) {
                        return found;
                    }
                }
            }
        }
        for (HazardCap cap : request.capsIn(year)) {
            int launches = othersCounted(new CapYear(cap, year), slot, self);
            if (launches >= cap.maxPerYear()) {
                found.add(new Blocker("hazard class yearly cap", cap.description() + " for " + year + " reached: "
                        + launches + " of " + cap.maxPerYear(), null));
                if (firstOnly) {
                    return found;
                }
            }
        }
        long d = day.toEpochDay();
        TreeMap<Long, List<LaunchSlot>> onPad = byPad.get(pad);
        if (onPad != null) {
            long from = d - longestTurnaround + 1;
            long to = d + request.turnaroundDays() - 1;
            for (var entry : onPad.subMap(from, true, to, true).entrySet()) {
                for (LaunchSlot other : entry.getValue()) {
                    if (other == slot) {
                        continue;
                    }
                    long otherDay = entry.getKey();
                    LaunchRequest binding;
                    if (otherDay == d) {
                        binding = other.getRequest().turnaroundDays() >= request.turnaroundDays()
                                ? other.getRequest() : request;
                    } else {
                        binding = otherDay < d ? other.getRequest() : request;
                    }
                    if (Math.abs(otherDay - d) < binding.turnaroundDays()) {
                        found.add(new Blocker("pad turnaround", "turnaround of " + binding.vehicle() + " on "
                                + pad.id() + " (" + days(binding.turnaroundDays()) + ") conflicts with "
                                + other.getId() + " on " + other.getDate(), other));
                        if (firstOnly) {
                            return found;
                        }
                    }
                }
            }
        }
        int separation = request.rangeSeparationDays();
        if (separation > 0) {
            for (var entry : byDay.subMap(d - separation + 1, true, d + separation - 1, true).entrySet()) {
                for (LaunchSlot other : entry.getValue()) {
                    if (other == slot) {
                        continue;
                    }
                    found.add(new Blocker("range separation", "range separation (" + days(separation) + ") from "
                            + other.getId() + " on " + other.getDate(), other));
                    if (firstOnly) {
                        return found;
                    }
                }
            }
        }
        return found;
    }

    /** Booked launches counted under the key, leaving out the slot itself when it is counted there. */
    private int othersCounted(Object key, LaunchSlot slot, boolean self) {
        int launches = yearlyCounts.getOrDefault(key, 0);
        if (self && countedKeys(slot.getRequest(), slot.getDate()).contains(key)) {
            launches--;
        }
        return launches;
    }

    private static List<Object> countedKeys(LaunchRequest request, LocalDate day) {
        List<Object> keys = new ArrayList<>(request.dropZones().size() + 1);
        int year = day.getYear();
        for (DropZone zone : request.dropZones()) {
            if (zone.isLimited()) {
                keys.add(new ZoneYear(zone, year));
            }
        }
        for (HazardCap cap : request.capsIn(year)) {
            keys.add(new CapYear(cap, year));
        }
        return keys;
    }

    private static void removeFrom(NavigableMap<Long, List<LaunchSlot>> index, long day, LaunchSlot slot) {
        List<LaunchSlot> onDay = index.get(day);
        onDay.remove(slot);
        if (onDay.isEmpty()) {
            index.remove(day);
        }
    }

    static String days(int days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
