package org.cosmodrome.planning.forecast;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a forecast found, year by year. Contains no timing: the same scenario and seed give an equal report.
 *
 * @param scenario the scenario's name
 * @param seed the seed it ran with
 * @param samples the Monte Carlo samples it ran
 * @param years one outlook per forecast year, in order
 */
public record ForecastReport(String scenario, long seed, int samples, List<YearOutlook> years) {

    public ForecastReport {
        years = List.copyOf(years);
    }

    /**
     * One year over all samples.
     *
     * @param demand launches asked for
     * @param flown launches the scheduler placed
     * @param unflown launches that could not fly in the year
     * @param ceiling the most launches the year's open pads, turnarounds, range separation, caps and suspensions allow
     *        for the year's vehicles, with demand spread perfectly (an upper bound, not a plan)
     * @param unflownByResource unflown launches by what bound them, keyed by {@link Binding#key()} in the keys'
     *        order; every key that occurs in some sample, with zeros for the samples without it
     * @param binding the key of the resource that kept the most launches from flying (by mean over samples), or
     *        {@code null} when every sample flew all its demand
     * @param events labels of the enabled events dated in this year
     */
    public record YearOutlook(int year, Band demand, Band flown, Band unflown, int ceiling,
            Map<String, Band> unflownByResource, String binding, List<String> events) {

        public YearOutlook {
            unflownByResource = Collections.unmodifiableMap(new LinkedHashMap<>(unflownByResource));
            events = List.copyOf(events);
        }
    }

    /**
     * A figure over the Monte Carlo samples: 10th percentile, median and 90th percentile (linear interpolation between
     * order statistics) and the mean.
     */
    public record Band(double p10, double median, double p90, double mean) {
    }

    /**
     * A binding resource, by vehicle family for pads.
     *
     * @param family the vehicle family whose pads bound, for {@link BindingResource#PADS}; otherwise {@code null}
     */
    public record Binding(BindingResource resource, String family) {

        /** e.g. {@code PADS:Soyuz}, {@code HAZARD_CAP}. */
        public String key() {
            return family == null ? resource.name() : resource.name() + ":" + family;
        }
    }
}
