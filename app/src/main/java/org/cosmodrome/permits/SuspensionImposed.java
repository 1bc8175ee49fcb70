package org.cosmodrome.permits;

import java.time.LocalDate;

/**
 * A suspension came into force. Published inside the imposing transaction; listeners that re-plan wait for its commit.
 *
 * @param plannedEnd the last day (inclusive), or {@code null} until lifted
 */
public record SuspensionImposed(String suspension, SuspensionScope scope, String family, String pad, LocalDate start,
        LocalDate plannedEnd, String incident) {
}
