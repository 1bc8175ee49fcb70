package org.cosmodrome.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cosmodrome.planning.forecast.ForecastReport;
import org.cosmodrome.planning.forecast.ForecastScenario;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * The forecast runs ({@code analytics.forecast_run}): inputs and report as JSON, status and progress as columns so
 * that any node, and any page refresh, sees how far a run is.
 */
@Repository
public class ForecastRuns {

    private static final String WITHOUT_REPORT = """
            select id, scenario_id, inputs, status, done, total, cancel_asked, null as report, failure, rerun_of,
                   requested_by, requested_at, started_at, finished_at from analytics.forecast_run""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ForecastRuns(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(ForecastRun r) {
        jdbc.sql("""
                insert into analytics.forecast_run (id, scenario_id, inputs, seed, samples, status, done, total,
                    rerun_of, requested_by, requested_at)
                values (?, ?, cast(? as jsonb), ?, ?, ?, 0, ?, ?, ?, ?)""")
                .params(r.id(), r.scenarioId(), json.writeValueAsString(r.inputs()), r.seed(), r.samples(),
                        r.status().name(), r.total(), r.rerunOf(), r.requestedBy(), Timestamp.from(r.requestedAt()))
                .update();
    }

    public Optional<ForecastRun> findById(UUID id) {
        return jdbc.sql("select * from analytics.forecast_run where id = ?").param(id).query(this::map).optional();
    }

    /** Runs newest first, without their reports. */
    public List<ForecastRun> recent(int limit) {
        return jdbc.sql(WITHOUT_REPORT + " order by requested_at desc, id limit ?").param(limit).query(this::map)
                .list();
    }

    /** Takes the run for a worker: true when it was queued and is now running. */
    boolean claim(UUID id, Instant at) {
        return jdbc.sql("""
                update analytics.forecast_run set status = 'RUNNING', done = 0, started_at = ?
                where id = ? and status = 'QUEUED'""").params(Timestamp.from(at), id).update() == 1;
    }

    void progressed(UUID id, int done) {
        jdbc.sql("update analytics.forecast_run set done = ? where id = ? and status = 'RUNNING' and done < ?")
                .params(done, id, done).update();
    }

    boolean cancelAsked(UUID id) {
        return jdbc.sql("select cancel_asked from analytics.forecast_run where id = ?").param(id)
                .query(Boolean.class).optional().orElse(true);
    }

    /** Asks a running run to stop, or cancels a queued one at once; false when it had already finished. */
    boolean askToCancel(UUID id, Instant at) {
        int queued = jdbc.sql("""
                update analytics.forecast_run set status = 'CANCELLED', cancel_asked = true, finished_at = ?
                where id = ? and status = 'QUEUED'""").params(Timestamp.from(at), id).update();
        if (queued == 1) {
            return true;
        }
        return jdbc.sql("update analytics.forecast_run set cancel_asked = true where id = ? and status = 'RUNNING'")
                .param(id).update() == 1;
    }

    void done(UUID id, ForecastReport report, Instant at) {
        jdbc.sql("""
                update analytics.forecast_run set status = 'DONE', done = total, report = cast(? as jsonb),
                    finished_at = ? where id = ? and status = 'RUNNING'""")
                .params(json.writeValueAsString(report), Timestamp.from(at), id).update();
    }

    void cancelled(UUID id, Instant at) {
        jdbc.sql("""
                update analytics.forecast_run set status = 'CANCELLED', finished_at = ?
                where id = ? and status = 'RUNNING'""").params(Timestamp.from(at), id).update();
    }

    void failed(UUID id, String failure, Instant at) {
        jdbc.sql("""
                update analytics.forecast_run set status = 'FAILED', failure = ?, finished_at = ?
                where id = ? and status = 'RUNNING'""").params(failure, Timestamp.from(at), id).update();
    }

    /**
     * Puts back in the queue every run left queued or running by a stop, with its inputs and seed as they were (a
     * running one asked to cancel is cancelled instead), and answers them oldest first.
     */
    List<UUID> requeueUnfinished(Instant at) {
        jdbc.sql("""
                update analytics.forecast_run set status = 'CANCELLED', finished_at = ?
                where status = 'RUNNING' and cancel_asked""").param(Timestamp.from(at)).update();
        jdbc.sql("""
                update analytics.forecast_run set status = 'QUEUED', done = 0, started_at = null
                where status = 'RUNNING'""").update();
        return jdbc.sql("""
                select id from analytics.forecast_run where status = 'QUEUED' order by requested_at, id""")
                .query(UUID.class).list();
    }

    private ForecastRun map(ResultSet rs, int row) throws SQLException {
        String report = rs.getString("report");
        Timestamp started = rs.getTimestamp("started_at");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ForecastRun(rs.getObject("id", UUID.class), rs.getObject("scenario_id", UUID.class),
                json.readValue(rs.getString("inputs"), ForecastScenario.class),
                ForecastRunStatus.valueOf(rs.getString("status")), rs.getInt("done"), rs.getInt("total"),
                rs.getBoolean("cancel_asked"), report == null ? null : json.readValue(report, ForecastReport.class),
                rs.getString("failure"), rs.getObject("rerun_of", UUID.class), rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(), started == null ? null : started.toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
