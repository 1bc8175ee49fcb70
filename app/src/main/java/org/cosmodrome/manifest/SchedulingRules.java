package org.cosmodrome.manifest;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The site's scheduling rules, in the {@code manifest} schema; the host state's suspensions are in {@code permits}. */
@Repository
public class SchedulingRules {

    /** Turnaround of a vehicle without a rule of its own: an assumption, stated in the data set's README. */
    static final int DEFAULT_TURNAROUND_DAYS = 14;

    private final JdbcClient jdbc;

    SchedulingRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SiteRules current() {
        int separation = jdbc.sql("select range_separation_days from manifest.site_rule order by id limit 1")
                .query(Integer.class).optional().orElse(1);
        List<SiteRules.VehicleRule> vehicles = jdbc.sql(
                        "select vehicle_id, turnaround_days, notes, sources from manifest.vehicle_rule order by 1")
                .query((rs, n) -> new SiteRules.VehicleRule(rs.getString(1), rs.getInt(2), rs.getString(3),
                        strings(rs.getArray(4))))
                .list();
        Map<String, List<SiteRules.Closure>> closures = new LinkedHashMap<>();
        jdbc.sql("select drop_zone_id, start_date, end_date, reason from manifest.drop_zone_closure order by id")
                .query(rs -> {
                    closures.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>()).add(
                            new SiteRules.Closure(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                                    rs.getString(4)));
                });
        List<SiteRules.DropZone> zones = jdbc.sql("select * from manifest.drop_zone order by id")
                .query((rs, n) -> new SiteRules.DropZone(rs.getString("id"), rs.getString("name"),
                        rs.getString("country"), (Integer) rs.getObject("max_launches_per_year"),
                        closures.getOrDefault(rs.getString("id"), List.of()), rs.getString("notes"),
                        rs.getString("confidence"), strings(rs.getArray("sources"))))
                .list();
        List<SiteRules.Corridor> corridors = jdbc.sql("select * from manifest.corridor order by inclination_deg")
                .query((rs, n) -> new SiteRules.Corridor(rs.getDouble("inclination_deg"), rs.getString("name"),
                        strings(rs.getArray("drop_zone_ids")), strings(rs.getArray("sources"))))
                .list();
        List<SiteRules.HazardCap> caps = jdbc.sql("select * from manifest.hazard_cap order by hazard_class")
                .query((rs, n) -> new SiteRules.HazardCap(rs.getString("hazard_class"), rs.getInt("max_per_year"),
                        rs.getString("assumption"), strings(rs.getArray("sources"))))
                .list();
        return new SiteRules(separation, DEFAULT_TURNAROUND_DAYS, vehicles, zones, corridors, caps);
    }

    void insertSite(String id, int rangeSeparationDays, List<String> sources) {
        jdbc.sql("insert into manifest.site_rule (id, range_separation_days, sources) values (?, ?, ?)")
                .params(id, rangeSeparationDays, sources.toArray(String[]::new)).update();
    }

    void insertVehicle(SiteRules.VehicleRule rule) {
        jdbc.sql("insert into manifest.vehicle_rule (vehicle_id, turnaround_days, notes, sources) values (?, ?, ?, ?)"
                        + " on conflict do nothing")
                .params(rule.vehicle(), rule.turnaroundDays(), rule.notes(), rule.sources().toArray(String[]::new))
                .update();
    }

    void insertDropZone(SiteRules.DropZone zone) {
        jdbc.sql("""
                insert into manifest.drop_zone (id, name, country, max_launches_per_year, notes, confidence, sources)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(zone.id(), zone.name(), zone.country(), zone.maxLaunchesPerYear(), zone.notes(),
                        zone.confidence(), zone.sources().toArray(String[]::new))
                .update();
        for (SiteRules.Closure closure : zone.closures()) {
            jdbc.sql("insert into manifest.drop_zone_closure (drop_zone_id, start_date, end_date, reason)"
                            + " values (?, ?, ?, ?)")
                    .params(zone.id(), closure.start(), closure.end(), closure.reason()).update();
        }
    }

    void insertCorridor(SiteRules.Corridor corridor) {
        jdbc.sql("insert into manifest.corridor (inclination_deg, name, drop_zone_ids, sources) values (?, ?, ?, ?)"
                        + " on conflict do nothing")
                .params(corridor.inclination(), corridor.name(), corridor.dropZones().toArray(String[]::new),
                        corridor.sources().toArray(String[]::new))
                .update();
    }

    void insertCap(SiteRules.HazardCap cap) {
        jdbc.sql("insert into manifest.hazard_cap (hazard_class, max_per_year, assumption, sources)"
                        + " values (?, ?, ?, ?) on conflict do nothing")
                .params(cap.hazardClass(), cap.maxPerYear(), cap.assumption(), cap.sources().toArray(String[]::new))
                .update();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
