package org.cosmodrome.planning.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The construction heuristic: a feasible first plan, built without the score. Pinned launches stay; published launches
 * keep their placement while it still breaks no hard rule; then every other request, highest priority and narrowest
 * window first, takes the free pad and day nearest its desired day, or stays unscheduled. Deterministic.
 */
public final class GreedyStart {

    private GreedyStart() {
    }

    /** Places the solution's movable slots in place and returns the bookings of the result. */
    public static Bookings place(ManifestSolution solution) {
        List<LaunchSlot> slots = solution.getSlots();
        for (LaunchSlot slot : slots) {
            if (!slot.isPinned()) {
                slot.place(null, null);
            }
        }
        Bookings bookings = new Bookings(slots);
        Comparator<LaunchSlot> order = Comparator
                .comparingInt((LaunchSlot slot) -> slot.getRequest().priority())
                .thenComparingLong(slot -> slot.getRequest().window().end().toEpochDay()
                        - slot.getRequest().window().start().toEpochDay())
                .thenComparing(slot -> slot.getRequest().desired())
                .thenComparing(LaunchSlot::getId);
        List<LaunchSlot> queue = new ArrayList<>();
        for (LaunchSlot slot : slots.stream().filter(slot -> !slot.isPinned()).sorted(order).toList()) {
            if (slot.isPublished() && slot.getPadRange().contains(slot.getPublishedPad())
                    && bookings.allows(slot, slot.getPublishedPad(), slot.getPublishedDate())) {
                slot.place(slot.getPublishedPad(), slot.getPublishedDate());
                bookings.add(slot);
            } else {
                queue.add(slot);
            }
        }
        for (LaunchSlot slot : queue) {
            placeNearestDesired(slot, bookings);
        }
        return bookings;
    }

    /** Places the slot on the first free pad of the day nearest its desired day, if any; books it. */
    public static boolean placeNearestDesired(LaunchSlot slot, Bookings bookings) {
        for (LocalDate day : slot.getDayRange()) {
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
}
