package org.cosmodrome.manifest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.vehicles.VehicleId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Launches and their status and NET histories, in the {@code manifest} schema. */
@Repository
public class Launches {

    /** The SQL of {@link Launch#isPublic()}. */
    static final String PUBLIC = "(l.status not in ('REQUESTED', 'CANCELLED') and l.scheduled_pad_id is not null"
            + " and l.scheduled_date is not null)";

    private final JdbcClient jdbc;

    Launches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Launch> findById(LaunchId id) {
        return jdbc.sql("select * from manifest.launch l where id = ?").param(id.value())
                .query((rs, n) -> map(rs)).optional();
    }

    /** Reads the launch and locks its row until the transaction ends. */
    Optional<Launch> lockById(LaunchId id) {
        return jdbc.sql("select * from manifest.launch l where id = ? for update").param(id.value())
                .query((rs, n) -> map(rs)).optional();
    }

    /**
     * The launches {@code viewer} may see that match {@code filter}: all for those who read everything, else the
     * viewer's own organisation's and the public ones; in order of planned day, then window, then id.
     */
    public Page<Launch> find(LaunchFilter filter, Actor viewer, PageQuery page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (!viewer.readsEverything()) {
            where.append(" and (l.organization_id = ? or ").append(PUBLIC).append(")");
            params.add(viewer.organization() == null ? "" : viewer.organization());
        }
        if (filter.status() != null) {
            where.append(" and l.status = ?");
            params.add(filter.status().name());
        }
        if (filter.vehicle() != null) {
            where.append(" and l.vehicle_id = ?");
            params.add(filter.vehicle().value());
        }
        if (filter.pad() != null) {
            where.append(" and l.scheduled_pad_id = ?");
            params.add(filter.pad().value());
        }
        if (filter.organization() != null) {
            where.append(" and l.organization_id = ?");
            params.add(filter.organization().value());
        }
        if (filter.from() != null) {
            where.append(" and coalesce(l.scheduled_date, l.latest) >= ?");
            params.add(filter.from());
        }
        if (filter.to() != null) {
            where.append(" and coalesce(l.scheduled_date, l.earliest) <= ?");
            params.add(filter.to());
        }
        long total = jdbc.sql("select count(*) from manifest.launch l" + where).params(params).query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<Launch> items = jdbc.sql("select * from manifest.launch l" + where
                        + " order by coalesce(l.scheduled_date, l.desired), l.earliest, l.id limit ? offset ?")
                .params(pageParams).query((rs, n) -> map(rs)).list();
        return Page.of(items, page, total);
    }

    /**
     * Every launch on the public manifest ({@link Launch#isPublic()}), whoever asks, with when its public fields last
     * changed; in order of planned day, then id.
     */
    public List<PublishedLaunch> published() {
        return jdbc.sql("select * from manifest.launch l where " + PUBLIC + " order by l.scheduled_date, l.id")
                .query((rs, n) -> new PublishedLaunch(map(rs), instant(rs, "last_updated"))).list();
    }

    /** Every launch, for building a planning problem. */
    List<Launch> all() {
        return jdbc.sql("select * from manifest.launch l order by id").query((rs, n) -> map(rs)).list();
    }

    public List<LaunchStatusChange> statusHistory(LaunchId id) {
        return statusHistories(List.of(id)).getOrDefault(id, List.of());
    }

    public List<NetChange> netHistory(LaunchId id) {
        return netHistories(List.of(id)).getOrDefault(id, List.of());
    }

    /** The status histories of {@code ids}, oldest change first; a launch without changes has no entry. */
    public Map<LaunchId, List<LaunchStatusChange>> statusHistories(Collection<LaunchId> ids) {
        Map<LaunchId, List<LaunchStatusChange>> histories = new HashMap<>();
        jdbc.sql("""
                        select launch_id, from_status, to_status, reason, note, recorded_at, recorded_by
                        from manifest.launch_status_change where launch_id = any(?) order by id""")
                .param(ids.stream().map(LaunchId::value).toArray(String[]::new))
                .query((rs, n) -> new LaunchStatusChange(new LaunchId(rs.getString(1)),
                        rs.getString(2) == null ? null : LaunchStatus.valueOf(rs.getString(2)),
                        LaunchStatus.valueOf(rs.getString(3)), ReasonCode.valueOf(rs.getString(4)),
                        rs.getString(5), instant(rs, "recorded_at"), rs.getString(7)))
                .list()
                .forEach(change -> histories.computeIfAbsent(change.launch(), id -> new ArrayList<>()).add(change));
        return histories;
    }

    /** The NET histories of {@code ids}, oldest change first; a launch without a NET has no entry. */
    public Map<LaunchId, List<NetChange>> netHistories(Collection<LaunchId> ids) {
        Map<LaunchId, List<NetChange>> histories = new HashMap<>();
        jdbc.sql("""
                        select launch_id, from_net, from_precision, to_net, to_precision, kind, reason, recorded_at,
                            recorded_by
                        from manifest.net_change where launch_id = any(?) order by id""")
                .param(ids.stream().map(LaunchId::value).toArray(String[]::new))
                .query((rs, n) -> new NetChange(new LaunchId(rs.getString(1)),
                        rs.getString(3) == null ? null
                                : new Net(instant(rs, "from_net"), NetPrecision.valueOf(rs.getString(3))),
                        new Net(instant(rs, "to_net"), NetPrecision.valueOf(rs.getString(5))),
                        NetChangeKind.valueOf(rs.getString(6)), ReasonCode.valueOf(rs.getString(7)),
                        instant(rs, "recorded_at"), rs.getString(9)))
                .list()
                .forEach(change -> histories.computeIfAbsent(change.launch(), id -> new ArrayList<>()).add(change));
        return histories;
    }

