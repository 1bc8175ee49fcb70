package org.cosmodrome.manifest;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A NET (no earlier than): the start of the period in which the launch is expected, known to a precision. A NET of
 * precision {@code MONTH} holding 2026-08-14 is "August 2026"; its {@link #at()} is the first instant of August at
 * the cosmodrome. The period is {@code [at, end())}, start inclusive, end exclusive.
 */
public record Net(Instant at, NetPrecision precision) {

    public Net {
        if (at == null || precision == null) {
            throw new IllegalArgumentException("a NET has an instant and a precision");
        }
        at = precision.start(at);
    }

    /** The NET of a whole day at the cosmodrome. */
    public static Net day(LocalDate day) {
        return new Net(NetPrecision.startOf(day), NetPrecision.DAY);
    }

    /**
     * The NET as ISO-like text to its precision and no more: {@code 2027-04-01T09:27:13Z} (second),
     * {@code 2027-04-01T09:27Z} (minute), {@code 2027-04-01T09Z} (hour) in UTC; {@code 2027-04-01} (day),
     * {@code 2027-04} (month), {@code 2027-Q2} (quarter), {@code 2027} (year) at the cosmodrome.
     */
    public String iso() {
        java.time.ZonedDateTime local = at.atZone(NetPrecision.SITE_TIME);
        String utc = at.toString();
        return switch (precision) {
            case SECOND -> utc.substring(0, 19) + "Z";
            case MINUTE -> utc.substring(0, 16) + "Z";
            case HOUR -> utc.substring(0, 13) + "Z";
            case DAY -> local.toLocalDate().toString();
            case MONTH -> local.toLocalDate().toString().substring(0, 7);
            case QUARTER -> local.getYear() + "-Q" + ((local.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(local.getYear());
        };
    }

    /** The first instant after the period. */
    public Instant end() {
        return precision.end(at);
    }

    /** The day at the cosmodrome on which the period starts. */
    public LocalDate day() {
        return at.atZone(NetPrecision.SITE_TIME).toLocalDate();
    }

    /**
     * How a change from this NET to {@code next} is classed: {@link NetChangeKind#FIRMED} when the new period lies
     * within this one and is finer, {@link NetChangeKind#LOOSENED} when it holds this one and is coarser, otherwise
     * {@link NetChangeKind#SLIP} when it starts later (or ends later at the same start) and
     * {@link NetChangeKind#PULL_IN} when earlier.
     *
     * @throws IllegalArgumentException when the two are the same NET
     */
    public NetChangeKind classify(Net next) {
        if (equals(next)) {
            throw new IllegalArgumentException("the NET is unchanged");
        }
        boolean within = !next.at.isBefore(at) && !next.end().isAfter(end());
        boolean holds = !next.at.isAfter(at) && !next.end().isBefore(end());
        if (within && next.precision.finerThan(precision)) {
            return NetChangeKind.FIRMED;
        }
        if (holds && precision.finerThan(next.precision)) {
            return NetChangeKind.LOOSENED;
        }
        if (next.at.isAfter(at) || (next.at.equals(at) && next.end().isAfter(end()))) {
            return NetChangeKind.SLIP;
        }
        return NetChangeKind.PULL_IN;
    }
}
