package org.cosmodrome.planning.solver;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cosmodrome.planning.DateRange;

/**
 * A drop zone where spent stages fall: closed on some days (ranges inclusive) and, optionally, limited to a number of
 * launches per calendar year. A problem fact; equal only to itself.
 */
public final class DropZone {

    private final String id;
    private final Integer maxLaunchesPerYear;
    private final List<DateRange> closures;

    /** @param maxLaunchesPerYear {@code null} for no yearly limit */
    public DropZone(String id, Integer maxLaunchesPerYear, List<DateRange> closures) {
        this.id = id;
        this.maxLaunchesPerYear = maxLaunchesPerYear;
        this.closures = List.copyOf(closures);
    }

    public String id() {
        return id;
    }

    /** Launches per calendar year, or {@code null} for no limit. */
    public Integer maxLaunchesPerYear() {
        return maxLaunchesPerYear;
    }

    public boolean isLimited() {
        return maxLaunchesPerYear != null;
    }

    public List<DateRange> closures() {
        return closures;
    }

    public Optional<DateRange> closureOn(LocalDate day) {
        for (DateRange closure : closures) {
            if (closure.contains(day)) {
                return Optional.of(closure);
            }
        }
        return Optional.empty();
    }

    public boolean isClosedOn(LocalDate day) {
        return closureOn(day).isPresent();
    }

    @Override
    public String toString() {
        return id;
    }
}
