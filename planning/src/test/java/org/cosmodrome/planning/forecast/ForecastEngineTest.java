package org.cosmodrome.planning.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.cosmodrome.planning.DateRange;
import org.cosmodrome.planning.ScheduleProblem;
import org.cosmodrome.planning.TimefoldManifestScheduler;
import org.cosmodrome.planning.forecast.ForecastScenario.DemandStream;
import org.cosmodrome.planning.forecast.ForecastScenario.Growth;
import org.cosmodrome.planning.forecast.ForecastScenario.PadSpec;
import org.cosmodrome.planning.forecast.ForecastScenario.ScenarioEvent;
import org.cosmodrome.planning.forecast.ForecastScenario.Site;
import org.junit.jupiter.api.Test;

class ForecastEngineTest {

    private static final TimefoldManifestScheduler SCHEDULER = new TimefoldManifestScheduler();
    private static final ScheduleProblem.Vehicle SOYUZ = new ScheduleProblem.Vehicle("soyuz-2-1a", "Soyuz",
            "NON_TOXIC", 14);
    private static final ScheduleProblem.Vehicle PROTON = new ScheduleProblem.Vehicle("proton-m", "Proton", "TOXIC",
            30);

    private static Site site(int separation, List<ScheduleProblem.Cap> caps,
            List<ScheduleProblem.Suspension> suspensions, List<ScheduleProblem.DropZone> zones) {
        return new Site(separation, List.of(SOYUZ, PROTON),
                List.of(new PadSpec("31-6", List.of("soyuz-2-1a"), List.of()),
                        new PadSpec("81-24", List.of("proton-m"), List.of()),
                        new PadSpec("200-39", List.of("proton-m"), List.of())),
                zones, List.of(new ScheduleProblem.Corridor(51.6, List.of("ULYTAU"))), caps, suspensions);
    }

    private static DemandStream steady(String id, String vehicle, double perYear, double spread) {
        return new DemandStream(id, id, "roscosmos", vehicle, 51.6, 2, perYear, spread, false, 60);
    }

    private static ForecastScenario scenario(Site site, List<DemandStream> streams, List<ScenarioEvent> events,
            int years, int samples) {
        return new ForecastScenario("test", 2027, years, 7L, samples, new Growth(0.175, 0.15, 0.20), site, streams,
                events);
    }

    private static ForecastReport run(ForecastScenario scenario) {
        return new ForecastEngine(SCHEDULER, 2).run(scenario, (done, total) -> { }, () -> false);
    }

    @Test
    void theSameScenarioAndSeedGiveAnEqualReportOnOneThreadOrTwo() {
        ForecastScenario scenario = scenario(site(2, List.of(new ScheduleProblem.Cap("TOXIC", 3)), List.of(),
                List.of()), List.of(steady("iss", "soyuz-2-1a", 5, 1), steady("proton", "proton-m", 5, 2),
                        new DemandStream("market", "market", "glavkosmos", "soyuz-2-1a", 51.6, 3, 6, 0, true, 90)),
                List.of(), 4, 3);
        ForecastReport oneThread = new ForecastEngine(SCHEDULER, 1).run(scenario, (d, t) -> { }, () -> false);
        ForecastReport twoThreads = run(scenario);
        assertThat(twoThreads).isEqualTo(oneThread);
        assertThat(twoThreads.years()).extracting(ForecastReport.YearOutlook::year)
                .containsExactly(2027, 2028, 2029, 2030);
    }

    @Test
    void theToxicCapBindsWhenProtonDemandExceedsIt() {
        ForecastScenario scenario = scenario(site(2, List.of(new ScheduleProblem.Cap("TOXIC", 3)), List.of(),
                List.of()), List.of(steady("proton", "proton-m", 8, 0)), List.of(), 1, 1);
        ForecastReport.YearOutlook year = run(scenario).years().get(0);
        assertThat(year.demand().median()).isEqualTo(8);
        assertThat(year.flown().median()).isEqualTo(3);
        assertThat(year.binding()).isEqualTo("HAZARD_CAP");
        assertThat(year.unflownByResource().get("HAZARD_CAP").median()).isEqualTo(5);
        assertThat(year.ceiling()).isEqualTo(3);
    }

    @Test
    void theOnlySoyuzPadBindsWhenItCannotTurnAroundFastEnough() {
        ForecastScenario scenario = scenario(site(1, List.of(), List.of(), List.of()),
                List.of(new DemandStream("soyuz", "soyuz", "roscosmos", "soyuz-2-1a", 51.6, 2, 40, 0, false, 366)),
                List.of(), 1, 1);
        ForecastReport.YearOutlook year = run(scenario).years().get(0);
        assertThat(year.demand().median()).isEqualTo(40);
        assertThat(year.ceiling()).isEqualTo(27); // 365 days, one launch per 14 days: 27 (1 Jan ... 31 Dec)
        assertThat(year.flown().median()).isBetween(24.0, 27.0);
        assertThat(year.binding()).isEqualTo("PADS:Soyuz");
    }

