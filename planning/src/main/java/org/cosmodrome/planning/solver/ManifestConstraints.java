package org.cosmodrome.planning.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.loadBalance;

import java.math.RoundingMode;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/**
 * The manifest's rules. Hard: a broken one makes the plan unusable. Medium: leave as few requests unscheduled as
 * possible, weighted by priority. Soft: the plan's quality (closeness to desired days, fairness between tenants, few
 * moves of published launches). Hard penalties grow with how badly a rule is broken (days short, launches over),
 * so that the search can tell a nearly feasible plan from a hopeless one.
 */
public class ManifestConstraints implements ConstraintProvider {

    /** What moving a published launch costs on the soft level, on top of one per day moved. */
    public static final long PUBLISHED_MOVE_COST = 1_000;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            padSupportsVehicle(factory),
            fixedPad(factory),
            padTurnaround(factory),
            padOutage(factory),
            rangeSeparation(factory),
            dropZoneClosure(factory),
            dropZoneYearlyLimit(factory),
            hazardClassYearlyCap(factory),
            familySuspension(factory),
            requestWindow(factory),
            unscheduledRequest(factory),
            desiredDate(factory),
            tenantFairness(factory),
            publishedLaunchMoved(factory)
        };
    }

    // A launch may only use a pad equipped for its vehicle.
    Constraint padSupportsVehicle(ConstraintFactory factory) {
        return factory.forEach(LaunchSlot.class)
                .filter(slot -> !slot.getPad().supports(slot.getRequest().vehicle()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint("pad supports vehicle");
    }

    // A request bound to one pad launches from that pad.
    Constraint fixedPad(ConstraintFactory factory) {
        return factory.forEach(LaunchSlot.class)
                .filter(slot -> slot.getRequest().fixedPad() != null && slot.getPad() != slot.getRequest().fixedPad())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint("fixed pad");
    }

    // After a launch, its pad cannot launch again until the vehicle's turnaround days have passed.
    Constraint padTurnaround(ConstraintFactory factory) {
        // Conflicting launches lie in the same or in neighbouring periods of the longest turnaround: equal joins on
        // the period keep each update to the few launches near it.
        return factory.forEachUniquePair(LaunchSlot.class,
                        Joiners.equal(LaunchSlot::getPad),
                        Joiners.equal(LaunchSlot::turnaroundPeriod))
                .concat(factory.forEach(LaunchSlot.class)
                        .join(LaunchSlot.class,
                                Joiners.equal(LaunchSlot::getPad),
                                Joiners.equal(slot -> slot.turnaroundPeriod() + 1, LaunchSlot::turnaroundPeriod)))
                .filter((a, b) -> turnaroundDaysShort(a, b) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, ManifestConstraints::turnaroundDaysShort)
                .asConstraint("pad turnaround");
    }

    // No launch from a pad on a day it is out of service.
    Constraint padOutage(ConstraintFactory factory) {
        return factory.forEach(LaunchSlot.class)
                .filter(slot -> slot.getPad().isOutOn(slot.getDate()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint("pad outage");
    }

    // Any two launches of the site are at least the range separation apart.
    Constraint rangeSeparation(ConstraintFactory factory) {
        return factory.forEachUniquePair(LaunchSlot.class, Joiners.equal(LaunchSlot::separationPeriod))
                .concat(factory.forEach(LaunchSlot.class)
                        .join(LaunchSlot.class,
                                Joiners.equal(slot -> slot.separationPeriod() + 1, LaunchSlot::separationPeriod)))
                .filter((a, b) -> separationDaysShort(a, b) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, ManifestConstraints::separationDaysShort)
                .asConstraint("range separation");
    }

    // No launch on a day when a drop zone of its corridor is closed.
    Constraint dropZoneClosure(ConstraintFactory factory) {
        return factory.forEach(LaunchSlot.class)
                .filter(slot -> slot.getRequest().closedDropZoneOn(slot.getDate()) != null)
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint("drop zone closure");
    }

    // A drop zone takes at most its yearly number of launches per calendar year.
    Constraint dropZoneYearlyLimit(ConstraintFactory factory) {
        return factory.forEach(LaunchSlot.class)
                .expand(slot -> slot.getRequest().limitedDropZones())
                .flattenLast(zones -> zones)
                .groupBy((slot, zone) -> zone, (slot, zone) -> slot.year(), countBi())
                .filter((zone, year, launches) -> launches > zone.maxLaunchesPerYear())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (zone, year, launches) -> launches - zone.maxLaunchesPerYear())
                .asConstraint("drop zone yearly limit");
    }

    // Launches a yearly cap counts (of a hazard class, a vehicle family, or both) stay within it per calendar year.
    Constraint hazardClassYearlyCap(ConstraintFactory factory) {
        return factory.forEach(LaunchSlot.class)
                .filter(slot -> !slot.getRequest().caps().isEmpty())
                .expand(slot -> slot.getRequest().capsIn(slot.year()))
                .flattenLast(caps -> caps)
                .groupBy((slot, cap) -> cap, (slot, cap) -> slot.year(), countBi())
                .filter((cap, year, launches) -> launches > cap.maxPerYear())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (cap, year, launches) -> launches - cap.maxPerYear())
                .asConstraint("hazard class yearly cap");
    }

    // No launch of a vehicle family while the family is suspended.
    Constraint familySuspension(ConstraintFactory factory) {
        return factory.forEach(LaunchSlot.class)
                .filter(slot -> slot.getRequest().suspensionOn(slot.getDate()) != null)
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint("family suspension");
    }

    // A launch happens inside its request's window.
    Constraint requestWindow(ConstraintFactory factory) {
        return factory.forEach(LaunchSlot.class)
                .filter(slot -> !slot.getRequest().window().contains(slot.getDate()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, ManifestConstraints::daysOutsideWindow)
                .asConstraint("request window");
    }

    // Every request left off the plan costs its priority weight (10 for priority 1 down to 1 for priority 10).
    Constraint unscheduledRequest(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(LaunchSlot.class)
                .filter(slot -> !slot.isScheduled())
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, slot -> slot.getRequest().priorityWeight())
                .asConstraint("unscheduled request");
    }

    // Every day between a launch and its desired day costs one.
    Constraint desiredDate(ConstraintFactory factory) {
        return factory.forEach(LaunchSlot.class)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, LaunchSlot::daysFromDesired)
                .asConstraint("desired date");
    }

    // Tenants share the delay: the spread of their total days from desired (Timefold's unfairness) costs one per day.
    Constraint tenantFairness(ConstraintFactory factory) {
        return factory.forEach(LaunchSlot.class)
                .groupBy(loadBalance(slot -> slot.getRequest().tenant(), LaunchSlot::daysFromDesired))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        balance -> balance.unfairness().setScale(0, RoundingMode.HALF_UP).longValueExact())
                .asConstraint("tenant fairness");
    }

    // Changing a published launch costs a fixed amount plus one per day it moves, so re-plans disturb little.
    Constraint publishedLaunchMoved(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(LaunchSlot.class)
                .filter(LaunchSlot::isMovedFromPublished)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, ManifestConstraints::publishedMoveCost)
                .asConstraint("published launch moved");
    }

    static long turnaroundDaysShort(LaunchSlot a, LaunchSlot b) {
        LaunchSlot earlier = a.day() <= b.day() ? a : b;
        LaunchSlot later = earlier == a ? b : a;
        long needed = a.day() == b.day()
                ? Math.max(a.getRequest().turnaroundDays(), b.getRequest().turnaroundDays())
                : earlier.getRequest().turnaroundDays();
        return needed - (later.day() - earlier.day());
    }

    static long separationDaysShort(LaunchSlot a, LaunchSlot b) {
        return a.getRequest().rangeSeparationDays() - Math.abs(a.day() - b.day());
    }

    static long daysOutsideWindow(LaunchSlot slot) {
        long day = slot.day();
        long start = slot.getRequest().window().start().toEpochDay();
        long end = slot.getRequest().window().end().toEpochDay();
        return day < start ? start - day : day - end;
    }

    static long publishedMoveCost(LaunchSlot slot) {
        if (!slot.isScheduled()) {
            return PUBLISHED_MOVE_COST;
        }
        return PUBLISHED_MOVE_COST + Math.abs(slot.day() - slot.getPublishedDate().toEpochDay());
    }
}
