package org.cosmodrome.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cosmodrome.planning.forecast.ForecastReport;
import org.cosmodrome.platform.Csv;

/** A forecast report's tables as CSV (RFC 4180), the same for the API and the console. */
public final class ForecastTables {

    private ForecastTables() {
    }

    /** Per year: demand, flown and unflown launches as P10, median, P90; the ceiling; the binding resource key. */
    public static String years(ForecastReport report) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("year", "demand_p10", "demand_median", "demand_p90", "flown_p10", "flown_median",
                "flown_p90", "unflown_p10", "unflown_median", "unflown_p90", "ceiling", "binding", "events"));
        for (ForecastReport.YearOutlook y : report.years()) {
            List<Object> row = new ArrayList<>();
            row.add(y.year());
            band(row, y.demand());
            band(row, y.flown());
            band(row, y.unflown());
            row.add(y.ceiling());
            row.add(y.binding());
            row.add(String.join("; ", y.events()));
            rows.add(row);
        }
        return Csv.of(rows);
    }

    /** Per year and binding resource: unflown launches it kept from flying as P10, median, P90 and mean. */
    public static String binding(ForecastReport report) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("year", "resource", "p10", "median", "p90", "mean"));
        for (ForecastReport.YearOutlook y : report.years()) {
            for (Map.Entry<String, ForecastReport.Band> e : new TreeMap<>(y.unflownByResource()).entrySet()) {
                List<Object> row = new ArrayList<>();
                row.add(y.year());
                row.add(e.getKey());
                band(row, e.getValue());
                row.add(e.getValue().mean());
                rows.add(row);
            }
        }
        return Csv.of(rows);
    }

    private static void band(List<Object> row, ForecastReport.Band band) {
        row.add(band.p10());
        row.add(band.median());
        row.add(band.p90());
    }
}
