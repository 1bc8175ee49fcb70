package org.cosmodrome.manifest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the manifest is planned.
 *
 * @param solveLimit wall time of a re-plan or of solving an uploaded problem
 * @param fitLimit wall time of a "where can this fit" search
 * @param seed the solver's random seed: the same stored manifest, seed and limit give the same plan
 * @param fitOptions how many options "where can this fit" offers, at most
 * @param planOnStartup plan once at start-up when no plan is stored yet (in the background)
 * @param calendarDomain the domain after the {@code @} of the calendar feeds' event UIDs; change it never, or every
 *        subscribed calendar sees each launch twice
 */
@ConfigurationProperties("cosmodrome.manifest")
public record ManifestSettings(@DefaultValue("10s") Duration solveLimit, @DefaultValue("3s") Duration fitLimit,
        @DefaultValue("42") long seed, @DefaultValue("5") int fitOptions, @DefaultValue("true") boolean planOnStartup,
        @DefaultValue("cosmodrome.baikonur.kz") String calendarDomain) {
}
