package org.cosmodrome.sites;

import java.util.regex.Pattern;

/**
 * A first or last launch from a pad, dated only as precisely as the sources allow.
 *
 * @param date ISO date to its known precision: {@code 1961}, {@code 1991-12} or {@code 1985-04-13}
 * @param note what the launch was, or the caveat on the date
 */
public record LaunchMark(String date, String note) {

    private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public LaunchMark {
        if (date == null || !PARTIAL_DATE.matcher(date).matches()) {
            throw new IllegalArgumentException("date must be YYYY, YYYY-MM or YYYY-MM-DD, was " + date);
        }
    }

    /** The calendar year of the launch. */
    public int year() {
        return Integer.parseInt(date.substring(0, 4));
    }
}
