package org.cosmodrome.planning.solver;

import java.time.LocalDate;
import java.util.List;

import org.cosmodrome.planning.DateRange;

/**
 * What the solver knows about one launch request, resolved from the problem's ids to its facts. Immutable.
 *
 * @param turnaroundDays minimum days from a launch of this vehicle to the next launch from the same pad; at least 1,
 *        so a pad never launches twice on one day
 * @param rangeSeparationDays the site's minimum days between any two launches; 0 for none
 * @param longestTurnaroundDays the longest turnaround of any vehicle of the problem (at least 1): launches are
 *        compared for turnaround only with launches in the same or the next period of this many days
 * @param caps the yearly caps that count this vehicle's launches (of its hazard class, of its family); empty when
 *        uncapped
 * @param dropZones the zones of the request's corridor, where its stages fall
 * @param suspensions the periods (inclusive) when the vehicle's family is suspended
 * @param window the days the request accepts (inclusive)
 * @param priority 1 is the highest
 * @param fixedPad the only pad the request may use, or {@code null}
 */
public record LaunchRequest(String id, String tenant, String vehicle, String family, int turnaroundDays,
        int rangeSeparationDays, int longestTurnaroundDays, List<HazardCap> caps, List<DropZone> dropZones, List<DateRange> suspensions,
        DateRange window, LocalDate desired, int priority, Pad fixedPad) {

    public LaunchRequest {
        caps = List.copyOf(caps);
        dropZones = List.copyOf(dropZones);
        suspensions = List.copyOf(suspensions);
        turnaroundDays = Math.max(1, turnaroundDays);
        longestTurnaroundDays = Math.max(turnaroundDays, longestTurnaroundDays);
    }

    /**
     * What leaving this request unscheduled costs on the medium level: 10 for priority 1, 9 for priority 2, down to 1
     * for priority 10 and lower.
     */
    public long priorityWeight() {
        return Math.max(1, 11 - priority);
    }

    /** The caps that limit launches in this calendar year. */
    public List<HazardCap> capsIn(int year) {
        return caps.stream().filter(cap -> cap.appliesIn(year)).toList();
    }

    public List<DropZone> limitedDropZones() {
        return dropZones.stream().filter(DropZone::isLimited).toList();
    }

    /** The suspension of the request's family covering this day, if any. */
    public DateRange suspensionOn(LocalDate day) {
        for (DateRange suspension : suspensions) {
            if (suspension.contains(day)) {
                return suspension;
            }
        }
        return null;
    }

    /** The first drop zone of the corridor closed on this day, or {@code null}. */
    public DropZone closedDropZoneOn(LocalDate day) {
        for (DropZone zone : dropZones) {
            if (zone.isClosedOn(day)) {
                return zone;
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
