package org.cosmodrome.bench;

import java.time.LocalDate;
import java.util.List;
import org.cosmodrome.planning.DateRange;
import org.cosmodrome.planning.ScheduleProblem;
import org.cosmodrome.planning.ScheduleProblem.Placement;
import org.cosmodrome.planning.ScheduleProblem.Request;

/** Small problems whose answers can be worked out by hand. All in January 2027. */
final class TinyProblems {

    static final ScheduleProblem.Vehicle V = new ScheduleProblem.Vehicle("V", "Family-V", "KEROSENE", 2);

    private TinyProblems() {
    }

    static LocalDate jan(int day) {
        return LocalDate.of(2027, 1, day);
    }

    static Request request(String id, String vehicle, int priority, int earliest, int desired, int latest) {
        return new Request(id, "tenant", vehicle, 51.6, jan(earliest), jan(latest), jan(desired), priority, null,
                null, null);
    }

    static Request pinned(String id, String vehicle, String pad, int day) {
        return new Request(id, "tenant", vehicle, 51.6, jan(day), jan(day), jan(day), 1, new Placement(pad, jan(day)),
                null, null);
    }

    static ScheduleProblem problem(int rangeSeparation, List<ScheduleProblem.Vehicle> vehicles,
            List<ScheduleProblem.Pad> pads, List<ScheduleProblem.DropZone> zones, List<ScheduleProblem.Cap> caps,
            List<ScheduleProblem.Suspension> suspensions, List<Request> requests) {
        return new ScheduleProblem(new DateRange(jan(1), jan(31)), rangeSeparation, vehicles, pads, zones,
                List.of(new ScheduleProblem.Corridor(51.6, zones.stream().map(ScheduleProblem.DropZone::id).toList())),
                caps, suspensions, requests);
    }

    /**
     * One pad, turnaround 2: R1 (window 1-5) and R2 (only the 3rd) both want the 3rd, same priority 3. The optimum
     * puts R2 on the 3rd and R1 on the 1st or 5th: objective 2. First-fit takes R1 first (earlier window start) and
     * leaves R2 out: objective 8 * 1,000,000.
     */
    static ScheduleProblem greedyTrap() {
        return problem(1, List.of(V), List.of(new ScheduleProblem.Pad("A", List.of("V"), List.of())), List.of(),
                List.of(), List.of(),
                List.of(request("R1", "V", 3, 1, 3, 5), request("R2", "V", 3, 3, 3, 3)));
    }
}
