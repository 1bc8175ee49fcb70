package org.cosmodrome.analytics;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import org.cosmodrome.platform.Csv;

/**
 * The tables of the launch statistics, each under the name the API and the console export it by
 * ({@code launches-per-year}, ...). A table's CSV has one column per field of its row record, named as in the JSON,
 * in the record's order, so the two always say the same.
 */
public enum StatisticsTable {
    LAUNCHES_PER_YEAR("launches-per-year", LaunchStatistics.LaunchesInYear.class, LaunchStatistics::launchesPerYear),
    LAUNCHES_BY_PAD("launches-by-pad", LaunchStatistics.Share.class, LaunchStatistics::launchesByPad),
    LAUNCHES_BY_FAMILY("launches-by-family", LaunchStatistics.Share.class, LaunchStatistics::launchesByFamily),
    LAUNCHES_BY_TENANT("launches-by-tenant", LaunchStatistics.Share.class, LaunchStatistics::launchesByTenant),
    LAUNCHES_BY_ORBIT("launches-by-orbit", LaunchStatistics.Share.class, LaunchStatistics::launchesByOrbit),
    SUCCESS_BY_YEAR("success-by-year", LaunchStatistics.SuccessRate.class, LaunchStatistics::successByYear),
    SUCCESS_BY_FAMILY("success-by-family", LaunchStatistics.SuccessRate.class, LaunchStatistics::successByFamily),
    PAD_TURNAROUND("pad-turnaround", LaunchStatistics.Turnaround.class, LaunchStatistics::padTurnaround),
    NET_SLIPS_BY_CAUSE("net-slips-by-cause", LaunchStatistics.SlipsByCause.class, LaunchStatistics::slipsByCause),
    NET_SLIPS_BY_YEAR("net-slips-by-year", LaunchStatistics.SlipsInYear.class, LaunchStatistics::slipsByYear),
    INCIDENTS_PER_YEAR("incidents-per-year", LaunchStatistics.IncidentsInYear.class,
            LaunchStatistics::incidentsPerYear);

    private final String slug;
    private final Class<? extends Record> rowType;
    private final BiFunction<LaunchStatistics, YearRange, List<? extends Record>> rows;

    StatisticsTable(String slug, Class<? extends Record> rowType,
            BiFunction<LaunchStatistics, YearRange, List<? extends Record>> rows) {
        this.slug = slug;
        this.rowType = rowType;
        this.rows = rows;
    }

    /** The table's name in the API and the console, e.g. {@code launches-per-year}. */
    public String slug() {
        return slug;
    }

    public static Optional<StatisticsTable> bySlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }

    /** The table's rows within {@code years}, as the current actor may see them. */
    public List<? extends Record> rows(LaunchStatistics statistics, YearRange years) {
        return rows.apply(statistics, years);
    }

    /** The rows as CSV ({@link Csv}), with a header line of the row record's field names. */
    public String csv(List<? extends Record> tableRows) {
        RecordComponent[] components = rowType.getRecordComponents();
        List<List<Object>> lines = new ArrayList<>();
        lines.add(Arrays.stream(components).<Object>map(RecordComponent::getName).toList());
        for (Record row : tableRows) {
            List<Object> line = new ArrayList<>();
            for (RecordComponent component : components) {
                try {
                    line.add(component.getAccessor().invoke(row));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("Cannot read " + component.getName() + " of " + row, e);
                }
            }
            lines.add(line);
        }
        return Csv.of(lines);
    }
}
