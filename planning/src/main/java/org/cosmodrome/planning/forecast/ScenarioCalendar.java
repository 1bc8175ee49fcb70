package org.cosmodrome.planning.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cosmodrome.planning.DateRange;

/**
 * When each stream is active and each pad open, from a scenario's enabled events. A stream or pad that an enabled
 * event starts (opens) is inactive before the earliest such event; one that an enabled event ends (closes) is inactive
 * from the earliest such event on.
 */
final class ScenarioCalendar {

    private final ForecastScenario scenario;

    ScenarioCalendar(ForecastScenario scenario) {
        this.scenario = scenario;
    }

    /** The days of the year the stream is active, or {@code null} when none. */
    DateRange streamActive(String stream, int year) {
        return active(year, earliest(stream, true, true), earliest(stream, true, false));
    }

    /** The days of the year the pad is open, or {@code null} when none. */
    DateRange padOpen(String pad, int year) {
        return active(year, earliest(pad, false, true), earliest(pad, false, false));
    }

    /** The days of the year the pad is closed by events (before it opens, after it closes), inclusive ranges. */
    List<DateRange> padClosed(String pad, int year) {
        DateRange year0 = whole(year);
        DateRange open = padOpen(pad, year);
        List<DateRange> closed = new ArrayList<>();
        if (open == null) {
            closed.add(year0);
            return closed;
        }
        if (open.start().isAfter(year0.start())) {
            closed.add(new DateRange(year0.start(), open.start().minusDays(1)));
        }
        if (open.end().isBefore(year0.end())) {
            closed.add(new DateRange(open.end().plusDays(1), year0.end()));
        }
        return closed;
    }

    static DateRange whole(int year) {
        return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private static DateRange active(int year, LocalDate from, LocalDate until) {
        DateRange whole = whole(year);
        LocalDate start = from != null && from.isAfter(whole.start()) ? from : whole.start();
        LocalDate end = until != null && !until.isAfter(whole.end()) ? until.minusDays(1) : whole.end();
        return end.isBefore(start) ? null : new DateRange(start, end);
    }

    /** The earliest enabled event that starts/opens ({@code starts}) or ends/closes the stream or pad. */
    private LocalDate earliest(String id, boolean stream, boolean starts) {
        LocalDate earliest = null;
        for (ForecastScenario.ScenarioEvent event : scenario.events()) {
            if (!event.enabled()) {
                continue;
            }
            List<String> names = stream ? (starts ? event.startsStreams() : event.endsStreams())
                    : (starts ? event.opensPads() : event.closesPads());
            if (names.contains(id) && (earliest == null || event.date().isBefore(earliest))) {
                earliest = event.date();
            }
        }
        return earliest;
    }
}
