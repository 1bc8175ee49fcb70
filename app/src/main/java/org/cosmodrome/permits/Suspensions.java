package org.cosmodrome.permits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The suspensions and their lifting conditions, in the {@code permits} schema. */
@Repository
public class Suspensions {

    private final JdbcClient jdbc;

    Suspensions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every suspension, active ones first, then by start. */
    public List<Suspension> all() {
        return load("select * from permits.suspension order by status, start_date, id", List.of());
    }

    /** The suspensions in force (active), by start. */
    public List<Suspension> active() {
        return load("select * from permits.suspension where status = 'ACTIVE' order by start_date, id", List.of());
    }

    public Optional<Suspension> findById(String id) {
        return load("select * from permits.suspension where id = ?", List.of(id)).stream().findFirst();
    }

    /** The suspension, locked until the transaction ends. */
    Optional<Suspension> lockById(String id) {
        return load("select * from permits.suspension where id = ? for update", List.of(id)).stream().findFirst();
    }

    void insert(Suspension s) {
        jdbc.sql("""
                insert into permits.suspension (id, scope, family, pad_id, start_date, planned_end, reason, imposed_by,
                    incident_id, status, lifted_at, lifted_by, lift_reason, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), s.scope().name(), s.family(), s.pad(), s.start(), s.plannedEnd(), s.reason(),
                        s.imposedBy(), s.incident(), s.status().name(),
                        s.liftedAt() == null ? null : Timestamp.from(s.liftedAt()), s.liftedBy(), s.liftReason(),
                        Timestamp.from(s.recordedAt()), s.recordedBy())
                .update();
        for (LiftingCondition c : s.conditions()) {
            jdbc.sql("""
                    insert into permits.lifting_condition (suspension_id, number, kind, description)
                    values (?, ?, ?, ?)""")
                    .params(s.id(), c.number(), c.kind().name(), c.description()).update();
        }
    }

    /** Stores a suspension as it stands, active or lifted, with its conditions met or open: for the data set's history. */
    void insertLoaded(Suspension s) {
        insert(s);
        for (LiftingCondition c : s.conditions()) {
            if (c.met()) {
                tick(s.id(), c);
            }
        }
    }

    void tick(String suspension, LiftingCondition condition) {
        jdbc.sql("""
                update permits.lifting_condition set met_at = ?, met_by = ?, evidence = ?
                where suspension_id = ? and number = ?""")
                .params(Timestamp.from(condition.metAt()), condition.metBy(), condition.evidence(), suspension,
                        condition.number())
                .update();
    }

    void lift(String suspension, Instant at, String by, String reason) {
        jdbc.sql("""
                update permits.suspension set status = 'LIFTED', lifted_at = ?, lifted_by = ?, lift_reason = ?
                where id = ?""")
                .params(Timestamp.from(at), by, reason, suspension).update();
    }

    private List<Suspension> load(String sql, List<Object> params) {
        List<Row> rows = jdbc.sql(sql).params(params).query((rs, n) -> row(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<LiftingCondition>> conditions = new LinkedHashMap<>();
        jdbc.sql("select * from permits.lifting_condition where suspension_id = any (?) order by suspension_id, number")
                .param(rows.stream().map(Row::id).toArray(String[]::new))
                .query(rs -> {
                    conditions.computeIfAbsent(rs.getString("suspension_id"), k -> new ArrayList<>()).add(
                            new LiftingCondition(rs.getInt("number"), ConditionKind.valueOf(rs.getString("kind")),
                                    rs.getString("description"), instant(rs, "met_at"), rs.getString("met_by"),
                                    rs.getString("evidence")));
                });
        return rows.stream().map(r -> r.with(conditions.getOrDefault(r.id(), List.of()))).toList();
    }

    private record Row(String id, SuspensionScope scope, String family, String pad, LocalDate start,
            LocalDate plannedEnd, String reason, String imposedBy, String incident, Suspension.Status status,
            Instant liftedAt, String liftedBy, String liftReason, Instant recordedAt, String recordedBy) {

        Suspension with(List<LiftingCondition> conditions) {
            return new Suspension(id, scope, family, pad, start, plannedEnd, reason, imposedBy, incident, status,
                    conditions, liftedAt, liftedBy, liftReason, recordedAt, recordedBy);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString("id"), SuspensionScope.valueOf(rs.getString("scope")), rs.getString("family"),
                rs.getString("pad_id"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("planned_end", LocalDate.class), rs.getString("reason"), rs.getString("imposed_by"),
                rs.getString("incident_id"), Suspension.Status.valueOf(rs.getString("status")),
                instant(rs, "lifted_at"), rs.getString("lifted_by"), rs.getString("lift_reason"),
                instant(rs, "recorded_at"), rs.getString("recorded_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
