package org.cosmodrome.incidents;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Something that went wrong at or because of the spaceport: a launch failure, a spill, debris outside its zone, a
 * fire. Public: anyone may read it.
 *
 * @param occurredAt when it happened; {@link #timeNote()} says how precisely that is known
 * @param latitude degrees north (WGS-84) of where it happened or came down, {@code null} when unknown (then
 *        {@code longitude} is {@code null} too)
 * @param place where, in words
 * @param vehicle the vehicle's id in the catalogue, or {@code null}
 * @param vehicleFamily the vehicle's family, e.g. {@code Proton}, or {@code null}
 * @param pad the pad's id, or {@code null}
 * @param launch the manifest's launch id, or {@code null} (historical incidents predate the manifest)
 * @param rangeSafetyAnalysis the id of the range-safety analysis of the flight, or {@code null}
 * @param propellant per substance, in the order recorded
 * @param affectedAreaKm2 area affected in km², {@code null} when unknown
 */
public record Incident(IncidentId id, String title, IncidentKind kind, Instant occurredAt, String timeNote,
        Double latitude, Double longitude, String place, String vehicle, String vehicleFamily, String pad,
        String launch, UUID rangeSafetyAnalysis, List<PropellantMass> propellant, BigDecimal affectedAreaKm2,
        String narrative, String confidence, List<String> sources, String recordedBy, Instant recordedAt) {

    public Incident {
        propellant = List.copyOf(propellant);
        sources = List.copyOf(sources);
    }

    public boolean located() {
        return latitude != null && longitude != null;
    }

    /** The event telling other modules it was recorded. */
    IncidentRecorded recorded() {
        return new IncidentRecorded(id.value(), kind, occurredAt, vehicle, vehicleFamily, pad, launch);
    }
}