    @Test
    void rangeDaysBindWhenTheSeparationIsLongerThanTheTurnarounds() {
        ForecastScenario scenario = scenario(site(60, List.of(), List.of(), List.of()),
                List.of(new DemandStream("proton", "proton", "roscosmos", "proton-m", 51.6, 2, 12, 0, false, 366)),
                List.of(), 1, 1);
        ForecastReport.YearOutlook year = run(scenario).years().get(0);
        assertThat(year.ceiling()).isEqualTo(7);
        assertThat(year.flown().median()).isLessThanOrEqualTo(7);
        assertThat(year.binding()).isEqualTo("RANGE_DAYS");
    }

    @Test
    void aSuspensionOfTheFamilyBindsItsLaunches() {
        ForecastScenario scenario = scenario(site(1, List.of(), List.of(new ScheduleProblem.Suspension("Proton",
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))), List.of()),
                List.of(steady("proton", "proton-m", 3, 0)), List.of(), 1, 1);
        ForecastReport.YearOutlook year = run(scenario).years().get(0);
        assertThat(year.flown().median()).isZero();
        assertThat(year.binding()).isEqualTo("SUSPENSION");
        assertThat(year.ceiling()).isZero();
    }

    @Test
    void aDropZoneYearlyLimitBindsTheLaunchesOfItsCorridor() {
        ForecastScenario scenario = scenario(site(1, List.of(), List.of(),
                List.of(new ScheduleProblem.DropZone("ULYTAU", 4, List.of()))),
                List.of(steady("soyuz", "soyuz-2-1a", 9, 0)), List.of(), 1, 1);
        ForecastReport.YearOutlook year = run(scenario).years().get(0);
        assertThat(year.flown().median()).isEqualTo(4);
        assertThat(year.binding()).isEqualTo("DROP_ZONES");
    }

    @Test
    void nothingBindsWhenEveryLaunchFlies() {
        ForecastScenario scenario = scenario(site(2, List.of(), List.of(), List.of()),
                List.of(steady("soyuz", "soyuz-2-1a", 6, 0)), List.of(), 1, 2);
        ForecastReport.YearOutlook year = run(scenario).years().get(0);
        assertThat(year.unflown().p90()).isZero();
        assertThat(year.binding()).isNull();
        assertThat(year.unflownByResource()).isEmpty();
    }

    @Test
    void eventsStartAndEndStreamsAndAreNamedInTheirYear() {
        ScenarioEvent issEnd = new ScenarioEvent("iss-end", "ISS de-orbited", LocalDate.of(2028, 7, 1), true,
                List.of(), List.of("iss"), List.of(), List.of());
        ScenarioEvent startUp = new ScenarioEvent("start-up", "start-up pad opens", LocalDate.of(2029, 1, 1), true,
                List.of("startup"), List.of(), List.of(), List.of());
        List<DemandStream> streams = List.of(steady("iss", "soyuz-2-1a", 4, 0), steady("startup", "soyuz-2-1a", 2, 0));
        ForecastScenario scenario = scenario(site(1, List.of(), List.of(), List.of()), streams,
                List.of(issEnd, startUp), 3, 1);
        assertThat(ForecastEngine.demand(scenario, 0, 2027)).extracting(ScheduleProblem.Request::id)
                .containsExactly("iss-2027-1", "iss-2027-2", "iss-2027-3", "iss-2027-4");
        List<ScheduleProblem.Request> halfYear = ForecastEngine.demand(scenario, 0, 2028);
        assertThat(halfYear).hasSize(2).allSatisfy(r -> assertThat(r.latest()).isBefore(LocalDate.of(2028, 7, 1)));
        assertThat(ForecastEngine.demand(scenario, 0, 2029)).extracting(ScheduleProblem.Request::id)
                .containsExactly("startup-2029-1", "startup-2029-2");

        ScenarioEvent issGoesOn = new ScenarioEvent("iss-end", "ISS de-orbited", LocalDate.of(2028, 7, 1), false,
                List.of(), List.of("iss"), List.of(), List.of());
        ForecastScenario disabled = scenario(site(1, List.of(), List.of(), List.of()), streams,
                List.of(issGoesOn, startUp), 3, 1);
        assertThat(ForecastEngine.demand(disabled, 0, 2029)).hasSize(6);

        ForecastReport report = run(scenario);
        assertThat(report.years().get(1).events()).containsExactly("ISS de-orbited");
        assertThat(report.years().get(2).events()).containsExactly("start-up pad opens");
    }

    @Test
    void aPadOpenedByAnEventTakesLaunchesOnlyFromItsDate() {
        Site site = new Site(1, List.of(SOYUZ), List.of(new PadSpec("45-1", List.of("soyuz-2-1a"), List.of())),
                List.of(), List.of(new ScheduleProblem.Corridor(51.6, List.of())), List.of(), List.of());
        ScenarioEvent opens = new ScenarioEvent("opens", "45/1 opens", LocalDate.of(2027, 7, 1), true, List.of(),
                List.of(), List.of("45-1"), List.of());
        ForecastScenario scenario = scenario(site, List.of(new DemandStream("s", "s", "roscosmos", "soyuz-2-1a",
                51.6, 2, 4, 0, false, 366)), List.of(opens), 1, 1);
        ScheduleProblem problem = ForecastEngine.yearProblem(scenario, 2027, ForecastEngine.demand(scenario, 0, 2027));
        assertThat(problem.pads().get(0).outages())
                .containsExactly(new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30)));
        assertThat(run(scenario).years().get(0).ceiling()).isEqualTo(14); // 184 days from 1 July, one per 14 days
    }

    @Test
    void demandGrowsWithTheSampledMarketRate() {
        DemandStream market = new DemandStream("market", "market", "any", "soyuz-2-1a", 51.6, 3, 10, 0, true, 30);
        ForecastScenario scenario = new ForecastScenario("growth", 2027, 10, 11L, 400,
                new Growth(0.175, 0.15, 0.20), site(1, List.of(), List.of(), List.of()), List.of(market), List.of());
        double first = 0;
        double tenth = 0;
        double expectedTenth = 0;
        for (int sample = 0; sample < scenario.samples(); sample++) {
            first += ForecastEngine.demand(scenario, sample, 2027).size();
            tenth += ForecastEngine.demand(scenario, sample, 2036).size();
            double g = ForecastEngine.growthRate(scenario, sample);
            assertThat(g).isBetween(0.15, 0.20);
            expectedTenth += 10 * Math.pow(1 + g, 9);
        }
        // Poisson means 10 and ~42.6: the sample means of 400 draws lie within 4 standard errors
        assertThat(first / 400).isCloseTo(10, within(4 * Math.sqrt(10.0 / 400)));
        assertThat(tenth / 400).isCloseTo(expectedTenth / 400, within(4 * Math.sqrt(43.0 / 400)));
        assertThat(expectedTenth / 400).isCloseTo(10 * Math.pow(1.175, 9), within(0.6));
    }

    @Test
    void aStreamAddedToTheScenarioLeavesTheOtherStreamsDrawsAlone() {
        DemandStream iss = steady("iss", "soyuz-2-1a", 4, 1);
        ForecastScenario alone = scenario(site(1, List.of(), List.of(), List.of()), List.of(iss), List.of(), 3, 5);
        ForecastScenario withMore = scenario(site(1, List.of(), List.of(), List.of()),
                List.of(steady("proton", "proton-m", 3, 1), iss), List.of(), 3, 5);
        for (int sample = 0; sample < 5; sample++) {
            List<ScheduleProblem.Request> more = ForecastEngine.demand(withMore, sample, 2028).stream()
                    .filter(r -> r.id().startsWith("iss")).toList();
            assertThat(more).isEqualTo(ForecastEngine.demand(alone, sample, 2028));
        }
    }

    @Test
    void bandsAreTheTenthFiftiethAndNinetiethPercentiles() {
        ForecastReport.Band band = ForecastEngine.band(new double[] {10, 1, 9, 2, 8, 3, 7, 4, 6, 5, 11});
        assertThat(band.p10()).isEqualTo(2);
        assertThat(band.median()).isEqualTo(6);
        assertThat(band.p90()).isEqualTo(10);
        assertThat(band.mean()).isEqualTo(6);
        assertThat(ForecastEngine.band(new double[] {0, 10})).isEqualTo(new ForecastReport.Band(1, 5, 9, 5));
    }

    @Test
    void progressCountsEveryYearPlanAndCancellingStopsTheRun() {
        ForecastScenario scenario = scenario(site(2, List.of(), List.of(), List.of()),
                List.of(steady("soyuz", "soyuz-2-1a", 6, 1)), List.of(), 3, 2);
        List<Integer> seen = new ArrayList<>();
        new ForecastEngine(SCHEDULER, 1).run(scenario, (done, total) -> {
            assertThat(total).isEqualTo(6);
            seen.add(done);
        }, () -> false);
        assertThat(seen).containsExactly(1, 2, 3, 4, 5, 6);

        AtomicInteger solved = new AtomicInteger();
        assertThatThrownBy(() -> new ForecastEngine(SCHEDULER, 1).run(scenario, (done, total) -> solved.set(done),
                () -> solved.get() >= 2)).isInstanceOf(ForecastCancelled.class);
        assertThat(solved.get()).isLessThan(6);
    }

    @Test
    void checkNamesTheFieldOfEachProblem() {
        ScenarioEvent unknown = new ScenarioEvent("e", "e", LocalDate.of(2028, 1, 1), true, List.of("nope"),
                List.of(), List.of(), List.of());
        ForecastScenario bad = new ForecastScenario(" ", 2027, 0, 1L, 1, new Growth(0.175, 0.2, 0.3),
                site(1, List.of(), List.of(), List.of()), List.of(steady("s", "zenit", 2, 0)), List.of(unknown));
        assertThat(ForecastEngine.check(bad)).extracting(ForecastEngine.ScenarioProblem::field)
                .containsExactly("name", "years", "growth.rate", "streams[0].vehicle", "events[0].startsStreams[0]");
        assertThatThrownBy(() -> run(bad)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("name");
    }
}
