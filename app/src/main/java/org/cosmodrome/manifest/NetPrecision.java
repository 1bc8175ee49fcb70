package org.cosmodrome.manifest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * How precisely a NET (no earlier than) is known, from the second to the year. Periods are counted at the cosmodrome
 * (UTC+5): "day" is a day there, "quarter" a calendar quarter there.
 */
public enum NetPrecision {
    SECOND, MINUTE, HOUR, DAY, MONTH, QUARTER, YEAR;

    /** Local time at Baikonur, in which days, months, quarters and years are counted. */
    public static final ZoneId SITE_TIME = ZoneId.of("Asia/Qyzylorda");

    /** The first instant of the period of this precision that holds {@code at}. */
    public Instant start(Instant at) {
        ZonedDateTime local = at.atZone(SITE_TIME);
        ZonedDateTime start = switch (this) {
            case SECOND -> local.truncatedTo(ChronoUnit.SECONDS);
            case MINUTE -> local.truncatedTo(ChronoUnit.MINUTES);
            case HOUR -> local.truncatedTo(ChronoUnit.HOURS);
            case DAY -> local.truncatedTo(ChronoUnit.DAYS);
            case MONTH -> local.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
            case QUARTER -> local.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1)
                    .withMonth((local.getMonthValue() - 1) / 3 * 3 + 1);
            case YEAR -> local.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
        };
        return start.toInstant();
    }

    /** The first instant after the period of this precision that starts at {@code start}. */
    public Instant end(Instant start) {
        ZonedDateTime local = start.atZone(SITE_TIME);
        ZonedDateTime end = switch (this) {
            case SECOND -> local.plusSeconds(1);
            case MINUTE -> local.plusMinutes(1);
            case HOUR -> local.plusHours(1);
            case DAY -> local.plusDays(1);
            case MONTH -> local.plusMonths(1);
            case QUARTER -> local.plusMonths(3);
            case YEAR -> local.plusYears(1);
        };
        return end.toInstant();
    }

    /** Whether this precision is finer than {@code other} (a day is finer than a month). */
    public boolean finerThan(NetPrecision other) {
        return ordinal() < other.ordinal();
    }

    /** The first instant of {@code day} at the cosmodrome. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(SITE_TIME).toInstant();
    }
}
