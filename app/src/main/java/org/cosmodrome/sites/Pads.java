package org.cosmodrome.sites;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.platform.LocalizedName;
import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.vehicles.VehicleId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The pads of the cosmodrome and their status histories, in the {@code sites} schema. */
@Repository
public class Pads {

    private final JdbcClient jdbc;

    Pads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Pad> findById(PadId id) {
        return load(List.of(id.value()), false).stream().findFirst();
    }

    /** Reads the pad and locks its row until the transaction ends, so concurrent changes queue up. */
    Optional<Pad> lockById(PadId id) {
        return load(List.of(id.value()), true).stream().findFirst();
    }

    public Page<Pad> find(PadFilter filter, PageQuery page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (filter.status() != null) {
            where.append(" and p.status = ?");
            params.add(filter.status().name());
        }
        if (filter.site() != null && !filter.site().isBlank()) {
            where.append(" and p.site = ?");
            params.add(filter.site().strip());
        }
        if (filter.vehicle() != null) {
            where.append(" and exists (select 1 from sites.pad_vehicle v where v.pad_id = p.id and v.vehicle_id = ?)");
            params.add(filter.vehicle().value());
        }
        if (filter.operator() != null) {
            where.append(" and p.operator_id = ?");
            params.add(filter.operator().value());
        }
        long total = jdbc.sql("select count(*) from sites.pad p" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        // Site numbers sort numerically (1 before 31 before 200), then pad designation.
        List<String> ids = jdbc.sql("select p.id from sites.pad p" + where
                        + " order by coalesce(substring(p.site from '^\\d+')::int, 0), p.site, p.designation"
                        + " limit ? offset ?")
                .params(pageParams).query(String.class).list();
        return Page.of(load(ids, false), page, total);
    }

    /** How many pads are in each status. */
    public Map<PadStatus, Long> countByStatus() {
        Map<PadStatus, Long> counts = new EnumMap<>(PadStatus.class);
        for (PadStatus status : PadStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) from sites.pad group by status")
                .query((ResultSet rs) -> {
                    counts.put(PadStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    public List<PadStatusChange> history(PadId id) {
        return jdbc.sql("""
                        select pad_id, from_status, to_status, effective_on, reason, recorded_at, recorded_by
                        from sites.pad_status_change where pad_id = ? order by effective_on, id""")
                .param(id.value())
                .query((rs, n) -> new PadStatusChange(new PadId(rs.getString("pad_id")),
                        rs.getString("from_status") == null ? null : PadStatus.valueOf(rs.getString("from_status")),
                        PadStatus.valueOf(rs.getString("to_status")), rs.getObject("effective_on", LocalDate.class),
                        rs.getString("reason"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                        rs.getString("recorded_by")))
                .list();
    }

    void insert(Pad pad) {
        jdbc.sql("""
                insert into sites.pad (id, designation, site, name, name_ru, name_kk, popular_name, popular_name_ru,
                    popular_name_kk, latitude, longitude,
                    coordinate_precision, status, status_since, operator_id, first_launch_date, first_launch_note,
                    last_launch_date, last_launch_note, launch_count, launch_count_note, notes, confidence, sources)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(pad.id().value(), pad.designation(), pad.site(), pad.name().en(), pad.name().ru(),
                        pad.name().kk(), pad.popularName() == null ? null : pad.popularName().en(),
                        pad.popularName() == null ? null : pad.popularName().ru(),
                        pad.popularName() == null ? null : pad.popularName().kk(),
                        pad.latitude(), pad.longitude(), pad.coordinatePrecision(), pad.status().name(),
                        pad.statusSince(), pad.operator() == null ? null : pad.operator().value(),
                        pad.firstLaunch() == null ? null : pad.firstLaunch().date(),
                        pad.firstLaunch() == null ? null : pad.firstLaunch().note(),
                        pad.lastLaunch() == null ? null : pad.lastLaunch().date(),
                        pad.lastLaunch() == null ? null : pad.lastLaunch().note(), pad.launchCount(),
                        pad.launchCountNote(), pad.notes(), pad.confidence(), pad.sources().toArray(String[]::new))
                .update();
        replaceVehicles(pad.id(), pad.supportedVehicles());
    }

    void replaceVehicles(PadId pad, List<VehicleId> vehicles) {
        jdbc.sql("delete from sites.pad_vehicle where pad_id = ?").param(pad.value()).update();
        for (VehicleId vehicle : vehicles) {
            jdbc.sql("insert into sites.pad_vehicle (pad_id, vehicle_id) values (?, ?) on conflict do nothing")
                    .params(pad.value(), vehicle.value()).update();
        }
        jdbc.sql("update sites.pad set version = version + 1, updated_at = now() where id = ?")
                .param(pad.value()).update();
    }

    void appendStatusChange(PadStatusChange change) {
        jdbc.sql("""
                insert into sites.pad_status_change (pad_id, from_status, to_status, effective_on, reason, recorded_at,
                    recorded_by) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(change.pad().value(), change.from() == null ? null : change.from().name(),
                        change.to().name(), change.effectiveOn(), change.reason(),
                        java.sql.Timestamp.from(change.recordedAt()), change.recordedBy())
                .update();
        jdbc.sql("update sites.pad set status = ?, status_since = ?, version = version + 1, updated_at = now()"
                        + " where id = ?")
                .params(change.to().name(), change.effectiveOn(), change.pad().value()).update();
    }

    private List<Pad> load(List<String> ids, boolean lock) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String[] idArray = ids.toArray(String[]::new);
        Map<String, Pad> byId = new LinkedHashMap<>();
        jdbc.sql("select * from sites.pad where id = any(?)" + (lock ? " for update" : "")).param(idArray)
                .query((ResultSet rs) -> {
                    Pad pad = map(rs, List.of());
                    byId.put(pad.id().value(), pad);
                });
        Map<String, List<VehicleId>> vehicles = new LinkedHashMap<>();
        jdbc.sql("select pad_id, vehicle_id from sites.pad_vehicle where pad_id = any(?) order by vehicle_id")
                .param(idArray)
                .query((ResultSet rs) -> {
                    vehicles.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new VehicleId(rs.getString(2)));
                });
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull)
                .map(p -> withVehicles(p, vehicles.getOrDefault(p.id().value(), List.of())))
                .toList();
    }

    private static Pad withVehicles(Pad p, List<VehicleId> vehicles) {
        return new Pad(p.id(), p.designation(), p.site(), p.name(), p.popularName(), p.latitude(), p.longitude(),
                p.coordinatePrecision(), p.status(), p.statusSince(), p.operator(), vehicles, p.firstLaunch(),
                p.lastLaunch(), p.launchCount(), p.launchCountNote(), p.notes(), p.confidence(), p.sources(),
                p.version());
    }

    private static Pad map(ResultSet rs, List<VehicleId> vehicles) throws SQLException {
        String operator = rs.getString("operator_id");
        String first = rs.getString("first_launch_date");
        String last = rs.getString("last_launch_date");
        return new Pad(new PadId(rs.getString("id")), rs.getString("designation"), rs.getString("site"),
                new LocalizedName(rs.getString("name"), rs.getString("name_ru"), rs.getString("name_kk")),
                rs.getString("popular_name") == null ? null : new LocalizedName(rs.getString("popular_name"),
                        rs.getString("popular_name_ru"), rs.getString("popular_name_kk")),
                rs.getDouble("latitude"),
                rs.getDouble("longitude"), rs.getString("coordinate_precision"),
                PadStatus.valueOf(rs.getString("status")), rs.getObject("status_since", LocalDate.class),
                operator == null ? null : new OrganizationId(operator), vehicles,
                first == null ? null : new LaunchMark(first, rs.getString("first_launch_note")),
                last == null ? null : new LaunchMark(last, rs.getString("last_launch_note")),
                (Integer) rs.getObject("launch_count"), rs.getString("launch_count_note"), rs.getString("notes"),
                rs.getString("confidence"), Arrays.asList((String[]) rs.getArray("sources").getArray()),
                rs.getInt("version"));
    }

}
