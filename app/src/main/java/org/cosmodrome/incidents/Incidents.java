package org.cosmodrome.incidents;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The incidents with their propellant, and the contamination samples taken after them. */
@Repository
public class Incidents {

    private final JdbcClient jdbc;

    Incidents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Filters of the incident listing; every {@code null} means "any".
     *
     * @param from first instant, inclusive
     * @param to last instant, exclusive
     */
    public record Filter(IncidentKind kind, String vehicleFamily, Instant from, Instant to) {
        public static Filter any() {
            return new Filter(null, null, null, null);
        }
    }

    public Optional<Incident> findById(IncidentId id) {
        return load(List.of(id.value())).stream().findFirst();
    }

    /** Incidents matching {@code filter}, newest first. */
    public Page<Incident> find(Filter filter, PageQuery page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (filter.kind() != null) {
            where.append(" and kind = ?");
            params.add(filter.kind().name());
        }
        if (filter.vehicleFamily() != null) {
            where.append(" and lower(vehicle_family) = lower(?)");
            params.add(filter.vehicleFamily());
        }
        if (filter.from() != null) {
            where.append(" and occurred_at >= ?");
            params.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < ?");
            params.add(Timestamp.from(filter.to()));
        }
        long total = jdbc.sql("select count(*) from incidents.incident" + where).params(params)
                .query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<String> ids = jdbc.sql("select id from incidents.incident" + where
                        + " order by occurred_at desc, id limit ? offset ?")
                .params(pageParams).query(String.class).list();
        return Page.of(load(ids), page, total);
    }

    void insert(Incident i) {
        jdbc.sql("""
                insert into incidents.incident (id, title, kind, occurred_at, time_note, latitude, longitude, place,
                    vehicle, vehicle_family, pad, launch, range_safety_analysis, affected_area_km2, narrative,
                    confidence, sources, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(i.id().value(), i.title(), i.kind().name(), Timestamp.from(i.occurredAt()), i.timeNote(),
                        i.latitude(), i.longitude(), i.place(), i.vehicle(), i.vehicleFamily(), i.pad(), i.launch(),
                        i.rangeSafetyAnalysis(),
                        i.affectedAreaKm2(), i.narrative(), i.confidence(), i.sources().toArray(String[]::new),
                        i.recordedBy(), Timestamp.from(i.recordedAt()))
                .update();
        for (int p = 0; p < i.propellant().size(); p++) {
            PropellantMass m = i.propellant().get(p);
            jdbc.sql("insert into incidents.propellant (incident_id, position, substance, aboard_kg, released_kg, note)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(i.id().value(), p, m.substance(), m.aboardKg(), m.releasedKg(), m.note()).update();
        }
    }

    /** Links {@code incident} to a range-safety analysis, replacing any earlier link. */
    void linkAnalysis(IncidentId incident, UUID analysis) {
        jdbc.sql("update incidents.incident set range_safety_analysis = ? where id = ?")
                .params(analysis, incident.value()).update();
    }

    /** Stores {@code s}; returns its id. */
    long insert(ContaminationSample s) {
        return jdbc.sql("""
                insert into incidents.sample (incident_id, latitude, longitude, place, sampled_on, date_note, medium,
                    substance, measured, limit_value, unit, reported_exceedance, note, sources, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(s.incident().value(), s.latitude(), s.longitude(), s.place(), s.sampledOn(), s.dateNote(),
                        s.medium(), s.substance(), s.measured(), s.limit(), s.unit(), s.reportedExceedance(),
                        s.note(), s.sources().toArray(String[]::new), s.recordedBy(), Timestamp.from(s.recordedAt()))
                .query(Long.class).single();
    }

    /** The samples taken after {@code incident}, in the order recorded. */
    public List<ContaminationSample> samples(IncidentId incident) {
        return jdbc.sql("select * from incidents.sample where incident_id = ? order by id").param(incident.value())
                .query(Incidents::mapSample).list();
    }

    /** Every sample of every incident, for the map; in the order recorded. */
    public List<ContaminationSample> allSamples() {
        return jdbc.sql("select * from incidents.sample order by id").query(Incidents::mapSample).list();
    }

    private List<Incident> load(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String[] idArray = ids.toArray(String[]::new);
        Map<String, List<PropellantMass>> propellant = new LinkedHashMap<>();
        jdbc.sql("select * from incidents.propellant where incident_id = any(?) order by incident_id, position")
                .param(idArray)
                .query((ResultSet rs) -> {
                    propellant.computeIfAbsent(rs.getString("incident_id"), k -> new ArrayList<>())
                            .add(new PropellantMass(rs.getString("substance"), rs.getBigDecimal("aboard_kg"),
                                    rs.getBigDecimal("released_kg"), rs.getString("note")));
                });
        Map<String, Incident> byId = new LinkedHashMap<>();
        jdbc.sql("select * from incidents.incident where id = any(?)").param(idArray)
                .query((ResultSet rs) -> {
                    String id = rs.getString("id");
                    byId.put(id, new Incident(IncidentId.of(id), rs.getString("title"),
                            IncidentKind.valueOf(rs.getString("kind")), instant(rs, "occurred_at"),
                            rs.getString("time_note"), (Double) rs.getObject("latitude"),
                            (Double) rs.getObject("longitude"), rs.getString("place"), rs.getString("vehicle"),
                            rs.getString("vehicle_family"), rs.getString("pad"), rs.getString("launch"),
                            rs.getObject("range_safety_analysis", UUID.class), propellant.getOrDefault(id, List.of()),
                            rs.getBigDecimal("affected_area_km2"),
                            rs.getString("narrative"), rs.getString("confidence"), strings(rs, "sources"),
                            rs.getString("recorded_by"), instant(rs, "recorded_at")));
                });
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static ContaminationSample mapSample(ResultSet rs, int row) throws SQLException {
        return new ContaminationSample(rs.getLong("id"), IncidentId.of(rs.getString("incident_id")),
                (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"), rs.getString("place"),
                rs.getObject("sampled_on", LocalDate.class), rs.getString("date_note"), rs.getString("medium"),
                rs.getString("substance"), strip(rs.getBigDecimal("measured")), strip(rs.getBigDecimal("limit_value")),
                rs.getString("unit"), strip(rs.getBigDecimal("reported_exceedance")), rs.getString("note"),
                strings(rs, "sources"), rs.getString("recorded_by"), instant(rs, "recorded_at"));
    }

    static BigDecimal strip(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        return Arrays.asList((String[]) rs.getArray(column).getArray());
    }
}
