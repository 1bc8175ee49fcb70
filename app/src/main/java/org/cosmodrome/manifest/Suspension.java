package org.cosmodrome.manifest;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A host-state suspension: no launch of the vehicle family from {@code start} to {@code end}, both inclusive.
 *
 * @param family a vehicle family of the catalogue, such as {@code UR-500/Proton}
 * @param imposedBy the organisation that imposed it, or {@code null}
 */
public record Suspension(String id, String family, LocalDate start, LocalDate end, String reason, String imposedBy,
        Instant recordedAt, String recordedBy) {
}
