package org.cosmodrome.rangesafety;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How range-safety analyses run.
 *
 * @param threads worker threads of one analysis's Monte Carlo (0: one per available processor)
 * @param maxSamples most samples per stage a request may ask for
 * @param standardSamples samples per stage of the standing analysis of each corridor
 * @param standardSeed seed of the standing analyses
 * @param analyseCorridorsOnStart give every corridor without an analysis its standing analysis at start-up, in the
 *        background, so the scheduler has a verdict for each
 * @param minContainment replaces the data set's go/no-go containment threshold when set
 * @param maxCasualtyExpectation replaces the data set's go/no-go casualty-expectation threshold when set
 */
@ConfigurationProperties("cosmodrome.range-safety")
public record RangeSafetySettings(@DefaultValue("0") int threads, @DefaultValue("100000") int maxSamples,
        @DefaultValue("2000") int standardSamples, @DefaultValue("1") long standardSeed,
        @DefaultValue("true") boolean analyseCorridorsOnStart, Double minContainment,
        Double maxCasualtyExpectation) {

    /** Fewest samples per stage an analysis may use: below this the 95% intervals are too wide to decide on. */
    public static final int MIN_SAMPLES = 100;

    int workerThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
