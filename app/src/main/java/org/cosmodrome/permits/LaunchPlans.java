package org.cosmodrome.permits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lessees' launch plans, every version, in the {@code permits} schema. */
@Repository
public class LaunchPlans {

    private final JdbcClient jdbc;

    LaunchPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version, newest year first, then by lessee and newest version first. */
    public List<LaunchPlan> all() {
        return load("select * from permits.launch_plan order by year desc, lessee, version desc", List.of());
    }

    public Optional<LaunchPlan> findById(String id) {
        return load("select * from permits.launch_plan where id = ?", List.of(id)).stream().findFirst();
    }

    Optional<LaunchPlan> lockById(String id) {
        return load("select * from permits.launch_plan where id = ? for update", List.of(id)).stream().findFirst();
    }

    /** The versions of one lessee's plan for a year, newest first. */
    List<LaunchPlan> versions(String lessee, int year) {
        return load("select * from permits.launch_plan where lessee = ? and year = ? order by version desc",
                List.of(lessee, year));
    }

    /** Serialises submissions of one lessee's plan for a year. */
    void lockYear(String lessee, int year) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("permits.launch_plan:" + lessee + ":" + year)
                .query((rs, n) -> 1).list();
    }

    void insert(LaunchPlan plan) {
        jdbc.sql("""
                insert into permits.launch_plan (id, lessee, year, version, status, note, submitted_at, submitted_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(plan.id(), plan.lessee(), plan.year(), plan.version(), plan.status().name(), plan.note(),
                        Timestamp.from(plan.submittedAt()), plan.submittedBy())
                .update();
        for (LaunchPlan.Line line : plan.lines()) {
            jdbc.sql("""
                    insert into permits.launch_plan_line (plan_id, number, family, hazard_class, requested)
                    values (?, ?, ?, ?, ?)""")
                    .params(plan.id(), line.number(), line.family(), line.hazardClass(), line.requested()).update();
        }
    }

    void supersede(String id) {
        jdbc.sql("update permits.launch_plan set status = 'SUPERSEDED' where id = ?").param(id).update();
    }

    void decide(LaunchPlan plan) {
        jdbc.sql("""
                update permits.launch_plan set status = ?, decided_at = ?, decided_by = ?, decision_reason = ?
                where id = ?""")
                .params(plan.status().name(), Timestamp.from(plan.decidedAt()), plan.decidedBy(),
                        plan.decisionReason(), plan.id())
                .update();
        for (LaunchPlan.Line line : plan.lines()) {
            jdbc.sql("update permits.launch_plan_line set approved = ?, reason = ? where plan_id = ? and number = ?")
                    .params(line.approved(), line.reason(), plan.id(), line.number()).update();
        }
    }

    private List<LaunchPlan> load(String sql, List<Object> params) {
        List<LaunchPlan> plans = jdbc.sql(sql).params(params).query((rs, n) -> plan(rs, List.of())).list();
        if (plans.isEmpty()) {
            return List.of();
        }
        Map<String, List<LaunchPlan.Line>> lines = new LinkedHashMap<>();
        jdbc.sql("select * from permits.launch_plan_line where plan_id = any (?) order by plan_id, number")
                .param(plans.stream().map(LaunchPlan::id).toArray(String[]::new))
                .query(rs -> {
                    lines.computeIfAbsent(rs.getString("plan_id"), k -> new ArrayList<>()).add(new LaunchPlan.Line(
                            rs.getInt("number"), rs.getString("family"), rs.getString("hazard_class"),
                            rs.getInt("requested"), (Integer) rs.getObject("approved"), rs.getString("reason")));
                });
        return plans.stream().map(p -> new LaunchPlan(p.id(), p.lessee(), p.year(), p.version(), p.status(),
                p.note(), lines.getOrDefault(p.id(), List.of()), p.submittedAt(), p.submittedBy(), p.decidedAt(),
                p.decidedBy(), p.decisionReason())).toList();
    }

    private static LaunchPlan plan(ResultSet rs, List<LaunchPlan.Line> lines) throws SQLException {
        return new LaunchPlan(rs.getString("id"), rs.getString("lessee"), rs.getInt("year"), rs.getInt("version"),
                LaunchPlan.Status.valueOf(rs.getString("status")), rs.getString("note"), lines,
                instant(rs, "submitted_at"), rs.getString("submitted_by"), instant(rs, "decided_at"),
                rs.getString("decided_by"), rs.getString("decision_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
