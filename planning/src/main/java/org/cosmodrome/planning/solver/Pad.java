package org.cosmodrome.planning.solver;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cosmodrome.planning.DateRange;

/**
 * A launch pad as the solver sees it: which vehicles it supports and when it is out of service (ranges inclusive).
 * A problem fact; equal only to itself.
 */
public final class Pad {

    private final String id;
    private final Set<String> vehicles;
    private final List<DateRange> outages;

    public Pad(String id, Set<String> vehicles, List<DateRange> outages) {
        this.id = id;
        this.vehicles = Set.copyOf(vehicles);
        this.outages = List.copyOf(outages);
    }

    public String id() {
        return id;
    }

    public boolean supports(String vehicle) {
        return vehicles.contains(vehicle);
    }

    public List<DateRange> outages() {
        return outages;
    }

    /** The outage covering this day, if any. */
    public Optional<DateRange> outageOn(LocalDate day) {
        for (DateRange outage : outages) {
            if (outage.contains(day)) {
                return Optional.of(outage);
            }
        }
        return Optional.empty();
    }

    public boolean isOutOn(LocalDate day) {
        return outageOn(day).isPresent();
    }

    @Override
    public String toString() {
        return id;
    }
}
