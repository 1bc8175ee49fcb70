package org.cosmodrome.planning.solver;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

import org.cosmodrome.planning.DateRange;

/** Days and runs of days in plain English, as explanations print them: {@code 1-30 April 2027}. */
public final class DayWording {

    private DayWording() {
    }

    /** {@code 5 April 2027}. */
    public static String day(LocalDate day) {
        return day.getDayOfMonth() + " " + month(day) + " " + day.getYear();
    }

    /** {@code 1-30 April 2027}, {@code 1 July-30 September 2027}, {@code 20 December 2027-5 January 2028}. */
    public static String range(DateRange range) {
        LocalDate start = range.start();
        LocalDate end = range.end();
        if (start.equals(end)) {
            return day(start);
        }
        if (start.getYear() != end.getYear()) {
            return day(start) + "-" + day(end);
        }
        if (start.getMonth() != end.getMonth()) {
            return start.getDayOfMonth() + " " + month(start) + "-" + day(end);
        }
        return start.getDayOfMonth() + "-" + day(end);
    }

    private static String month(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
