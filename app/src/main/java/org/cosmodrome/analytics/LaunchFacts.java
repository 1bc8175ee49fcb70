package org.cosmodrome.analytics;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read models of the statistics in the {@code analytics} schema: flown launches, NET slips and incidents. Every
 * write is keyed by its source record and does nothing when the record is there already, so an event heard twice or
 * a catch-up run again counts nothing twice.
 */
@Repository
class LaunchFacts {

    /** A launch that flew. {@code pad} may be {@code null} (a launch flown without a planned pad). */
    record FlownLaunch(String launch, String organization, String vehicle, String family, String pad,
            LocalDate flownOn, String outcome, String orbit) {
    }

    /**
     * A NET slip.
     *
     * @param recordedAt when the slip was recorded; kept to the microsecond, as PostgreSQL keeps it
     * @param days days between the NET's day before and after, at the cosmodrome
     */
    record Slip(String launch, Instant recordedAt, Instant toNet, String organization, String cause, int days,
            boolean publicLaunch) {
    }

    record RecordedIncident(String incident, String kind, LocalDate occurredOn) {
    }

    private final JdbcClient jdbc;

    LaunchFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a flown launch; {@code false} when it was stored already. */
    boolean add(FlownLaunch f) {
        return jdbc.sql("""
                insert into analytics.flown_launch (launch_id, organization_id, vehicle_id, vehicle_family, pad_id,
                    flown_on, outcome, orbit) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (launch_id) do nothing""")
                .params(f.launch(), f.organization(), f.vehicle(), f.family(), f.pad(), f.flownOn(), f.outcome(),
                        f.orbit())
                .update() == 1;
    }

    /**
     * Stores a slip; {@code false} when it was stored already. A slip is the same when its launch and new NET are
     * and it was recorded within a millisecond: the event carries the clock's instant to the nanosecond, the NET
     * history caught up from gives it as PostgreSQL rounded it to the microsecond, and one launch cannot slip to the
     * same NET twice within a millisecond (each change holds the launch's row lock and must change the NET).
     */
    boolean add(Slip s) {
        Timestamp at = ts(micros(s.recordedAt()));
        Timestamp toNet = ts(s.toNet());
        return jdbc.sql("""
                insert into analytics.net_slip (launch_id, recorded_at, to_net, organization_id, cause, slip_days,
                    public_launch)
                select ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from analytics.net_slip
                    where launch_id = ? and to_net = ?
                      and recorded_at between cast(? as timestamptz) - interval '1 millisecond'
                                          and cast(? as timestamptz) + interval '1 millisecond')
                on conflict do nothing""")
                .params(s.launch(), at, toNet, s.organization(), s.cause(), s.days(), s.publicLaunch(), s.launch(),
                        toNet, at, at)
                .update() == 1;
    }

    /** Stores an incident; {@code false} when it was stored already. */
    boolean add(RecordedIncident i) {
        return jdbc.sql("insert into analytics.incident (incident_id, kind, occurred_on) values (?, ?, ?)"
                        + " on conflict (incident_id) do nothing")
                .params(i.incident(), i.kind(), i.occurredOn()).update() == 1;
    }

    /** Flown launches with their day in {@code [from, to]} (both inclusive, either {@code null} for open). */
    List<FlownLaunch> flown(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select * from analytics.flown_launch
                where (cast(? as date) is null or flown_on >= ?) and (cast(? as date) is null or flown_on <= ?)
                order by flown_on, launch_id""")
                .params(from, from, to, to)
                .query((rs, n) -> new FlownLaunch(rs.getString("launch_id"), rs.getString("organization_id"),
                        rs.getString("vehicle_id"), rs.getString("vehicle_family"), rs.getString("pad_id"),
                        rs.getObject("flown_on", LocalDate.class), rs.getString("outcome"), rs.getString("orbit")))
                .list();
    }

    /**
     * Slips recorded in {@code [from, to)} (either {@code null} for open) that {@code organization} may see:
     * every slip when {@code everything}, else those of public launches and of the organisation's own.
     */
    List<Slip> slips(Instant from, Instant to, boolean everything, String organization) {
        return jdbc.sql("""
                select * from analytics.net_slip
                where (cast(? as timestamptz) is null or recorded_at >= ?)
                  and (cast(? as timestamptz) is null or recorded_at < ?)
                  and (? or public_launch or organization_id = ?)
                order by recorded_at, launch_id""")
                .params(ts(from), ts(from), ts(to), ts(to), everything, organization == null ? "" : organization)
                .query((rs, n) -> new Slip(rs.getString("launch_id"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("to_net", OffsetDateTime.class).toInstant(), rs.getString("organization_id"),
                        rs.getString("cause"), rs.getInt("slip_days"), rs.getBoolean("public_launch")))
                .list();
    }

    /** Incidents that happened in {@code [from, to]} (both inclusive, either {@code null} for open). */
    List<RecordedIncident> incidents(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select * from analytics.incident
                where (cast(? as date) is null or occurred_on >= ?) and (cast(? as date) is null or occurred_on <= ?)
                order by occurred_on, incident_id""")
                .params(from, from, to, to)
                .query((rs, n) -> new RecordedIncident(rs.getString("incident_id"), rs.getString("kind"),
                        rs.getObject("occurred_on", LocalDate.class)))
                .list();
    }

    /** The instant to the microsecond, as PostgreSQL keeps it. */
    static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
