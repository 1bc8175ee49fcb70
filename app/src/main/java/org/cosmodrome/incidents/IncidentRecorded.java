package org.cosmodrome.incidents;

import java.time.Instant;

/**
 * An incident was recorded. Published inside the recording transaction, so a synchronous listener (an automatic
 * suspension, say) commits or rolls back with it.
 *
 * @param incident the incident's id
 * @param occurredAt when it happened
 * @param vehicle the vehicle's id (e.g. {@code proton-m}), or {@code null} when no vehicle was involved
 * @param vehicleFamily the vehicle's family (e.g. {@code Proton}), or {@code null}
 * @param pad the pad's id (e.g. {@code 81-24}), or {@code null}
 * @param launch the manifest's launch id, or {@code null}
 */
public record IncidentRecorded(String incident, IncidentKind kind, Instant occurredAt, String vehicle,
        String vehicleFamily, String pad, String launch) {
}
