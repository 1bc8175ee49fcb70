package org.cosmodrome.permits;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A launch whose stages fell in a drop zone.
 *
 * @param launchedAt the launch's time, as the manifest gave it
 * @param day the day of {@code launchedAt} at the cosmodrome; {@code year} its year
 * @param number the use's place among the zone's uses of {@code year}, 1 for the first
 * @param tariff the tariff in force on {@code day}, or {@code null} when the zone has none
 */
public record DropZoneUse(String launch, String zone, Instant launchedAt, LocalDate day, int year, int number,
        String tariff, Instant recordedAt, String recordedBy) {
}
