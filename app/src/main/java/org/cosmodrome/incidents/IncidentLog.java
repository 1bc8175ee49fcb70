package org.cosmodrome.incidents;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.RuleViolation;
import org.cosmodrome.rangesafety.RangeSafetyAnalysis;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.sites.Pads;
import org.cosmodrome.vehicles.Vehicle;
import org.cosmodrome.vehicles.VehicleId;
import org.cosmodrome.vehicles.Vehicles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records incidents and the contamination samples taken after them. Every record is checked whole before anything
 * is stored, entered in the ledger in the same transaction, and, for an incident, announced with
 * {@link IncidentRecorded} inside that transaction, once.
 */
@Service
public class IncidentLog {

    private final Incidents incidents;
    private final Vehicles vehicles;
    private final Pads pads;
    private final RangeSafetyAnalysis rangeSafety;
    private final Ledger ledger;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IncidentLog(Incidents incidents, Vehicles vehicles, Pads pads, RangeSafetyAnalysis rangeSafety, Ledger ledger,
            CurrentActor currentActor, ApplicationEventPublisher events, Clock clock) {
        this.incidents = incidents;
        this.vehicles = vehicles;
        this.pads = pads;
        this.rangeSafety = rangeSafety;
        this.ledger = ledger;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records an incident and publishes {@link IncidentRecorded}.
     *
     * @throws InvalidField when a field is missing or out of range, or names a vehicle or pad that does not exist
     * @throws RuleViolation when the id is taken
     */
    @Transactional
    public Incident record(NewIncident draft) {
        Incident incident = check(draft, now());
        if (incidents.findById(incident.id()).isPresent()) {
            throw new RuleViolation("incident.id.taken", "id", "An incident with id '" + incident.id()
                    + "' already exists");
        }
        incidents.insert(incident);
        ledger.append("incident.recorded", "incident", incident.id().value(), List.of(), incident);
        events.publishEvent(incident.recorded());
        return incidents.findById(incident.id()).orElseThrow();
    }

    /**
     * Records a sample taken after {@code incident}.
     *
     * @throws RecordNotFound when there is no such incident
     * @throws InvalidField when a field is missing or out of range
     */
    @Transactional
    public ContaminationSample recordSample(IncidentId incident, ContaminationSample draft) {
        if (incidents.findById(incident).isEmpty()) {
            throw new RecordNotFound("incident", incident.value());
        }
        Instant now = now();
        ContaminationSample sample = checkSample(new ContaminationSample(null, incident, draft.latitude(),
                draft.longitude(), draft.place(), draft.sampledOn(), draft.dateNote(), draft.medium(),
                draft.substance(), draft.measured(), draft.limit(), draft.unit(), draft.reportedExceedance(),
                draft.note(), draft.sources(), currentActor.get().user(), now), now);
        long id = incidents.insert(sample);
        ContaminationSample stored = incidents.samples(incident).stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow();
        ledger.append("sample.recorded", "incident", incident.value(), List.of(), stored);
        return stored;
    }

    /**
     * Links an incident to the range-safety analysis of its flight, set later or replacing an earlier link; entered in
     * the ledger as {@code incident.analysis.linked}.
     *
     * @throws RecordNotFound when there is no such incident
     * @throws InvalidField naming {@code rangeSafetyAnalysis} when it is missing, or no analysis the current actor may
     *         see has that id
     */
    @Transactional
    public Incident linkAnalysis(IncidentId incident, UUID analysis) {
        if (incidents.findById(incident).isEmpty()) {
            throw new RecordNotFound("incident", incident.value());
        }
        if (analysis == null) {
            throw new InvalidField("rangeSafetyAnalysis", "required", "rangeSafetyAnalysis is required");
        }
        checkAnalysis(analysis);
        incidents.linkAnalysis(incident, analysis);
        ledger.append("incident.analysis.linked", "incident", incident.value(), List.of(),
                Map.of("rangeSafetyAnalysis", analysis.toString()));
        return incidents.findById(incident).orElseThrow();
    }

    /** An analysis the current actor may not see is refused as unknown, so a link reveals nothing of it. */
    private void checkAnalysis(UUID analysis) {
        if (rangeSafety.find(analysis, currentActor.get()).isEmpty()) {
            throw new InvalidField("rangeSafetyAnalysis", "incident.analysis.unknown",
                    "there is no range-safety analysis " + analysis);
        }
    }

    /** The incident {@code draft} describes, recorded now by the current actor, if every field is acceptable. */
    Incident check(NewIncident draft, Instant now) {
        if (draft.id() == null) {
            throw new InvalidField("id", "required", "id is required");
        }
        if (draft.title() == null || draft.title().isBlank()) {
            throw new InvalidField("title", "required", "title is required");
        }
        if (draft.kind() == null) {
            throw new InvalidField("kind", "required", "kind is required");
        }
        if (draft.occurredAt() == null) {
            throw new InvalidField("occurredAt", "required", "occurredAt is required");
        }
        if (draft.occurredAt().isAfter(now)) {
            throw new InvalidField("occurredAt", "incident.occurred.future",
                    "occurredAt " + draft.occurredAt() + " is in the future");
        }
        checkPosition(draft.latitude(), draft.longitude());
        String family = draft.vehicleFamily();
        if (draft.vehicle() != null) {
            Optional<Vehicle> vehicle = vehicleOf(draft.vehicle());
            if (vehicle.isEmpty()) {
                throw new InvalidField("vehicle", "incident.vehicle.unknown",
                        "vehicle '" + draft.vehicle() + "' is not in the catalogue");
            }
            family = family == null ? vehicle.get().family() : family;
        }
        if (draft.pad() != null && padOf(draft.pad()).isEmpty()) {
            throw new InvalidField("pad", "incident.pad.unknown", "pad '" + draft.pad() + "' does not exist");
        }
        Set<String> substances = new HashSet<>();
        for (int i = 0; i < draft.propellant().size(); i++) {
            PropellantMass mass = draft.propellant().get(i);
            String at = "propellant[" + i + "]";
            if (mass.substance() == null || mass.substance().isBlank()) {
                throw new InvalidField(at + ".substance", "required", at + ".substance is required");
            }
            if (!substances.add(mass.substance().strip().toLowerCase(java.util.Locale.ROOT))) {
                throw new InvalidField(at + ".substance", "incident.propellant.duplicate",
                        "substance '" + mass.substance() + "' is listed twice");
            }
            notNegative(at + ".aboardKg", mass.aboardKg());
            notNegative(at + ".releasedKg", mass.releasedKg());
            if (mass.aboardKg() != null && mass.releasedKg() != null
                    && mass.releasedKg().compareTo(mass.aboardKg()) > 0) {
                throw new InvalidField(at + ".releasedKg", "incident.propellant.released-above-aboard",
                        at + ".releasedKg is more than was aboard");
            }
        }
        notNegative("affectedAreaKm2", draft.affectedAreaKm2());
        if (draft.rangeSafetyAnalysis() != null) {
            checkAnalysis(draft.rangeSafetyAnalysis());
        }
        return draft.toIncident(family, currentActor.get().user(), now);
    }

    ContaminationSample checkSample(ContaminationSample s, Instant now) {
        checkPosition(s.latitude(), s.longitude());
        if (s.substance() == null || s.substance().isBlank()) {
            throw new InvalidField("substance", "required", "substance is required");
        }
        if (s.sampledOn() != null && s.sampledOn().isAfter(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC)
                .plusDays(1))) {
            throw new InvalidField("sampledOn", "sample.date.future", "sampledOn is in the future");
        }
        if (s.measured() == null && s.reportedExceedance() == null) {
            throw new InvalidField("measured", "required", "measured (with limit and unit) is required");
        }
        if (s.measured() != null) {
            notNegative("measured", s.measured());
            if (s.limit() == null) {
                throw new InvalidField("limit", "required", "limit is required with measured");
            }
            if (s.limit().signum() <= 0) {
                throw new InvalidField("limit", "sample.limit.not-positive", "limit must be more than 0");
            }
            if (s.unit() == null || s.unit().isBlank()) {
                throw new InvalidField("unit", "required", "unit is required with measured");
            }
        } else if (s.limit() != null || s.unit() != null) {
            throw new InvalidField("measured", "required", "measured is required with limit and unit");
        }
        notNegative("reportedExceedance", s.reportedExceedance());
        return s;
    }

    private Optional<Vehicle> vehicleOf(String id) {
        try {
            return vehicles.findById(VehicleId.of(id));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private Optional<?> padOf(String id) {
        try {
            return pads.findById(PadId.of(id));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static void checkPosition(Double latitude, Double longitude) {
        if ((latitude == null) != (longitude == null)) {
            throw new InvalidField(latitude == null ? "latitude" : "longitude", "required",
                    "latitude and longitude go together");
        }
        if (latitude != null && (latitude < -90 || latitude > 90)) {
            throw new InvalidField("latitude", "out-of-range", "latitude must be between -90 and 90");
        }
        if (longitude != null && (longitude < -180 || longitude > 180)) {
            throw new InvalidField("longitude", "out-of-range", "longitude must be between -180 and 180");
        }
    }

    private static void notNegative(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new InvalidField(field, "negative", field + " must be 0 or more");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
