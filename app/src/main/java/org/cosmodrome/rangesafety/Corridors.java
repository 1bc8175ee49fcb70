package org.cosmodrome.rangesafety;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cosmodrome.platform.LocalizedName;
import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.vehicles.VehicleId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The corridors and where their stages fall, in the {@code rangesafety} schema; listed by inclination, then id. */
@Repository
public class Corridors {

    /**
     * Added to every inclination tolerance, so that an inclination written with the tolerance's last digit (51.65
     * against 51.6 and 0.05) is within it despite binary rounding.
     */
    private static final double ROUNDING = 1e-9;

    private final JdbcClient jdbc;

    Corridors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Which corridors to list; a {@code null} field means "any".
     *
     * @param inclinationDeg degrees; matches corridors within {@code toleranceDeg} of it
     * @param toleranceDeg degrees, 0 or more
     */
    public record Filter(VehicleId vehicle, Double inclinationDeg, double toleranceDeg) {

        public static Filter none() {
            return new Filter(null, null, 0);
        }
    }

    public Optional<Corridor> findById(CorridorId id) {
        return load(" where c.id = ?", List.of(id.value()), " order by c.id").stream().findFirst();
    }

    public List<Corridor> findAll() {
        return find(Filter.none(), PageQuery.all()).items();
    }

    public Page<Corridor> find(Filter filter, PageQuery page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (filter.vehicle() != null) {
            where.append(" and c.vehicle_id = ?");
            params.add(filter.vehicle().value());
        }
        if (filter.inclinationDeg() != null) {
            where.append(" and abs(c.inclination_deg - ?) <= ?");
            params.add(filter.inclinationDeg());
            params.add(filter.toleranceDeg() + ROUNDING);
        }
        long total = jdbc.sql("select count(*) from rangesafety.corridor c" + where).params(params)
                .query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        return Page.of(load(where.toString(), pageParams, " order by c.inclination_deg, c.id limit ? offset ?"), page,
                total);
    }

    /** The corridor of {@code vehicle} whose inclination is nearest {@code inclinationDeg}, if within tolerance. */
    public Optional<Corridor> nearest(VehicleId vehicle, double inclinationDeg, double toleranceDeg) {
        return load(" where c.vehicle_id = ? and abs(c.inclination_deg - ?) <= ?",
                List.of(vehicle.value(), inclinationDeg, toleranceDeg + ROUNDING, inclinationDeg),
                " order by abs(c.inclination_deg - ?), c.id limit 1").stream().findFirst();
    }

    void insert(Corridor corridor) {
        jdbc.sql("""
                insert into rangesafety.corridor (id, vehicle_id, inclination_deg, name_en, name_ru, name_kk, pad_id,
                    notes, confidence, sources, mission) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(corridor.id().value(), corridor.vehicle().value(), corridor.inclinationDeg(),
                        corridor.name().en(), corridor.name().ru(), corridor.name().kk(), corridor.pad().value(),
                        corridor.notes(), corridor.confidence(), corridor.sources().toArray(String[]::new),
                        corridor.mission())
                .update();
        int position = 1;
        for (StageFall stage : corridor.stages()) {
            jdbc.sql("""
                    insert into rangesafety.corridor_stage (corridor_id, position, stage, drop_zone_id, note)
                    values (?, ?, ?, ?, ?)""")
                    .params(corridor.id().value(), position++, stage.stage(),
                            stage.dropZone() == null ? null : stage.dropZone().value(), stage.note())
                    .update();
        }
    }

    /** The corridors selected by {@code where}, with their stages, in the order {@code orderAndLimit} gives. */
    private List<Corridor> load(String where, List<Object> params, String orderAndLimit) {
        Map<String, Corridor> byId = new LinkedHashMap<>();
        jdbc.sql("select * from rangesafety.corridor c" + where + orderAndLimit).params(params)
                .query((ResultSet rs) -> {
                    Corridor corridor = new Corridor(CorridorId.of(rs.getString("id")),
                            VehicleId.of(rs.getString("vehicle_id")), rs.getDouble("inclination_deg"),
                            new LocalizedName(rs.getString("name_en"), rs.getString("name_ru"),
                                    rs.getString("name_kk")),
                            PadId.of(rs.getString("pad_id")), List.of(), rs.getString("notes"),
                            rs.getString("confidence"), DropZones.strings(rs, "sources"), rs.getString("mission"));
                    byId.put(corridor.id().value(), corridor);
                });
        if (byId.isEmpty()) {
            return List.of();
        }
        Map<String, List<StageFall>> stages = new LinkedHashMap<>();
        jdbc.sql("""
                select corridor_id, stage, drop_zone_id, note from rangesafety.corridor_stage
                where corridor_id = any(?) order by corridor_id, position""")
                .param(byId.keySet().toArray(String[]::new))
                .query((ResultSet rs) -> {
                    String zone = rs.getString("drop_zone_id");
                    stages.computeIfAbsent(rs.getString("corridor_id"), k -> new ArrayList<>())
                            .add(new StageFall(rs.getString("stage"), zone == null ? null : DropZoneId.of(zone),
                                    rs.getString("note")));
                });
        return byId.values().stream().map(c -> new Corridor(c.id(), c.vehicle(), c.inclinationDeg(), c.name(),
                c.pad(), stages.getOrDefault(c.id().value(), List.of()), c.notes(), c.confidence(), c.sources(),
                c.mission()))
                .toList();
    }
}
