package org.cosmodrome.sites;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cosmodrome's facts and its launch record per year. */
@Repository
public class LaunchRecord {

    private final JdbcClient jdbc;

    LaunchRecord(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cosmodrome this installation runs; empty before the data set is loaded. */
    public Optional<Cosmodrome> cosmodrome() {
        return jdbc.sql("select * from sites.cosmodrome order by id limit 1")
                .query((rs, n) -> new Cosmodrome(rs.getString("id"), rs.getString("name_en"), rs.getString("name_ru"),
                        rs.getString("name_kk"), rs.getDouble("reference_latitude"),
                        rs.getDouble("reference_longitude"), (Double) rs.getObject("elevation_metres"),
                        rs.getString("time_zone"), rs.getString("lease_area"), rs.getString("infrastructure"),
                        rs.getString("total_launches"), rs.getString("town"),
                        java.util.Arrays.asList((String[]) rs.getArray("sources").getArray())))
                .optional();
    }

    /** Launches per year, oldest first, including years whose count is unknown. */
    public List<AnnualLaunchCount> launchesPerYear() {
        return jdbc.sql("select year, launches, basis, confidence, source from sites.annual_launch_count order by year")
                .query((rs, n) -> new AnnualLaunchCount(rs.getInt("year"), (Integer) rs.getObject("launches"),
                        rs.getString("basis"), rs.getString("confidence"), rs.getString("source")))
                .list();
    }

    void insert(Cosmodrome c) {
        jdbc.sql("""
                insert into sites.cosmodrome (id, name_en, name_ru, name_kk, reference_latitude, reference_longitude,
                    elevation_metres, time_zone, lease_area, infrastructure, total_launches, town, sources)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""")
                .params(c.id(), c.nameEn(), c.nameRu(), c.nameKk(), c.referenceLatitude(), c.referenceLongitude(),
                        c.elevationMetres(), c.timeZone(), c.leaseArea(), c.infrastructure(), c.totalLaunches(),
                        c.town(), c.sources().toArray(String[]::new))
                .update();
    }

    void insert(AnnualLaunchCount count) {
        jdbc.sql("""
                insert into sites.annual_launch_count (year, launches, basis, confidence, source)
                values (?, ?, ?, ?, ?) on conflict (year) do nothing""")
                .params(count.year(), count.launches(), count.basis(), count.confidence(), count.source())
                .update();
    }
}
