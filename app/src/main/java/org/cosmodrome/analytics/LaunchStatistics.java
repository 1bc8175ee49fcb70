package org.cosmodrome.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cosmodrome.manifest.NetPrecision;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.sites.AnnualLaunchCount;
import org.cosmodrome.sites.LaunchRecord;
import org.springframework.stereotype.Service;

/**
 * The launch statistics, computed from the read models ({@link LaunchFacts}) and the data set's launches per year.
 * Counts of flown launches include every organisation's (a launch that flew is public); NET slips include only the
 * slips the current actor may see (see the package description). Every table is in a stable order.
 */
@Service
public class LaunchStatistics {

    /**
     * One year of the launch record: the count the sources give and the launches the manifest recorded, side by side
     * and never added together.
     *
     * @param sourced the data set's count, {@code null} when the sources give none for the year
     * @param sourcedBasis how the count was arrived at, {@code null} when there is no count
     * @param source where the count comes from, {@code null} when there is none
     * @param recorded launches recorded as flown in the manifest in the year (SUCCESS, PARTIAL_FAILURE or FAILURE)
     */
    public record LaunchesInYear(int year, Integer sourced, String sourcedBasis, String sourcedConfidence,
            String source, long recorded) {
    }

    /** Recorded flown launches of one group (a pad, a vehicle family, a tenant, an orbit). */
    public record Share(String group, long launches) {
    }

    /**
     * Outcomes of the recorded flown launches of one group (a year or a vehicle family).
     *
     * @param successRate successes over flown launches, to three decimals; a partial failure is not a success
     */
    public record SuccessRate(String group, long flown, long successes, long partialFailures, long failures,
            BigDecimal successRate) {
    }

    /**
     * Days between consecutive flown launches of a pad, by their days at the cosmodrome.
     *
     * @param intervals how many pairs of consecutive launches there are; the days are {@code null} when none
     * @param medianDays the median, the mean of the middle two for an even count
     */
    public record Turnaround(String pad, long intervals, Long minDays, BigDecimal medianDays, Long maxDays) {
    }

    /** NET slips of one cause: how many and their days in total. */
    public record SlipsByCause(String cause, long slips, long totalDays) {
    }

    /** NET slips recorded in a year (at the cosmodrome) of one cause. */
    public record SlipsInYear(int year, String cause, long slips, long totalDays) {
    }

    /** Incidents of one kind that happened in a year (at the cosmodrome). */
    public record IncidentsInYear(int year, String kind, long incidents) {
    }

    private final LaunchFacts facts;
    private final LaunchRecord launchRecord;
    private final CurrentActor currentActor;
    private final Clock clock;

