package org.cosmodrome.manifest.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.cosmodrome.manifest.Launch;
import org.cosmodrome.manifest.LaunchStatus;
import org.cosmodrome.manifest.Net;
import org.cosmodrome.manifest.NetChange;
import org.cosmodrome.manifest.NetChangeKind;
import org.cosmodrome.manifest.NetPrecision;

/**
 * Launches as an iCalendar (RFC 5545) calendar, one VEVENT per launch that has a NET or a planned day.
 * <p>
 * How a NET becomes an event: a NET to the second or minute is a DTSTART in UTC ({@code Z}) and nothing more, the
 * announced lift-off instant; to the hour it lasts that hour. A NET of a day, month, quarter or year is an all-day
 * event ({@code VALUE=DATE}) over that period's days at Baikonur (DTEND exclusive). A launch without a NET but
 * with a planned day is an all-day event on that day. No time is floating, so no VTIMEZONE is needed; the
 * description states the Baikonur time zone the days are counted in.
 * <p>
 * SEQUENCE is the launch's stored version, which every status change, NET change and placement raises, so it is the
 * same across restarts and rises with every change. DTSTAMP is the last recorded change of the launch (there is no
 * METHOD, so RFC 5545 section 3.8.7.2 makes it the time the information was last revised); the same data give the
 * same text, which the feed's ETag relies on.
 */
final class LaunchCalendar {

    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter HISTORY_DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SITE_CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)
            .withZone(NetPrecision.SITE_TIME);

    /**
     * One launch as the feed shows it.
     *
     * @param vehicleName the vehicle's display name
     * @param padDesignation the planned pad's designation (31/6), or {@code null} while unplaced
     * @param netHistory the NET changes to list, oldest first
     * @param withReasons whether to show each change's coded reason (the tenant's own feed), or only its class
     * @param lastChanged the instant of the launch's last recorded change
     */
    record Entry(Launch launch, String vehicleName, String padDesignation, List<NetChange> netHistory,
            boolean withReasons, Instant lastChanged) {
    }

    private LaunchCalendar() {
    }

    /**
     * The calendar of {@code entries}.
     *
     * @param name the calendar's display name
     * @param uidDomain the domain of the event UIDs, {@code <launch id>@<uidDomain>}
     */
    static String render(String name, String uidDomain, List<Entry> entries) {
        ContentLines lines = new ContentLines()
                .raw("BEGIN", "VCALENDAR")
                .raw("VERSION", "2.0")
                .raw("PRODID", "-//Cosmodrome//Baikonur manifest//EN")
                .raw("CALSCALE", "GREGORIAN")
                .text("NAME", name)
                .text("X-WR-CALNAME", name)
                .raw("REFRESH-INTERVAL;VALUE=DURATION", "PT1H")
                .raw("X-PUBLISHED-TTL", "PT1H");
        for (Entry entry : entries) {
            event(lines, uidDomain, entry);
        }
        return lines.raw("END", "VCALENDAR").toString();
    }

    private static void event(ContentLines lines, String uidDomain, Entry entry) {
        Launch launch = entry.launch();
        Net net = launch.net() != null ? launch.net()
                : launch.scheduledDate() != null ? Net.day(launch.scheduledDate()) : null;
        if (net == null) {
            return;
        }
        lines.raw("BEGIN", "VEVENT")
                .text("UID", launch.id().value() + "@" + uidDomain)
                .raw("DTSTAMP", UTC_STAMP.format(entry.lastChanged()))
                .raw("SEQUENCE", Integer.toString(launch.version()));
        switch (net.precision()) {
            case SECOND, MINUTE -> lines.raw("DTSTART", UTC_STAMP.format(net.at()));
            case HOUR -> lines.raw("DTSTART", UTC_STAMP.format(net.at())).raw("DTEND", UTC_STAMP.format(net.end()));
            case DAY, MONTH, QUARTER, YEAR -> lines.raw("DTSTART;VALUE=DATE", DATE.format(net.day()))
                    .raw("DTEND;VALUE=DATE", DATE.format(siteDay(net.end())));
        }
        lines.text("SUMMARY", launch.mission() + " (" + entry.vehicleName() + ")")
                .text("LOCATION", entry.padDesignation() == null ? "Baikonur Cosmodrome, Kazakhstan"
                        : "Pad " + entry.padDesignation() + ", Baikonur Cosmodrome, Kazakhstan")
                .text("DESCRIPTION", description(entry, launch.net()))
                .raw("STATUS", status(launch.status()))
                .raw("TRANSP", "TRANSPARENT")
                .text("CATEGORIES", "Launch")
                .raw("END", "VEVENT");
    }

    /** CANCELLED for a cancelled launch and a scrubbed attempt, CONFIRMED once the pad and day are agreed. */
    static String status(LaunchStatus status) {
        return switch (status) {
            case CANCELLED, SCRUBBED -> "CANCELLED";
            case CONFIRMED, GO, IN_FLIGHT, SUCCESS, PARTIAL_FAILURE, FAILURE -> "CONFIRMED";
            case REQUESTED, SCHEDULED, HOLD, SUSPENDED -> "TENTATIVE";
        };
    }

    private static String description(Entry entry, Net net) {
        Launch launch = entry.launch();
        StringBuilder text = new StringBuilder();
        text.append("Status: ").append(launch.status()).append('\n');
        if (net == null) {
            text.append("NET: not published; planned day ").append(launch.scheduledDate()).append('\n');
        } else {
            text.append("NET: ").append(netText(net)).append('\n');
        }
        text.append("Times are UTC; days, months, quarters and years are counted at Baikonur (")
                .append(NetPrecision.SITE_TIME.getId()).append(", UTC")
                .append(NetPrecision.SITE_TIME.getRules().getOffset(net == null ? entry.lastChanged() : net.at()))
                .append(").\n");
        if (!entry.netHistory().isEmpty()) {
            text.append("NET history:\n");
            for (NetChange change : entry.netHistory()) {
                text.append("- ").append(HISTORY_DAY.format(change.recordedAt())).append(' ')
                        .append(words(change.kind())).append(": ");
                if (change.from() != null) {
                    text.append(change.from().iso()).append(" -> ");
                }
                text.append(change.to().iso());
                if (entry.withReasons()) {
                    text.append(" (").append(change.reason()).append(')');
                }
                text.append('\n');
            }
        }
        return text.toString().strip();
    }

    private static String netText(Net net) {
        String precision = net.precision().name().toLowerCase(Locale.ROOT);
        return switch (net.precision()) {
            case SECOND, MINUTE, HOUR -> net.iso() + " (to the " + precision + "; " + SITE_CLOCK.format(net.at())
                    + " at Baikonur)";
            case DAY, MONTH, QUARTER, YEAR -> net.iso() + " (to the " + precision + ")";
        };
    }

    private static String words(NetChangeKind kind) {
        return switch (kind) {
            case FIRST -> "first NET";
            case SLIP -> "slip";
            case PULL_IN -> "pull-in";
            case FIRMED -> "firmed";
            case LOOSENED -> "loosened";
        };
    }

    private static LocalDate siteDay(Instant instant) {
        return instant.atZone(NetPrecision.SITE_TIME).toLocalDate();
    }
}
