package org.cosmodrome.publicapi;

import java.time.Instant;
import java.util.Set;

/**
 * LL2's launch filters; every {@code null} means "any". Instant bounds are inclusive.
 *
 * @param statusIds LL2 status ids ({@link Ll2Codes})
 * @param pad, location, provider, launcherConfig LL2 integer ids ({@link Ll2Ids})
 * @param search text found, ignoring case, in the mission, the vehicle, the pad or the provider's name
 * @param ordering {@code net}, {@code -net}, {@code last_updated}, {@code -last_updated}, {@code name} or
 *        {@code -name}; {@code null} for the listing's own order
 */
public record LaunchCriteria(Instant netFrom, Instant netTo, Instant windowStartFrom, Set<Integer> statusIds,
        Integer provider, Integer pad, Integer location, Integer launcherConfig, String search, Instant updatedFrom,
        String ordering) {

    public static final Set<String> ORDERINGS = Set.of("net", "-net", "last_updated", "-last_updated", "name",
            "-name");
}
