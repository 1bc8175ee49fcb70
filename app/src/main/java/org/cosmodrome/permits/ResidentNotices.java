package org.cosmodrome.permits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notices to drop zones' residents, in the {@code permits} schema. */
@Repository
public class ResidentNotices {

    private final JdbcClient jdbc;

    ResidentNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The notices of a launch, a zone, or both, newest first.
     *
     * @param launch a launch id, or {@code null} for every launch
     * @param zone a zone id, or {@code null} for every zone
     */
    public List<ResidentNotice> find(String launch, String zone) {
        List<String> terms = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (launch != null) {
            terms.add("launch_id = ?");
            params.add(launch);
        }
        if (zone != null) {
            terms.add("zone_id = ?");
            params.add(zone);
        }
        String where = terms.isEmpty() ? "" : " where " + String.join(" and ", terms);
        return jdbc.sql("select * from permits.resident_notice" + where + " order by notified_at desc, id")
                .params(params).query((rs, n) -> notice(rs)).list();
    }

    void insert(ResidentNotice n) {
        jdbc.sql("""
                insert into permits.resident_notice (id, launch_id, zone_id, notified_at, notified_by, channel, text,
                    recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(n.id(), n.launch(), n.zone(), Timestamp.from(n.notifiedAt()), n.notifiedBy(), n.channel(),
                        n.text(), Timestamp.from(n.recordedAt()), n.recordedBy())
                .update();
    }

    private static ResidentNotice notice(ResultSet rs) throws SQLException {
        return new ResidentNotice(rs.getString("id"), rs.getString("launch_id"), rs.getString("zone_id"),
                DropZoneUses.instant(rs, "notified_at"), rs.getString("notified_by"), rs.getString("channel"),
                rs.getString("text"), DropZoneUses.instant(rs, "recorded_at"), rs.getString("recorded_by"));
    }
}
