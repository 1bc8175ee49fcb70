package org.cosmodrome.permits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The uses of the drop zones and the charges they gave rise to, in the {@code permits} schema. */
@Repository
public class DropZoneUses {

    private final JdbcClient jdbc;

    DropZoneUses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The uses of a zone, a year, or both, in order of year and number.
     *
     * @param zone a zone id, or {@code null} for every zone
     * @param year a calendar year, or {@code null} for every year
     */
    public List<DropZoneUse> find(String zone, Integer year) {
        Where where = Where.of(zone, year);
        return jdbc.sql("select * from permits.drop_zone_use" + where.sql + " order by year, zone_id, number")
                .params(where.params).query((rs, n) -> use(rs)).list();
    }

    public Optional<DropZoneUse> find(String launch, String zone) {
        return jdbc.sql("select * from permits.drop_zone_use where launch_id = ? and zone_id = ?")
                .params(launch, zone).query((rs, n) -> use(rs)).optional();
    }

    /**
     * The charges of a zone, a year, or both, in order of year, zone and recording.
     *
     * @param zone a zone id, or {@code null} for every zone
     * @param year a calendar year, or {@code null} for every year
     */
    public List<DropZoneCharge> charges(String zone, Integer year) {
        Where where = Where.of(zone, year);
        return jdbc.sql("select * from permits.drop_zone_charge" + where.sql + " order by year, zone_id, recorded_at, id")
                .params(where.params).query((rs, n) -> charge(rs)).list();
    }

    /** Serialises the uses of one zone in one year, so each gets its own number. */
    void lockZoneYear(String zone, int year) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("permits.drop_zone_use:" + zone + ":" + year)
                .query((rs, n) -> 1).list();
    }

    int countInYear(String zone, int year) {
        return jdbc.sql("select count(*) from permits.drop_zone_use where zone_id = ? and year = ?")
                .params(zone, year).query(Integer.class).single();
    }

    void insert(DropZoneUse use) {
        jdbc.sql("""
                insert into permits.drop_zone_use (launch_id, zone_id, launched_at, day, year, number, tariff_id,
                    recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(use.launch(), use.zone(), Timestamp.from(use.launchedAt()), use.day(), use.year(),
                        use.number(), use.tariff(), Timestamp.from(use.recordedAt()), use.recordedBy())
                .update();
    }

    void insert(DropZoneCharge c) {
        jdbc.sql("""
                insert into permits.drop_zone_charge (id, launch_id, zone_id, tariff_id, year, kind, amount, currency,
                    payer, operator, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), c.launch(), c.zone(), c.tariff(), c.year(), c.kind().name(), c.amount(),
                        c.currency(), c.payer(), c.operator(), Timestamp.from(c.recordedAt()))
                .update();
    }

    private record Where(String sql, List<Object> params) {
        static Where of(String zone, Integer year) {
            List<String> terms = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            if (zone != null) {
                terms.add("zone_id = ?");
                params.add(zone);
            }
            if (year != null) {
                terms.add("year = ?");
                params.add(year);
            }
            return new Where(terms.isEmpty() ? "" : " where " + String.join(" and ", terms), params);
        }
    }

    private static DropZoneUse use(ResultSet rs) throws SQLException {
        return new DropZoneUse(rs.getString("launch_id"), rs.getString("zone_id"), instant(rs, "launched_at"),
                rs.getObject("day", LocalDate.class), rs.getInt("year"), rs.getInt("number"),
                rs.getString("tariff_id"), instant(rs, "recorded_at"), rs.getString("recorded_by"));
    }

    private static DropZoneCharge charge(ResultSet rs) throws SQLException {
        return new DropZoneCharge(rs.getString("id"), rs.getString("launch_id"), rs.getString("zone_id"),
                rs.getString("tariff_id"), rs.getInt("year"), DropZoneCharge.Kind.valueOf(rs.getString("kind")),
                rs.getBigDecimal("amount"), rs.getString("currency"), rs.getString("payer"),
                rs.getString("operator"), instant(rs, "recorded_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
