package org.cosmodrome.incidents;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a caller records about an incident; {@link Incident} documents the fields. {@code rangeSafetyAnalysis}, when
 * given, must name an analysis the recorder may see. {@code vehicleFamily} may be left
 * {@code null} when {@code vehicle} is given: it is then taken from the vehicle catalogue.
 */
public record NewIncident(IncidentId id, String title, IncidentKind kind, Instant occurredAt, String timeNote,
        Double latitude, Double longitude, String place, String vehicle, String vehicleFamily, String pad,
        String launch, UUID rangeSafetyAnalysis, List<PropellantMass> propellant, BigDecimal affectedAreaKm2,
        String narrative, String confidence, List<String> sources) {

    public NewIncident {
        propellant = propellant == null ? List.of() : List.copyOf(propellant);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    Incident toIncident(String family, String recordedBy, Instant recordedAt) {
        return new Incident(id, title, kind, occurredAt, timeNote, latitude, longitude, place, vehicle, family, pad,
                launch, rangeSafetyAnalysis, propellant, affectedAreaKm2, narrative, confidence, sources, recordedBy,
                recordedAt);
    }
}
