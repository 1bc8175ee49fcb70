package org.cosmodrome.analytics.rest;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cosmodrome.analytics.LaunchStatistics;
import org.cosmodrome.analytics.SourcedHistory;
import org.cosmodrome.analytics.StatisticsTable;
import org.cosmodrome.analytics.YearRange;
import org.cosmodrome.platform.RecordNotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/analytics/statistics")
@Tag(name = "Launch statistics", description = "Launches per year from 1957 (sourced counts beside the launches the "
        + "manifest recorded), by pad, vehicle family, tenant and orbit, success rates, pad turnaround, NET slips by "
        + "cause and incidents per year; each table as JSON or CSV")
class StatisticsController {

    static final String TABLES = "launches-per-year, launches-by-pad, launches-by-family, launches-by-tenant, "
            + "launches-by-orbit, success-by-year, success-by-family, pad-turnaround, net-slips-by-cause, "
            + "net-slips-by-year, incidents-per-year";

    private final LaunchStatistics statistics;

    StatisticsController(LaunchStatistics statistics) {
        this.statistics = statistics;
    }

    /**
     * The tables there are and what the sources say of the whole history.
     *
     * @param tables the names of the tables, for {@code /api/v1/analytics/statistics/{table}}
     */
    record Index(List<String> tables, SourcedHistory history) {
    }

    @GetMapping
    @Operation(summary = "The statistics tables and the sourced first launch and cumulative count")
    Index index() {
        return new Index(Arrays.stream(StatisticsTable.values()).map(StatisticsTable::slug).toList(),
                SourcedHistory.BAIKONUR);
    }

    @GetMapping("/{table}")
    @Operation(summary = "One statistics table as JSON: an array of rows",
            description = "NET slips count only the slips the caller may see: all for the operator, the host "
                    + "authority and auditors; for a tenant, those of public launches and its own.")
    List<? extends Record> table(@Parameter(description = "one of: " + TABLES) @PathVariable String table,
            @Parameter(description = "first year, inclusive (1957-2100)") @RequestParam(required = false) Integer from,
            @Parameter(description = "last year, inclusive (1957-2100)") @RequestParam(required = false) Integer to) {
        YearRange years = new YearRange(from, to);
        return named(table).rows(statistics, years);
    }

    @GetMapping(value = "/{table}.csv", produces = "text/csv")
    @Operation(summary = "One statistics table as CSV, with the JSON's field names as its header")
    ResponseEntity<String> csv(@Parameter(description = "one of: " + TABLES) @PathVariable String table,
            @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
        YearRange years = new YearRange(from, to);
        StatisticsTable named = named(table);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + named.slug() + ".csv\"")
                .body(named.csv(named.rows(statistics, years)));
    }

    private static StatisticsTable named(String table) {
        return StatisticsTable.bySlug(table).orElseThrow(() -> new RecordNotFound("statistics table", table));
    }
}
