package org.cosmodrome.rangesafety;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.vehicles.VehicleId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** The stored analyses ({@code rangesafety.analysis}). Results are kept as JSON. */
@Repository
public class Analyses {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Analyses(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Analysis a) {
        AnalysisRequest r = a.request();
        jdbc.sql("""
                insert into rangesafety.analysis (id, launch_id, vehicle, pad, inclination_deg, samples, seed,
                    model_version, thresholds, inputs, status, progress, requested_by, requested_at, organization)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, 0, ?, ?, ?)""")
                .params(a.id(), r.launchId(), r.vehicle().value(), r.pad().value(), r.inclinationDeg(), r.samples(),
                        r.seed(), a.modelVersion(),
                        json.writeValueAsString(Map.of("minContainment", a.minContainment(), "maxEc",
                                a.maxCasualtyExpectation())),
                        json.writeValueAsString(r), a.status().name(), a.requestedBy(),
                        Timestamp.from(a.requestedAt()), a.organization())
                .update();
    }

    public Optional<Analysis> findById(UUID id) {
        return jdbc.sql("select * from rangesafety.analysis where id = ?").param(id).query(this::map).optional();
    }

    /** Takes a row lock on the analysis for the rest of the transaction. */
    Optional<Analysis> lockById(UUID id) {
        return jdbc.sql("select * from rangesafety.analysis where id = ? for update").param(id).query(this::map)
                .optional();
    }

    void started(UUID id) {
        jdbc.sql("update rangesafety.analysis set status = 'RUNNING', progress = 0 where id = ? and status = 'QUEUED'")
                .param(id).update();
    }

    void progressed(UUID id, double percent) {
        jdbc.sql("update rangesafety.analysis set progress = ? where id = ? and status = 'RUNNING' and progress < ?")
                .params(percent, id, percent).update();
    }

    void done(UUID id, AnalysisResult result, Instant at) {
        jdbc.sql("""
                update rangesafety.analysis set status = 'DONE', progress = 100, verdict = ?,
                    result = cast(? as jsonb), finished_at = ? where id = ?""")
                .params(result.verdict().name(), json.writeValueAsString(result), Timestamp.from(at), id).update();
    }

    void failed(UUID id, String failure, Instant at) {
        jdbc.sql("update rangesafety.analysis set status = 'FAILED', failure = ?, finished_at = ? where id = ?")
                .params(failure, Timestamp.from(at), id).update();
    }

    /** Analyses queued or running, oldest first: work a restart must take up again. */
    List<UUID> unfinished() {
        return jdbc.sql("""
                select id from rangesafety.analysis where status in ('QUEUED', 'RUNNING')
                order by requested_at, id""").query(UUID.class).list();
    }

    /** The last finished analysis of this launch, if any. */
    public Optional<Analysis> latestForLaunch(String launchId) {
        return jdbc.sql("""
                select * from rangesafety.analysis where launch_id = ? and status in ('DONE', 'FAILED')
                order by finished_at desc, id limit 1""").param(launchId).query(this::map).optional();
    }

    /**
     * The last finished analysis of a vehicle to an inclination (within {@code tolerance} degrees) that belongs to
     * no launch: the corridor's standing analysis.
     */
    public Optional<Analysis> latestForCorridor(VehicleId vehicle, double inclinationDeg, double tolerance) {
        return jdbc.sql("""
                select * from rangesafety.analysis
                where vehicle = ? and abs(inclination_deg - ?) <= ? and launch_id is null
                  and status in ('DONE', 'FAILED')
                order by finished_at desc, id limit 1""")
                .params(vehicle.value(), inclinationDeg, tolerance).query(this::map).optional();
    }

    /** Whether any analysis, finished or not, exists for the corridor (launch-less). */
    boolean existsForCorridor(VehicleId vehicle, double inclinationDeg, double tolerance) {
        return jdbc.sql("""
                select count(*) from rangesafety.analysis
                where vehicle = ? and abs(inclination_deg - ?) <= ? and launch_id is null""")
                .params(vehicle.value(), inclinationDeg, tolerance).query(Long.class).single() > 0;
    }

    /** Analyses the viewer may see, newest first, without their results (they can be large). */
    public Page<Analysis> find(String vehicle, String launchId, Actor viewer, PageQuery page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (vehicle != null) {
            where.append(" and vehicle = ?");
            params.add(vehicle);
        }
        if (launchId != null) {
            where.append(" and launch_id = ?");
            params.add(launchId);
        }
        if (!viewer.readsEverything()) {
            where.append(" and (organization is null or organization = ?)");
            params.add(viewer.organization() == null ? "" : viewer.organization());
        }
        long total = jdbc.sql("select count(*) from rangesafety.analysis" + where).params(params)
                .query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<Analysis> items = jdbc.sql("select id, launch_id, vehicle, pad, inclination_deg, samples, seed, "
                + "model_version, thresholds, inputs, status, progress, verdict, failure, null as result, "
                + "requested_by, requested_at, finished_at, organization from rangesafety.analysis" + where
                + " order by requested_at desc, id limit ? offset ?").params(pageParams).query(this::map).list();
        return Page.of(items, page, total);
    }

    private Analysis map(ResultSet rs, int row) throws SQLException {
        Map<?, ?> thresholds = json.readValue(rs.getString("thresholds"), Map.class);
        String result = rs.getString("result");
        String verdict = rs.getString("verdict");
        Timestamp finished = rs.getTimestamp("finished_at");
        long seed = rs.getLong("seed");
        AnalysisRequest request = new AnalysisRequest(rs.getString("launch_id"),
                new VehicleId(rs.getString("vehicle")), new PadId(rs.getString("pad")),
                rs.getDouble("inclination_deg"), rs.getInt("samples"), seed);
        return new Analysis(rs.getObject("id", UUID.class), request, rs.getString("organization"),
                rs.getString("model_version"), ((Number) thresholds.get("minContainment")).doubleValue(),
                ((Number) thresholds.get("maxEc")).doubleValue(), AnalysisStatus.valueOf(rs.getString("status")),
                rs.getDouble("progress"), verdict == null ? null : Verdict.valueOf(verdict),
                rs.getString("failure"), result == null ? null : json.readValue(result, AnalysisResult.class),
                rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
