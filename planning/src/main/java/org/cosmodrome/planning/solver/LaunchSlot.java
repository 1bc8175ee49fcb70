package org.cosmodrome.planning.solver;

import java.time.LocalDate;
import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * One launch request's place in the plan: a pad and a day, both chosen by the solver, or neither (unscheduled).
 * A request counts as scheduled only when both are set.
 * <p>
 * Value ranges are per request: only the pads that may launch its vehicle, and only the days of its window on which
 * neither a suspension of its family nor a closure of its corridor's drop zones forbids a launch, nearest the desired
 * day first.
 */
@PlanningEntity
public class LaunchSlot {

    @PlanningId
    private String id;
    private LaunchRequest request;
    @ValueRangeProvider(id = "padRange")
    private List<Pad> padRange;
    @ValueRangeProvider(id = "dayRange")
    private List<LocalDate> dayRange;
    private Pad publishedPad;
    private LocalDate publishedDate;
    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "padRange", allowsUnassigned = true)
    private Pad pad;
    @PlanningVariable(valueRangeProviderRefs = "dayRange", allowsUnassigned = true)
    private LocalDate date;

    LaunchSlot() {
        // for the solver's planning clone
    }

    /**
     * @param padRange pads the solver may choose from
     * @param dayRange days the solver may choose from, in the order a greedy start should try them
     * @param publishedPad with {@code publishedDate}: the placement currently published, or {@code null}
     */
    public LaunchSlot(LaunchRequest request, List<Pad> padRange, List<LocalDate> dayRange, Pad publishedPad,
            LocalDate publishedDate) {
        this.id = request.id();
        this.request = request;
        this.padRange = List.copyOf(padRange);
        this.dayRange = List.copyOf(dayRange);
        this.publishedPad = publishedPad;
        this.publishedDate = publishedDate;
    }

    /** A slot for tests and what-ifs: any pad and day, placed as given. */
    public static LaunchSlot placed(LaunchRequest request, Pad pad, LocalDate date) {
        LaunchSlot slot = new LaunchSlot(request, pad == null ? List.of() : List.of(pad),
                date == null ? List.of() : List.of(date), null, null);
        slot.pad = pad;
        slot.date = date;
        return slot;
    }

    public String getId() {
        return id;
    }

    public LaunchRequest getRequest() {
        return request;
    }

    public List<Pad> getPadRange() {
        return padRange;
    }

    public List<LocalDate> getDayRange() {
        return dayRange;
    }

    public Pad getPublishedPad() {
        return publishedPad;
    }

    public LocalDate getPublishedDate() {
        return publishedDate;
    }

    public boolean isPublished() {
        return publishedPad != null && publishedDate != null;
    }

    public LaunchSlot withPublished(Pad pad, LocalDate day) {
        this.publishedPad = pad;
        this.publishedDate = day;
        return this;
    }

    /** Whether the published placement changed: moved to another pad or day, or dropped from the plan. */
    public boolean isMovedFromPublished() {
        return isPublished() && (pad != publishedPad || date == null || !date.equals(publishedDate));
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Pad getPad() {
        return pad;
    }

    public void setPad(Pad pad) {
        this.pad = pad;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public void place(Pad pad, LocalDate date) {
        this.pad = pad;
        this.date = date;
    }

    public boolean isScheduled() {
        return pad != null && date != null;
    }

    /** The day as days since 1970-01-01; only when scheduled. */
    public long day() {
        return date.toEpochDay();
    }

    /** The first day after this launch on which its pad may launch again. */
    public long turnaroundEnd() {
        return date.toEpochDay() + request.turnaroundDays();
    }

    /** The period of {@code longestTurnaroundDays} days this launch falls in (turnaround conflicts lie in it or next). */
    public long turnaroundPeriod() {
        return Math.floorDiv(date.toEpochDay(), request.longestTurnaroundDays());
    }

    /** The period of {@code rangeSeparationDays} days this launch falls in (separation conflicts lie in it or next). */
    public long separationPeriod() {
        return Math.floorDiv(date.toEpochDay(), Math.max(1, request.rangeSeparationDays()));
    }

    /** The first day after this launch on which the site may launch again. */
    public long separationEnd() {
        return date.toEpochDay() + request.rangeSeparationDays();
    }

    public int year() {
        return date.getYear();
    }

    /** Days between the scheduled and the desired day. */
    public long daysFromDesired() {
        return Math.abs(date.toEpochDay() - request.desired().toEpochDay());
    }

    @Override
    public String toString() {
        return id + (isScheduled() ? "@" + pad.id() + "/" + date : "@unscheduled");
    }
}
