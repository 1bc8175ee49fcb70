package org.cosmodrome.analytics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the analytics module runs its work ({@code cosmodrome.analytics}).
 *
 * @param forecastWorkers forecast runs that may run at once; more wait as {@code QUEUED}; at least 1
 * @param forecastParallelism year plans one forecast run solves at once; at least 1
 * @param forecastSamples Monte Carlo samples of a run that names none and whose scenario names none
 * @param forecastMaxSamples the most samples a run may ask for (the scenario contract allows up to 500)
 */
@ConfigurationProperties("cosmodrome.analytics")
public record AnalyticsSettings(@DefaultValue("1") int forecastWorkers, @DefaultValue("2") int forecastParallelism,
        @DefaultValue("20") int forecastSamples, @DefaultValue("500") int forecastMaxSamples) {

    public AnalyticsSettings {
        forecastWorkers = Math.max(1, forecastWorkers);
        forecastParallelism = Math.max(1, forecastParallelism);
    }
}