    LaunchStatistics(LaunchFacts facts, LaunchRecord launchRecord, CurrentActor currentActor, Clock clock) {
        this.facts = facts;
        this.launchRecord = launchRecord;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * Every year of {@code years}, from {@value YearRange#FIRST_YEAR} when open, to this year (or the last year
     * with a recorded or sourced launch, when later) when open.
     */
    public List<LaunchesInYear> launchesPerYear(YearRange years) {
        Map<Integer, AnnualLaunchCount> sourced = launchRecord.launchesPerYear().stream()
                .collect(Collectors.toMap(AnnualLaunchCount::year, Function.identity(), (a, b) -> a));
        Map<Integer, Long> recorded = facts.flown(years.firstDay(), years.lastDay()).stream()
                .collect(Collectors.groupingBy(f -> f.flownOn().getYear(), Collectors.counting()));
        int latest = LocalDate.now(clock.withZone(NetPrecision.SITE_TIME)).getYear();
        for (int year : sourced.keySet()) {
            latest = Math.max(latest, year);
        }
        for (int year : recorded.keySet()) {
            latest = Math.max(latest, year);
        }
        List<LaunchesInYear> rows = new ArrayList<>();
        for (int year = years.firstYear(); year <= years.lastYear(latest); year++) {
            AnnualLaunchCount count = sourced.get(year);
            boolean given = count != null && count.launches() != null;
            rows.add(new LaunchesInYear(year, given ? count.launches() : null, given ? count.basis() : null,
                    given ? count.confidence() : null, given ? count.source() : null,
                    recorded.getOrDefault(year, 0L)));
        }
        return rows;
    }

    public List<Share> launchesByPad(YearRange years) {
        return shares(years, f -> f.pad() == null ? "unplaced" : f.pad());
    }

    public List<Share> launchesByFamily(YearRange years) {
        return shares(years, LaunchFacts.FlownLaunch::family);
    }

    public List<Share> launchesByTenant(YearRange years) {
        return shares(years, LaunchFacts.FlownLaunch::organization);
    }

    public List<Share> launchesByOrbit(YearRange years) {
        return shares(years, LaunchFacts.FlownLaunch::orbit);
    }

    /** Years with at least one recorded flown launch, oldest first. */
    public List<SuccessRate> successByYear(YearRange years) {
        return successRates(years, f -> Integer.toString(f.flownOn().getYear()));
    }

    public List<SuccessRate> successByFamily(YearRange years) {
        return successRates(years, LaunchFacts.FlownLaunch::family);
    }

    /** Every pad with a recorded flown launch, by pad id. */
    public List<Turnaround> padTurnaround(YearRange years) {
        Map<String, List<LocalDate>> days = new TreeMap<>();
        for (LaunchFacts.FlownLaunch f : facts.flown(years.firstDay(), years.lastDay())) {
            if (f.pad() != null) {
                days.computeIfAbsent(f.pad(), p -> new ArrayList<>()).add(f.flownOn());
            }
        }
        List<Turnaround> rows = new ArrayList<>();
        days.forEach((pad, flown) -> {
            List<Long> gaps = new ArrayList<>();
            for (int i = 1; i < flown.size(); i++) {
                gaps.add(ChronoUnit.DAYS.between(flown.get(i - 1), flown.get(i)));
            }
            gaps.sort(Comparator.naturalOrder());
            rows.add(gaps.isEmpty() ? new Turnaround(pad, 0, null, null, null)
                    : new Turnaround(pad, gaps.size(), gaps.get(0), median(gaps), gaps.get(gaps.size() - 1)));
        });
        return rows;
    }

    /** The causes with at least one slip the actor may see, most days first, then by cause. */
    public List<SlipsByCause> slipsByCause(YearRange years) {
        Map<String, long[]> byCause = new TreeMap<>();
        for (LaunchFacts.Slip slip : visibleSlips(years)) {
            long[] sums = byCause.computeIfAbsent(slip.cause(), c -> new long[2]);
            sums[0]++;
            sums[1] += slip.days();
        }
        return byCause.entrySet().stream().map(e -> new SlipsByCause(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(SlipsByCause::totalDays).reversed()
                        .thenComparing(SlipsByCause::cause))
                .toList();
    }

    /** Per year and cause with at least one slip the actor may see, by year then cause. */
    public List<SlipsInYear> slipsByYear(YearRange years) {
        Map<Integer, Map<String, long[]>> byYear = new TreeMap<>();
        for (LaunchFacts.Slip slip : visibleSlips(years)) {
            int year = slip.recordedAt().atZone(NetPrecision.SITE_TIME).getYear();
            long[] sums = byYear.computeIfAbsent(year, y -> new TreeMap<>())
                    .computeIfAbsent(slip.cause(), c -> new long[2]);
            sums[0]++;
            sums[1] += slip.days();
        }
        List<SlipsInYear> rows = new ArrayList<>();
        byYear.forEach((year, causes) -> causes.forEach((cause, sums) ->
                rows.add(new SlipsInYear(year, cause, sums[0], sums[1]))));
        return rows;
    }

    /** Per year and kind with at least one incident, by year then kind. */
    public List<IncidentsInYear> incidentsPerYear(YearRange years) {
        Map<Integer, Map<String, Long>> byYear = new TreeMap<>();
        for (LaunchFacts.RecordedIncident incident : facts.incidents(years.firstDay(), years.lastDay())) {
            byYear.computeIfAbsent(incident.occurredOn().getYear(), y -> new TreeMap<>())
                    .merge(incident.kind(), 1L, Long::sum);
        }
        List<IncidentsInYear> rows = new ArrayList<>();
        byYear.forEach((year, kinds) -> kinds.forEach((kind, count) ->
                rows.add(new IncidentsInYear(year, kind, count))));
        return rows;
    }

    private List<LaunchFacts.Slip> visibleSlips(YearRange years) {
        Actor actor = currentActor.get();
        return facts.slips(years.start(), years.end(), actor.readsEverything(), actor.organization());
    }

    private List<Share> shares(YearRange years, Function<LaunchFacts.FlownLaunch, String> group) {
        return facts.flown(years.firstDay(), years.lastDay()).stream()
                .collect(Collectors.groupingBy(group, TreeMap::new, Collectors.counting()))
                .entrySet().stream().map(e -> new Share(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Share::launches).reversed().thenComparing(Share::group))
                .toList();
    }

    private List<SuccessRate> successRates(YearRange years, Function<LaunchFacts.FlownLaunch, String> group) {
        Map<String, List<LaunchFacts.FlownLaunch>> groups = facts.flown(years.firstDay(), years.lastDay()).stream()
                .collect(Collectors.groupingBy(group, TreeMap::new, Collectors.toList()));
        List<SuccessRate> rows = new ArrayList<>();
        groups.forEach((name, flown) -> {
            long successes = count(flown, "SUCCESS");
            rows.add(new SuccessRate(name, flown.size(), successes, count(flown, "PARTIAL_FAILURE"),
                    count(flown, "FAILURE"), BigDecimal.valueOf(successes)
                            .divide(BigDecimal.valueOf(flown.size()), 3, RoundingMode.HALF_UP)));
        });
        return rows;
    }

    private static long count(List<LaunchFacts.FlownLaunch> flown, String outcome) {
        return flown.stream().filter(f -> f.outcome().equals(outcome)).count();
    }

    /** The median of sorted, non-empty {@code values}. */
    static BigDecimal median(List<Long> values) {
        int n = values.size();
        if (n % 2 == 1) {
            return BigDecimal.valueOf(values.get(n / 2));
        }
        return BigDecimal.valueOf(values.get(n / 2 - 1) + values.get(n / 2)).divide(BigDecimal.valueOf(2), 1,
                RoundingMode.HALF_UP);
    }
}
