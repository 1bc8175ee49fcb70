package org.cosmodrome.permits;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The drop zones' tariffs, in the {@code permits} schema. */
@Repository
public class DropZoneTariffs {

    private final JdbcClient jdbc;

    DropZoneTariffs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every tariff, by zone, then newest first. */
    public List<DropZoneTariff> all() {
        return jdbc.sql("select * from permits.drop_zone_tariff order by zone_id, valid_from desc, id")
                .query((rs, n) -> tariff(rs)).list();
    }

    public Optional<DropZoneTariff> findById(String id) {
        return jdbc.sql("select * from permits.drop_zone_tariff where id = ?").param(id)
                .query((rs, n) -> tariff(rs)).optional();
    }

    /** The zone's tariff in force on {@code day}: the one that started last, should two overlap. */
    public Optional<DropZoneTariff> inForce(String zone, LocalDate day) {
        return jdbc.sql("""
                select * from permits.drop_zone_tariff
                where zone_id = ? and valid_from <= ? and (valid_to is null or valid_to >= ?)
                order by valid_from desc, id limit 1""")
                .params(zone, day, day).query((rs, n) -> tariff(rs)).optional();
    }

    void insert(DropZoneTariff t) {
        jdbc.sql("""
                insert into permits.drop_zone_tariff (id, zone_id, yearly_fee, launches_included, extra_launch_fee,
                    currency, payer, operator, valid_from, valid_to, note, sources)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(t.id(), t.zone(), t.yearlyFee(), t.launchesIncluded(), t.extraLaunchFee(), t.currency(),
                        t.payer(), t.operator(), t.validFrom(), t.validTo(), t.note(),
                        t.sources().toArray(String[]::new))
                .update();
    }

    private static DropZoneTariff tariff(ResultSet rs) throws SQLException {
        Array sources = rs.getArray("sources");
        return new DropZoneTariff(rs.getString("id"), rs.getString("zone_id"), rs.getBigDecimal("yearly_fee"),
                rs.getInt("launches_included"), rs.getBigDecimal("extra_launch_fee"), rs.getString("currency"),
                rs.getString("payer"), rs.getString("operator"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), rs.getString("note"),
                sources == null ? List.of() : Arrays.asList((String[]) sources.getArray()));
    }
}
