package org.cosmodrome.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cosmodrome.planning.forecast.ForecastScenario;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** The stored forecast scenarios ({@code analytics.forecast_scenario}); the scenario itself is kept as JSON. */
@Repository
public class ForecastScenarios {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ForecastScenarios(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(ForecastStoredScenario s) {
        jdbc.sql("""
                insert into analytics.forecast_scenario (id, name, body, data_set_id, created_by, created_at)
                values (?, ?, cast(? as jsonb), ?, ?, ?)""")
                .params(s.id(), s.name(), json.writeValueAsString(s.scenario()), s.dataSetId(), s.createdBy(),
                        Timestamp.from(s.createdAt()))
                .update();
    }

    public Optional<ForecastStoredScenario> findById(UUID id) {
        return jdbc.sql("select * from analytics.forecast_scenario where id = ?").param(id).query(this::map)
                .optional();
    }

    public Optional<ForecastStoredScenario> findByDataSetId(String dataSetId) {
        return jdbc.sql("select * from analytics.forecast_scenario where data_set_id = ?").param(dataSetId)
                .query(this::map).optional();
    }

    /** Every scenario, oldest first (the data set's come first). */
    public List<ForecastStoredScenario> all() {
        return jdbc.sql("select * from analytics.forecast_scenario order by created_at, name, id").query(this::map)
                .list();
    }

    private ForecastStoredScenario map(ResultSet rs, int row) throws SQLException {
        return new ForecastStoredScenario(rs.getObject("id", UUID.class), rs.getString("name"),
                json.readValue(rs.getString("body"), ForecastScenario.class), rs.getString("data_set_id"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