    /** The launches on the public manifest ({@link Launch#isPublic()}), in order of planned day, then id. */
    public List<Launch> onPublicManifest() {
        return jdbc.sql("select * from manifest.launch l where " + PUBLIC + " order by l.scheduled_date, l.id")
                .query((rs, n) -> map(rs)).list();
    }

    /** Every launch of {@code organization}, private ones included, in order of planned (or desired) day, then id. */
    public List<Launch> ofOrganization(OrganizationId organization) {
        return jdbc.sql("""
                        select * from manifest.launch l where l.organization_id = ?
                        order by coalesce(l.scheduled_date, l.desired), l.id""")
                .param(organization.value()).query((rs, n) -> map(rs)).list();
    }

    void insert(Launch l) {
        jdbc.sql("""
                insert into manifest.launch (id, organization_id, mission, payload, payload_mass_kg, vehicle_id,
                    named_orbit, inclination_deg, altitude_km, earliest, latest, desired, priority_class,
                    fixed_pad_id, status, status_reason, scheduled_pad_id, scheduled_date, net, net_precision,
                    explanation, requested_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(l.id().value(), l.organization().value(), l.mission(), l.payload(), l.payloadMassKg(),
                        l.vehicle().value(), l.orbit().named() == null ? null : l.orbit().named().name(),
                        l.orbit().inclination(), l.orbit().altitudeKm(), l.window().earliest(), l.window().latest(),
                        l.window().desired(), l.priority().name(), l.fixedPad() == null ? null : l.fixedPad().value(),
                        l.status().name(), l.statusReason().name(),
                        l.scheduledPad() == null ? null : l.scheduledPad().value(), l.scheduledDate(),
                        l.net() == null ? null : Timestamp.from(l.net().at()),
                        l.net() == null ? null : l.net().precision().name(),
                        l.explanation().toArray(String[]::new), Timestamp.from(l.requestedAt()))
                .update();
    }

    void appendStatusChange(LaunchStatusChange change) {
        jdbc.sql("""
                insert into manifest.launch_status_change (launch_id, from_status, to_status, reason, note,
                    recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(change.launch().value(), change.from() == null ? null : change.from().name(),
                        change.to().name(), change.reason().name(), change.note(),
                        Timestamp.from(change.recordedAt()), change.recordedBy())
                .update();
        jdbc.sql("update manifest.launch set status = ?, status_reason = ?, version = version + 1 where id = ?")
                .params(change.to().name(), change.reason().name(), change.launch().value()).update();
    }

    void appendNetChange(NetChange change) {
        jdbc.sql("""
                insert into manifest.net_change (launch_id, from_net, from_precision, to_net, to_precision, kind,
                    reason, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(change.launch().value(), change.from() == null ? null : Timestamp.from(change.from().at()),
                        change.from() == null ? null : change.from().precision().name(),
                        Timestamp.from(change.to().at()), change.to().precision().name(), change.kind().name(),
                        change.reason().name(), Timestamp.from(change.recordedAt()), change.recordedBy())
                .update();
        jdbc.sql("update manifest.launch set net = ?, net_precision = ?, version = version + 1 where id = ?")
                .params(Timestamp.from(change.to().at()), change.to().precision().name(), change.launch().value())
                .update();
    }

    /** Sets the pad, day and explanation the latest plan gave the launch ({@code null} pad and day: unplaced). */
    void place(LaunchId id, PadId pad, LocalDate day, List<String> explanation) {
        jdbc.sql("""
                update manifest.launch set scheduled_pad_id = ?, scheduled_date = ?, explanation = ?,
                    version = version + 1 where id = ?""")
                .params(pad == null ? null : pad.value(), day, explanation.toArray(String[]::new), id.value())
                .update();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Launch map(ResultSet rs) throws SQLException {
        String named = rs.getString("named_orbit");
        Double altitude = (Double) rs.getObject("altitude_km");
        Orbit orbit = named != null ? new Orbit(NamedOrbit.valueOf(named), 0, altitude)
                : Orbit.custom(rs.getDouble("inclination_deg"), altitude);
        String fixed = rs.getString("fixed_pad_id");
        String scheduled = rs.getString("scheduled_pad_id");
        String precision = rs.getString("net_precision");
        return new Launch(new LaunchId(rs.getString("id")), new OrganizationId(rs.getString("organization_id")),
                rs.getString("mission"), rs.getString("payload"), rs.getDouble("payload_mass_kg"),
                new VehicleId(rs.getString("vehicle_id")), orbit,
                new LaunchWindow(rs.getObject("earliest", LocalDate.class), rs.getObject("latest", LocalDate.class),
                        rs.getObject("desired", LocalDate.class)),
                PriorityClass.valueOf(rs.getString("priority_class")), fixed == null ? null : new PadId(fixed),
                LaunchStatus.valueOf(rs.getString("status")), ReasonCode.valueOf(rs.getString("status_reason")),
                scheduled == null ? null : new PadId(scheduled), rs.getObject("scheduled_date", LocalDate.class),
                precision == null ? null : new Net(instant(rs, "net"), NetPrecision.valueOf(precision)),
                Arrays.asList((String[]) rs.getArray("explanation").getArray()), instant(rs, "requested_at"),
                rs.getInt("version"));
    }
}
