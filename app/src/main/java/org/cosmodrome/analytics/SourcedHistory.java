package org.cosmodrome.analytics;

import java.time.LocalDate;

/**
 * What the sources say of the cosmodrome's whole history, for which the data set has no yearly counts: the first
 * launch and the cumulative count at one date. Shown beside the launches per year, never spread over its years.
 *
 * @param firstLaunch the day of the first launch from the cosmodrome
 * @param firstLaunchSource where {@code firstLaunch} comes from
 * @param cumulativeLaunches launches from the cosmodrome up to {@code cumulativeAsOf}
 * @param cumulativeAsOf the month the cumulative count was given for, as the source words it
 * @param cumulativeSource where the cumulative count comes from
 */
public record SourcedHistory(LocalDate firstLaunch, String firstLaunchSource, int cumulativeLaunches,
        String cumulativeAsOf, String cumulativeSource) {

    /**
     * Baikonur: Sputnik 1 from pad 1/5 on 4 October 1957 (Launch Library 2's launch record of Sputnik 1, pad '1/5');
     * 1,511 launches by May 2021 (Roscosmos via Sputnik). Both as the facts of the data set give them.
     */
    public static final SourcedHistory BAIKONUR = new SourcedHistory(LocalDate.of(1957, 10, 4),
            "The Space Devs Launch Library 2, launch record of Sputnik 1 (pad 1/5)", 1511, "May 2021",
            "Roscosmos via Sputnik: https://www.urdupoint.com/en/technology/"
                    + "roscosmos-plans-to-conduct-16-rocket-launches-1248992.html");
}
