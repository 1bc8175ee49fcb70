package org.cosmodrome.planning.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.cosmodrome.planning.DateRange;
import org.cosmodrome.planning.ScheduleProblem;

/**
 * Draws one sample's demand of one year. Every random number comes from a generator seeded by the scenario's seed,
 * the sample and, for launch counts and days, the year and the stream's id: two scenarios run with one seed draw the
 * same numbers for the streams they share (common random numbers), so their difference is the scenarios', not the
 * dice's.
 */
final class DemandDraw {

    /** Poisson draws of a larger mean are made as sums of draws of at most this mean (Knuth's method underflows). */
    private static final double POISSON_CHUNK = 30.0;

    private DemandDraw() {
    }

    /** The sample's growth rate: triangular with mode {@code rate} between {@code low} and {@code high}. */
    static double growthRate(ForecastScenario scenario, int sample) {
        ForecastScenario.Growth g = scenario.growth();
        SplittableRandom random = new SplittableRandom(mix(scenario.seed(), sample, 0, 0x6772_6f77L));
        return triangular(random.nextDouble(), g.low(), g.rate(), g.high());
    }

    static List<ScheduleProblem.Request> requests(ForecastScenario scenario, int sample, int year) {
        ScenarioCalendar calendar = new ScenarioCalendar(scenario);
        double growth = growthRate(scenario, sample);
        int yearDays = ScenarioCalendar.whole(year).days();
        List<ScheduleProblem.Request> requests = new ArrayList<>();
        for (ForecastScenario.DemandStream stream : scenario.streams()) {
            DateRange active = calendar.streamActive(stream.id(), year);
            if (active == null) {
                continue;
            }
            SplittableRandom random = new SplittableRandom(mix(scenario.seed(), sample, year, stream.id().hashCode()));
            double share = (double) active.days() / yearDays;
            int count;
            if (stream.grows()) {
                count = poisson(random, stream.perYear() * Math.pow(1 + growth, year - scenario.firstYear()) * share);
            } else {
                double lo = Math.max(0, stream.perYear() - stream.spread());
                double hi = stream.perYear() + stream.spread();
                count = roundAtRandom(random, (lo + random.nextDouble() * (hi - lo)) * share);
            }
            for (int n = 1; n <= count; n++) {
                LocalDate desired = active.start().plusDays(random.nextInt(active.days()));
                int window = Math.max(1, stream.windowDays());
                LocalDate earliest = max(active.start(), desired.minusDays(window / 2));
                LocalDate latest = min(active.end(), earliest.plusDays(window - 1));
                requests.add(new ScheduleProblem.Request(stream.id() + "-" + year + "-" + n, stream.tenant(),
                        stream.vehicle(), stream.inclination(), earliest, latest, desired, stream.priority(), null,
                        null, null));
            }
        }
        return requests;
    }

    static int poisson(SplittableRandom random, double mean) {
        int count = 0;
        double left = mean;
        while (left > 0) {
            double chunk = Math.min(left, POISSON_CHUNK);
            double limit = Math.exp(-chunk);
            double product = random.nextDouble();
            while (product > limit) {
                count++;
                product *= random.nextDouble();
            }
            left -= chunk;
        }
        return count;
    }

    private static int roundAtRandom(SplittableRandom random, double value) {
        double floor = Math.floor(value);
        return (int) floor + (random.nextDouble() < value - floor ? 1 : 0);
    }

    /** The inverse distribution function of the triangular distribution at {@code u} in [0, 1). */
    static double triangular(double u, double low, double mode, double high) {
        if (high <= low) {
            return mode;
        }
        double split = (mode - low) / (high - low);
        return u < split ? low + Math.sqrt(u * (high - low) * (mode - low))
                : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
    }

    /** A 64-bit seed from the parts (SplitMix64 finaliser over each). */
    static long mix(long seed, long sample, long year, long salt) {
        long h = seed;
        for (long part : new long[] {sample, year, salt}) {
            h = finalise(h ^ finalise(part + 0x9E37_79B9_7F4A_7C15L));
        }
        return h;
    }

    private static long finalise(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
