package org.cosmodrome.analytics.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.cosmodrome.analytics.LaunchStatistics;
import org.cosmodrome.analytics.SourcedHistory;
import org.cosmodrome.analytics.StatisticsTable;
import org.cosmodrome.analytics.YearRange;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.web.JsonIsland;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The launch history and statistics in the console: launches per year from 1957 (sourced counts beside recorded
 * launches, years the sources do not give left as gaps), incidents per year, success rate, NET slips by cause and
 * launches by pad and vehicle family; each chart with its table and a CSV of it.
 */
@Controller
class HistoryPage {

    private final LaunchStatistics statistics;
    private final MessageSource messages;
    private final JsonMapper json;

    HistoryPage(LaunchStatistics statistics, MessageSource messages, JsonMapper json) {
        this.statistics = statistics;
        this.messages = messages;
        this.json = json;
    }

    /** What the charts draw; every list of a chart is as long as its axis. */
    record Charts(List<Integer> years, List<Integer> sourced, List<Long> recorded, List<Integer> incidentYears,
            List<Series> incidents, List<String> successYears, List<BigDecimal> successPercent, List<String> causes,
            List<Long> slips, List<Long> slipDays, List<String> pads, List<Long> padLaunches, List<String> families,
            List<Long> familyLaunches, Map<String, String> labels) {
    }

    record Series(String name, List<Long> values) {
    }

    @GetMapping("/analytics")
    String page(Model model, Locale locale) {
        YearRange all = YearRange.all();
        List<LaunchStatistics.LaunchesInYear> perYear = statistics.launchesPerYear(all);
        List<LaunchStatistics.IncidentsInYear> incidents = statistics.incidentsPerYear(all);
        List<LaunchStatistics.SuccessRate> successByYear = statistics.successByYear(all);
        List<LaunchStatistics.SuccessRate> successByFamily = statistics.successByFamily(all);
        List<LaunchStatistics.SlipsByCause> slips = statistics.slipsByCause(all);
        List<LaunchStatistics.Share> byPad = statistics.launchesByPad(all);
        List<LaunchStatistics.Share> byFamily = statistics.launchesByFamily(all);

        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : List.of("sourced", "recorded", "notInSources", "successRate", "slips", "slipDays",
                "launches")) {
            labels.put(key, messages.getMessage("analytics.history.chart." + key, null, locale));
        }
        model.addAttribute("chartJson", JsonIsland.of(json, new Charts(
                perYear.stream().map(LaunchStatistics.LaunchesInYear::year).toList(),
                perYear.stream().map(LaunchStatistics.LaunchesInYear::sourced).toList(),
                perYear.stream().map(LaunchStatistics.LaunchesInYear::recorded).toList(),
                incidentYears(perYear), incidentSeries(incidents, incidentYears(perYear), locale),
                successByYear.stream().map(LaunchStatistics.SuccessRate::group).toList(),
                successByYear.stream().map(r -> r.successRate().movePointRight(2)).toList(),
                slips.stream().map(s -> messages.getMessage("reason." + s.cause(), null, s.cause(), locale)).toList(),
                slips.stream().map(LaunchStatistics.SlipsByCause::slips).toList(),
                slips.stream().map(LaunchStatistics.SlipsByCause::totalDays).toList(),
                byPad.stream().map(LaunchStatistics.Share::group).toList(),
                byPad.stream().map(LaunchStatistics.Share::launches).toList(),
                byFamily.stream().map(LaunchStatistics.Share::group).toList(),
                byFamily.stream().map(LaunchStatistics.Share::launches).toList(), labels)));
        model.addAttribute("history", SourcedHistory.BAIKONUR);
        model.addAttribute("perYear", perYear);
        model.addAttribute("incidents", incidents);
        model.addAttribute("successByYear", successByYear);
        // one table: the years, then the families
        model.addAttribute("successRows", Stream.concat(successByYear.stream(), successByFamily.stream()).toList());
        model.addAttribute("slips", slips);
        model.addAttribute("byPad", byPad);
        model.addAttribute("byFamily", byFamily);
        model.addAttribute("byTenant", statistics.launchesByTenant(all));
        model.addAttribute("byOrbit", statistics.launchesByOrbit(all));
        model.addAttribute("turnaround", statistics.padTurnaround(all));
        model.addAttribute("nav", "analytics");
        return "analytics/history";
    }

    @GetMapping(value = "/analytics/history/{table}.csv", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String table) {
        StatisticsTable named = StatisticsTable.bySlug(table)
                .orElseThrow(() -> new RecordNotFound("statistics table", table));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + named.slug() + ".csv\"")
                .body(named.csv(named.rows(statistics, YearRange.all())));
    }

    /** The years of the incidents chart: the same axis as the launches, from 1957. */
    private static List<Integer> incidentYears(List<LaunchStatistics.LaunchesInYear> perYear) {
        return perYear.stream().map(LaunchStatistics.LaunchesInYear::year).toList();
    }

    /** One series per incident kind that occurs, with a count (0 when none) for every year of {@code years}. */
    private List<Series> incidentSeries(List<LaunchStatistics.IncidentsInYear> incidents, List<Integer> years,
            Locale locale) {
        List<Series> series = new ArrayList<>();
        for (String kind : new TreeSet<>(incidents.stream().map(LaunchStatistics.IncidentsInYear::kind).toList())) {
            List<Long> values = new ArrayList<>();
            for (int year : years) {
                values.add(incidents.stream().filter(i -> i.kind().equals(kind) && i.year() == year)
                        .mapToLong(LaunchStatistics.IncidentsInYear::incidents).sum());
            }
            series.add(new Series(messages.getMessage("incidentKind." + kind, null, kind, locale), values));
        }
        return series;
    }
}
