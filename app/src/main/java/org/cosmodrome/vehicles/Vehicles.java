package org.cosmodrome.vehicles;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The vehicle catalogue in the {@code vehicles} schema. Reads are plain SQL without lazy loading: a vehicle comes
 * back with all its stages.
 */
@Repository
public class Vehicles {

    private final JdbcClient jdbc;

    Vehicles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Vehicle> findById(VehicleId id) {
        return load(List.of(id.value())).stream().findFirst();
    }

    /** Which of the given ids name vehicles of the catalogue. */
    public Set<VehicleId> existing(Collection<VehicleId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("select id from vehicles.vehicle where id = any(?)")
                .param(ids.stream().map(VehicleId::value).toArray(String[]::new))
                .query((rs, n) -> new VehicleId(rs.getString(1)))
                .set();
    }

    /** Names of the given vehicles, by id; ids that do not exist are left out. */
    public Map<VehicleId, String> names(Collection<VehicleId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, name from vehicles.vehicle where id = any(?) order by name")
                .param(ids.stream().map(VehicleId::value).toArray(String[]::new))
                .query((rs, n) -> Map.entry(new VehicleId(rs.getString(1)), rs.getString(2)))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    public Page<Vehicle> find(VehicleFilter filter, PageQuery page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (filter.status() != null) {
            where.append(" and v.status = ?");
            params.add(filter.status().name());
        }
        if (filter.propellantClass() != null) {
            where.append(" and exists (select 1 from vehicles.stage s where s.vehicle_id = v.id"
                    + " and s.propellant_class = ?)");
            params.add(filter.propellantClass().name());
        }
        if (filter.toxic() != null) {
            where.append(filter.toxic() ? " and" : " and not").append(" exists (select 1 from vehicles.stage s"
                    + " where s.vehicle_id = v.id and not s.optional and s.propellant_class = 'TOXIC_HYPERGOLIC')");
        }
        if (filter.family() != null && !filter.family().isBlank()) {
            where.append(" and lower(v.family) = lower(?)");
            params.add(filter.family().strip());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and v.name ilike ?");
            params.add("%" + escapeLike(filter.text().strip()) + "%");
        }
        long total = jdbc.sql("select count(*) from vehicles.vehicle v" + where).params(params)
                .query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<String> ids = jdbc.sql("select v.id from vehicles.vehicle v" + where
                        + " order by case v.status when 'ACTIVE' then 0 when 'IN_DEVELOPMENT' then 1 else 2 end,"
                        + " v.name limit ? offset ?")
                .params(pageParams).query(String.class).list();
        return Page.of(load(ids), page, total);
    }

    void insert(Vehicle vehicle) {
        jdbc.sql("""
                insert into vehicles.vehicle (id, name, family, country, status, manufacturer, liftoff_mass_tonnes,
                    leo_payload_tonnes, gto_payload_tonnes, jettisoned_over_land, notes, confidence, sources, version)
                values (:id, :name, :family, :country, :status, :manufacturer, :liftoff, :leo, :gto, :jettisoned,
                    :notes, :confidence, :sources, 0)""")
                .params(columns(vehicle))
                .update();
        insertStages(vehicle);
    }

    /** Replaces the record if its stored version is {@code expectedVersion}; returns whether it did. */
    boolean update(Vehicle vehicle, int expectedVersion) {
        int updated = jdbc.sql("""
                update vehicles.vehicle set name = :name, family = :family, country = :country, status = :status,
                    manufacturer = :manufacturer, liftoff_mass_tonnes = :liftoff, leo_payload_tonnes = :leo,
                    gto_payload_tonnes = :gto, jettisoned_over_land = :jettisoned, notes = :notes,
                    confidence = :confidence, sources = :sources, version = version + 1, updated_at = now()
                where id = :id and version = :expected""")
                .params(columns(vehicle))
                .param("expected", expectedVersion)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from vehicles.stage where vehicle_id = ?").param(vehicle.id().value()).update();
        insertStages(vehicle);
        return true;
    }

    boolean nameTakenByAnother(String name, VehicleId except) {
        return jdbc.sql("select count(*) from vehicles.vehicle where lower(name) = lower(?) and id <> ?")
                .params(name.strip(), except.value()).query(Long.class).single() > 0;
    }

    private void insertStages(Vehicle vehicle) {
        int ordinal = 0;
        for (Stage stage : vehicle.stages()) {
            jdbc.sql("""
                    insert into vehicles.stage (vehicle_id, ordinal, position, name, engine, fuel, oxidiser,
                        propellant_class, optional) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(vehicle.id().value(), ordinal++, stage.position(), stage.name(), stage.engine(),
                            stage.fuel(), stage.oxidiser(), stage.propellantClass().name(), stage.optional())
                    .update();
        }
    }

    private static Map<String, Object> columns(Vehicle vehicle) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", vehicle.id().value());
        columns.put("name", vehicle.name());
        columns.put("family", vehicle.family());
        columns.put("country", vehicle.country());
        columns.put("status", vehicle.status().name());
        columns.put("manufacturer", vehicle.manufacturer());
        columns.put("liftoff", vehicle.liftoffMassTonnes());
        columns.put("leo", vehicle.leoPayloadTonnes());
        columns.put("gto", vehicle.gtoPayloadTonnes());
        columns.put("jettisoned", vehicle.jettisonedOverLand());
        columns.put("notes", vehicle.notes());
        columns.put("confidence", vehicle.confidence());
        columns.put("sources", vehicle.sources().toArray(String[]::new));
        return columns;
    }

    private List<Vehicle> load(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String[] idArray = ids.toArray(String[]::new);
        Map<String, List<Stage>> stages = new LinkedHashMap<>();
        jdbc.sql("""
                select vehicle_id, position, name, engine, fuel, oxidiser, propellant_class, optional
                from vehicles.stage where vehicle_id = any(?) order by vehicle_id, ordinal""")
                .param(idArray)
                .query((ResultSet rs) -> {
                    stages.computeIfAbsent(rs.getString("vehicle_id"), k -> new ArrayList<>()).add(new Stage(
                            rs.getInt("position"), rs.getString("name"), rs.getString("engine"),
                            rs.getString("fuel"), rs.getString("oxidiser"),
                            PropellantClass.valueOf(rs.getString("propellant_class")), rs.getBoolean("optional")));
                });
        Map<String, Vehicle> byId = new LinkedHashMap<>();
        jdbc.sql("select * from vehicles.vehicle where id = any(?)")
                .param(idArray)
                .query((ResultSet rs) -> {
                    String id = rs.getString("id");
                    byId.put(id, new Vehicle(new VehicleId(id), rs.getString("name"), rs.getString("family"),
                            rs.getString("country"), VehicleStatus.valueOf(rs.getString("status")),
                            rs.getString("manufacturer"), rs.getBigDecimal("liftoff_mass_tonnes"),
                            rs.getBigDecimal("leo_payload_tonnes"), rs.getBigDecimal("gto_payload_tonnes"),
                            stages.getOrDefault(id, List.of()), rs.getString("jettisoned_over_land"),
                            rs.getString("notes"), rs.getString("confidence"), strings(rs.getArray("sources")),
                            rs.getInt("version")));
                });
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
