package org.cosmodrome.sites;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a pad's status history.
 *
 * @param from the status before, {@code null} for the first entry
 * @param effectiveOn the day the new status took effect
 * @param recordedAt when the change was entered
 * @param recordedBy who entered it ({@code data-set} for the shipped history)
 */
public record PadStatusChange(PadId pad, PadStatus from, PadStatus to, LocalDate effectiveOn, String reason,
        Instant recordedAt, String recordedBy) {
}
