package org.cosmodrome.analytics;

import java.time.Instant;
import java.time.LocalDate;

import org.cosmodrome.manifest.NetPrecision;
import org.cosmodrome.platform.InvalidField;

/**
 * Calendar years {@code from} to {@code to}, both inclusive, at the cosmodrome; either end {@code null} for open.
 *
 * @throws InvalidField naming {@code from} or {@code to} when a year lies outside {@value #FIRST_YEAR} to
 *         {@value #LAST_YEAR}, or {@code from} is after {@code to}
 */
public record YearRange(Integer from, Integer to) {

    /** The year of the cosmodrome's first launch, where every per-year series starts. */
    public static final int FIRST_YEAR = 1957;
    public static final int LAST_YEAR = 2100;

    public YearRange {
        check("from", from);
        check("to", to);
        if (from != null && to != null && from > to) {
            throw new InvalidField("from", "analytics.years.reversed",
                    "from must not be after to, was " + from + " > " + to);
        }
    }

    public static YearRange all() {
        return new YearRange(null, null);
    }

    private static void check(String field, Integer year) {
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            throw new InvalidField(field, "analytics.years.out-of-range",
                    field + " must be a year from " + FIRST_YEAR + " to " + LAST_YEAR + ", was " + year);
        }
    }

    LocalDate firstDay() {
        return from == null ? null : LocalDate.of(from, 1, 1);
    }

    LocalDate lastDay() {
        return to == null ? null : LocalDate.of(to, 12, 31);
    }

    Instant start() {
        return from == null ? null : firstDay().atStartOfDay(NetPrecision.SITE_TIME).toInstant();
    }

    /** The first instant after the range. */
    Instant end() {
        return to == null ? null : LocalDate.of(to + 1, 1, 1).atStartOfDay(NetPrecision.SITE_TIME).toInstant();
    }

    /** The first year of a per-year series: {@code from}, or {@value #FIRST_YEAR}. */
    int firstYear() {
        return from == null ? FIRST_YEAR : from;
    }

    /** The last year of a per-year series: {@code to}, or {@code latest} when open. */
    int lastYear(int latest) {
        return to == null ? latest : to;
    }
}
