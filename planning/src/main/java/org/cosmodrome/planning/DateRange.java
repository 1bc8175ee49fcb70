package org.cosmodrome.planning;

import java.time.LocalDate;

/**
 * A run of whole days; both ends inclusive.
 *
 * @param start first day
 * @param end last day, not before {@code start}
 */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        if (start == null || end == null) {
            throw new IllegalArgumentException("a date range has a start and an end");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a date range ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /** How many days, both ends counted: 1 for a range of one day. */
    public int days() {
        return (int) (end.toEpochDay() - start.toEpochDay() + 1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
