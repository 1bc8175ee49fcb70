package org.cosmodrome.manifest;

import java.time.LocalDate;
import java.util.List;

/**
 * The site's rules the solver places launches under, as stored in the {@code manifest} schema.
 *
 * @param rangeSeparationDays minimum days between any two launches of the site (1: not on the same day)
 * @param defaultTurnaroundDays turnaround of a vehicle with no rule of its own
 */
public record SiteRules(int rangeSeparationDays, int defaultTurnaroundDays, List<VehicleRule> vehicles,
        List<DropZone> dropZones, List<Corridor> corridors, List<HazardCap> caps) {

    public SiteRules {
        vehicles = List.copyOf(vehicles);
        dropZones = List.copyOf(dropZones);
        corridors = List.copyOf(corridors);
        caps = List.copyOf(caps);
    }

    /** @param turnaroundDays minimum days between two launches of this vehicle from one pad */
    public record VehicleRule(String vehicle, int turnaroundDays, String notes, List<String> sources) {
    }

    /** @param maxLaunchesPerYear launches whose stages may fall in it per calendar year, {@code null} for no limit */
    public record DropZone(String id, String name, String country, Integer maxLaunchesPerYear,
            List<Closure> closures, String notes, String confidence, List<String> sources) {
    }

    /** Days a drop zone is closed, both ends inclusive. */
    public record Closure(LocalDate start, LocalDate end, String reason) {
    }

    /** Launches to {@code inclination} degrees drop their stages in these zones. */
    public record Corridor(double inclination, String name, List<String> dropZones, List<String> sources) {
    }

    /** At most {@code maxPerYear} launches of this hazard class per calendar year. */
    public record HazardCap(String hazardClass, int maxPerYear, String assumption, List<String> sources) {
    }
}
