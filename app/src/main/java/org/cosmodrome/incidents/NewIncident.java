package org.cosmodrome.incidents;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a caller records about an incident; {@link Incident} documents the fields. {@code vehicleFamily} may be left
 * {@code null} when {@code vehicle} is given: it is then taken from the vehicle catalogue.
 */
public record NewIncident(IncidentId id, String title, IncidentKind kind, Instant occurredAt, String timeNote,
        Double latitude, Double longitude, String place, String vehicle, String vehicleFamily, String pad,
        String launch, List<PropellantMass> propellant, BigDecimal affectedAreaKm2, String narrative,
        String confidence, List<String> sources) {

    public NewIncident {
        propellant = propellant == null ? List.of() : List.copyOf(propellant);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    Incident toIncident(String family, String recordedBy, Instant recordedAt) {
        return new Incident(id, title, kind, occurredAt, timeNote, latitude, longitude, place, vehicle, family, pad,
                launch, propellant, affectedAreaKm2, narrative, confidence, sources, recordedBy, recordedAt);
    }
}
