package org.cosmodrome.planning.explain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cosmodrome.planning.solver.Blocker;
import org.cosmodrome.planning.solver.Bookings;
import org.cosmodrome.planning.solver.DayWording;
import org.cosmodrome.planning.solver.LaunchSlot;
import org.cosmodrome.planning.solver.Pad;

/**
 * Why a request is not in the plan, and why a published launch moved, in plain English naming the binding rules.
 * Found by checking placements against the final plan's {@link Bookings}, rule by rule, not from the score.
 */
public final class Explanations {

    /** At most this many reasons per request, the rules blocking the most days first. */
    public static final int MAX_REASONS = 6;

    private Explanations() {
    }

    /**
     * The rules that keep an unscheduled request out of the plan: every day of its window is checked on every pad
     * that could take it, and the rules are listed by how many days they block, most first.
     *
     * @param allPadsForVehicle whether some pad of the site supports the request's vehicle at all
     */
    public static List<String> whyUnscheduled(LaunchSlot slot, Bookings bookings, boolean allPadsForVehicle) {
        if (slot.getPadRange().isEmpty()) {
            return List.of(allPadsForVehicle && slot.getRequest().fixedPad() != null
                    ? "pad " + slot.getRequest().fixedPad().id() + " does not support " + slot.getRequest().vehicle()
                    : "no pad supports " + slot.getRequest().vehicle());
        }
        LocalDate start = slot.getRequest().window().start();
        LocalDate end = slot.getRequest().window().end();
        Map<String, BitSet> daysBlocked = new LinkedHashMap<>();
        LocalDate freeDay = null;
        Pad freePad = null;
        int offset = 0;
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1), offset++) {
            for (Pad pad : slot.getPadRange()) {
                List<Blocker> blockers = bookings.blockers(slot, pad, day);
                if (blockers.isEmpty() && freeDay == null) {
                    freeDay = day;
                    freePad = pad;
                }
                for (Blocker blocker : blockers) {
                    daysBlocked.computeIfAbsent(blocker.reason(), reason -> new BitSet()).set(offset);
                }
            }
        }
        List<String> reasons = new ArrayList<>();
        if (freeDay != null) {
            reasons.add("pad " + freePad.id() + " on " + freeDay + " breaks no rule, but the solver did not place the"
                    + " request within its time limit");
        }
        daysBlocked.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, BitSet> entry) -> -entry.getValue().cardinality())
                        .thenComparing(Map.Entry::getKey))
                .limit(MAX_REASONS - reasons.size())
                .forEach(entry -> reasons.add(entry.getKey()));
        if (reasons.isEmpty()) {
            reasons.add("its window " + DayWording.range(slot.getRequest().window()) + " has no day to offer");
        }
        return reasons;
    }

    /**
     * The rule that binds an unscheduled request: of its (pad, day) places, those blocked by one rule alone are
     * counted per rule, and the rule with the most such places is the one whose relief would let the request fly
     * soonest. When every place is blocked by two rules or more, the rule blocking the most places. Ties go to the rule
     * name first in alphabetical order.
     *
     * @return the rule's constraint name, e.g. {@code pad turnaround}; {@code no pad} when no pad can take the vehicle;
     *         {@code null} when some place breaks no rule (the solver did not find it)
     */
    public static String bindingRule(LaunchSlot slot, Bookings bookings) {
        if (slot.getPadRange().isEmpty()) {
            return NO_PAD;
        }
        Map<String, Integer> alone = new java.util.TreeMap<>();
        Map<String, Integer> blocking = new java.util.TreeMap<>();
        LocalDate end = slot.getRequest().window().end();
        for (LocalDate day = slot.getRequest().window().start(); !day.isAfter(end); day = day.plusDays(1)) {
            for (Pad pad : slot.getPadRange()) {
                Set<String> rules = new LinkedHashSet<>();
                for (Blocker blocker : bookings.blockers(slot, pad, day)) {
                    rules.add(blocker.rule());
                }
                if (rules.isEmpty()) {
                    return null;
                }
                rules.forEach(rule -> blocking.merge(rule, 1, Integer::sum));
                if (rules.size() == 1) {
                    alone.merge(rules.iterator().next(), 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> counted = alone.isEmpty() ? blocking : alone;
        String best = null;
        for (Map.Entry<String, Integer> entry : counted.entrySet()) {
            if (best == null || entry.getValue() > counted.get(best)) {
                best = entry.getKey();
            }
        }
        return best;
    }

    /** The binding rule of a request no pad of the site can take. */
    public static final String NO_PAD = "no pad";

    /**
     * Why a published launch is no longer where it was published: the rules its published placement now breaks
     * (naming a higher-priority request that took its place), or that it moved to let the plan improve.
     */
    public static List<String> whyMoved(LaunchSlot slot, Bookings bookings) {
        Set<String> reasons = new LinkedHashSet<>();
        Pad pad = slot.getPublishedPad();
        LocalDate day = slot.getPublishedDate();
        for (Blocker blocker : bookings.blockers(slot, pad, day)) {
            LaunchSlot other = blocker.other();
            if (other != null && other.getRequest().priority() < slot.getRequest().priority()) {
                reasons.add("higher-priority " + other.getId() + " (priority " + other.getRequest().priority()
                        + ") took its place: " + blocker.reason());
            } else if (other != null && other.isPinned()) {
                reasons.add("confirmed launch " + other.getId() + " holds its place: " + blocker.reason());
            } else {
                reasons.add(blocker.reason());
            }
        }
        if (reasons.isEmpty()) {
            reasons.add("its published place (pad " + pad.id() + " on " + day + ") breaks no rule; it moved so that"
                    + " the plan as a whole fits more or closer to desired days");
        }
        return List.copyOf(reasons);
    }
}
