package org.cosmodrome.manifest;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plans applied to the manifest, newest last; the newest is the current plan. */
@Repository
public class Plans {

    private final JdbcClient jdbc;

    Plans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredPlan> current() {
        return jdbc.sql("select id from manifest.plan order by created_at desc, id desc limit 1").query(String.class)
                .optional().flatMap(this::findById);
    }

    public boolean any() {
        return jdbc.sql("select count(*) from manifest.plan").query(Long.class).single() > 0;
    }

    public Optional<StoredPlan> findById(String id) {
        List<StoredPlan.Entry> entries = jdbc.sql("""
                        select launch_id, pad_id, launch_date, moved, from_pad_id, from_date, explanation
                        from manifest.plan_entry where plan_id = ? order by launch_date nulls last, launch_id""")
                .param(id)
                .query((rs, n) -> new StoredPlan.Entry(new LaunchId(rs.getString(1)), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getBoolean(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), Arrays.asList((String[]) rs.getArray(7).getArray())))
                .list();
        return jdbc.sql("select * from manifest.plan where id = ?").param(id)
                .query((rs, n) -> new StoredPlan(rs.getString("id"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("score"),
                        rs.getBoolean("feasible"), rs.getString("solver"), rs.getLong("seed"), rs.getLong("millis"),
                        rs.getString("requested_by"), entries))
                .optional();
    }

    void insert(StoredPlan plan) {
        jdbc.sql("""
                insert into manifest.plan (id, created_at, score, feasible, solver, seed, millis, requested_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(plan.id(), Timestamp.from(plan.createdAt()), plan.score(), plan.feasible(), plan.solver(),
                        plan.seed(), plan.millis(), plan.requestedBy())
                .update();
        for (StoredPlan.Entry e : plan.entries()) {
            jdbc.sql("""
                    insert into manifest.plan_entry (plan_id, launch_id, pad_id, launch_date, moved, from_pad_id,
                        from_date, explanation) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(plan.id(), e.launch().value(), e.pad(), e.date(), e.moved(), e.fromPad(), e.fromDate(),
                            e.explanation().toArray(String[]::new))
                    .update();
        }
    }
}
