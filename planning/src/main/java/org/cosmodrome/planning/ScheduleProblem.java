package org.cosmodrome.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * A manifest problem in the schedule-v1 exchange format (docs/formats/schedule-v1.md): the site's pads, vehicles,
 * drop zones, corridors and the host state's caps and suspensions, and the launch requests to place on pads and days.
 * All dates are whole days and all ranges inclusive.
 *
 * @param horizon the days that may be scheduled
 * @param rangeSeparationDays minimum days between any two launches of the site (1: not on the same day)
 */
public record ScheduleProblem(DateRange horizon, int rangeSeparationDays, List<Vehicle> vehicles, List<Pad> pads,
        List<DropZone> dropZones, List<Corridor> corridors, List<Cap> caps, List<Suspension> suspensions,
        List<Request> requests) {

    public ScheduleProblem {
        vehicles = List.copyOf(vehicles);
        pads = List.copyOf(pads);
        dropZones = List.copyOf(dropZones);
        corridors = List.copyOf(corridors);
        caps = List.copyOf(caps);
        suspensions = List.copyOf(suspensions);
        requests = List.copyOf(requests);
    }

    /**
     * @param hazardClass propellant hazard class the caps count, e.g. {@code TOXIC}
     * @param turnaroundDays minimum days between two launches of this vehicle from one pad
     */
    public record Vehicle(String id, String family, String hazardClass, int turnaroundDays) {
    }

    /** @param vehicles ids of the vehicles the pad supports */
    public record Pad(String id, List<String> vehicles, List<DateRange> outages) {
        public Pad {
            vehicles = List.copyOf(vehicles);
            outages = List.copyOf(outages);
        }
    }

    /** @param maxLaunchesPerYear launches whose stages may fall in it per calendar year, {@code null} for no limit */
    public record DropZone(String id, Integer maxLaunchesPerYear, List<DateRange> closures) {
        public DropZone {
            closures = List.copyOf(closures);
        }
    }

    /** A trajectory corridor: launches to this inclination (degrees) drop stages in these zones. */
    public record Corridor(double inclination, List<String> dropZones) {
        public Corridor {
            dropZones = List.copyOf(dropZones);
        }
    }

    /**
     * At most {@code maxPerYear} launches per calendar year of the vehicles of this hazard class, of this family, or
     * of both; in every year, or only in {@code year}. At least one of {@code hazardClass} and {@code family} is set.
     *
     * @param hazardClass the propellant hazard class counted, or {@code null} for any
     * @param family the vehicle family counted, or {@code null} for any
     * @param year the calendar year capped, or {@code null} for every year
     */
    public record Cap(String hazardClass, String family, Integer year, int maxPerYear) {

        /** A cap of one hazard class in every year. */
        public Cap(String hazardClass, int maxPerYear) {
            this(hazardClass, null, null, maxPerYear);
        }
    }

    /** No launch of this vehicle family from {@code start} to {@code end}, inclusive. */
    public record Suspension(String family, LocalDate start, LocalDate end) {
    }

    /**
     * A launch request.
     *
     * @param inclination target inclination in degrees; selects the corridor with this inclination
     * @param earliest first acceptable day; {@code latest} the last
     * @param desired the day the tenant would like, inside the window
     * @param priority 1 is the highest
     * @param pinned a fixed pad and day (a confirmed launch) that the solver must keep, or {@code null}
     * @param fixedPad a pad the request must use, or {@code null} for any suitable pad
     * @param published the pad and day currently published, when re-planning; moving it costs, or {@code null}
     */
    public record Request(String id, String tenant, String vehicle, double inclination, LocalDate earliest,
            LocalDate latest, LocalDate desired, int priority, Placement pinned, String fixedPad,
            Placement published) {
    }

    /** A pad and a day. */
    public record Placement(String pad, LocalDate date) {
    }
}
