package org.cosmodrome.vehicles;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and revises vehicles. Every write checks the whole record first, so nothing is half-written.
 */
@Service
public class VehicleCatalog {

    private final Vehicles vehicles;
    private final Ledger ledger;

    VehicleCatalog(Vehicles vehicles, Ledger ledger) {
        this.vehicles = vehicles;
        this.ledger = ledger;
    }

    /**
     * Adds a vehicle to the catalogue.
     *
     * @throws InvalidField when the draft is inconsistent (no stages, stage positions with gaps, ...)
     * @throws RuleViolation when the id or the name is taken
     */
    @Transactional
    public Vehicle register(VehicleId id, VehicleDraft draft) {
        check(draft);
        if (vehicles.findById(id).isPresent()) {
            throw new RuleViolation("vehicle.id.taken", "id", "A vehicle with id '" + id + "' already exists");
        }
        if (vehicles.nameTakenByAnother(draft.name(), id)) {
            throw new RuleViolation("vehicle.name.taken", "name",
                    "A vehicle named '" + draft.name().strip() + "' already exists");
        }
        Vehicle vehicle = draft.toVehicle(id, 0);
        vehicles.insert(vehicle);
        ledger.append("vehicle.registered", "vehicle", id.value(), List.of(), vehicle);
        return vehicles.findById(id).orElseThrow();
    }

    /**
     * Replaces a vehicle's record.
     *
     * @param expectedVersion the version the caller last read, or {@code null} to overwrite whatever is stored
     * @throws RecordNotFound when there is no such vehicle
     * @throws RuleViolation when the record changed since {@code expectedVersion}, or the name is taken
     */
    @Transactional
    public Vehicle revise(VehicleId id, VehicleDraft draft, Integer expectedVersion) {
        check(draft);
        Vehicle current = vehicles.findById(id).orElseThrow(() -> new RecordNotFound("vehicle", id.value()));
        if (vehicles.nameTakenByAnother(draft.name(), id)) {
            throw new RuleViolation("vehicle.name.taken", "name",
                    "A vehicle named '" + draft.name().strip() + "' already exists");
        }
        int version = expectedVersion == null ? current.version() : expectedVersion;
        if (!vehicles.update(draft.toVehicle(id, version), version)) {
            throw new RuleViolation("vehicle.version.stale", "version", "Vehicle '" + id
                    + "' was changed by someone else since version " + version + "; read it again and retry");
        }
        Vehicle revised = vehicles.findById(id).orElseThrow();
        ledger.append("vehicle.revised", "vehicle", id.value(), List.of(), revised);
        return revised;
    }

    static void check(VehicleDraft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw new InvalidField("name", "required", "name is required");
        }
        if (draft.status() == null) {
            throw new InvalidField("status", "required", "status is required");
        }
        if (draft.country() != null && !draft.country().matches("[A-Za-z]{2}")) {
            throw new InvalidField("country", "vehicle.country.malformed",
                    "country is a two-letter code (ISO 3166-1 alpha-2, or SU), was '" + draft.country() + "'");
        }
        positive("liftoffMassTonnes", draft.liftoffMassTonnes());
        positive("leoPayloadTonnes", draft.leoPayloadTonnes());
        positive("gtoPayloadTonnes", draft.gtoPayloadTonnes());
        List<Stage> stages = draft.stages();
        if (stages.isEmpty()) {
            throw new InvalidField("stages", "vehicle.stages.empty", "a vehicle has at least one stage");
        }
        Set<String> names = new HashSet<>();
        int highestMandatory = 0;
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            String at = "stages[" + i + "]";
            if (stage.position() < 1 || stage.position() > 9) {
                throw new InvalidField(at + ".position", "vehicle.stage.position.out-of-range",
                        at + ".position must be between 1 and 9, was " + stage.position());
            }
            if (stage.name() == null || stage.name().isBlank()) {
                throw new InvalidField(at + ".name", "required", at + ".name is required");
            }
            if (!names.add(stage.name().strip().toLowerCase())) {
                throw new InvalidField(at + ".name", "vehicle.stage.name.duplicate",
                        at + ".name '" + stage.name() + "' is used by another stage");
            }
            if (stage.fuel() == null || stage.fuel().isBlank()) {
                throw new InvalidField(at + ".fuel", "required", at + ".fuel is required");
            }
            if (stage.propellantClass() == null) {
                throw new InvalidField(at + ".propellantClass", "required", at + ".propellantClass is required");
            }
            if (!stage.optional()) {
                highestMandatory = Math.max(highestMandatory, stage.position());
            }
        }
        if (highestMandatory == 0) {
            throw new InvalidField("stages", "vehicle.stages.all-optional", "at least one stage must fly every time");
        }
        for (int position = 1; position <= highestMandatory; position++) {
            int wanted = position;
            if (stages.stream().noneMatch(s -> s.position() == wanted)) {
                throw new InvalidField("stages", "vehicle.stages.gap",
                        "stage positions must run from 1 without gaps; position " + position + " is missing");
            }
        }
    }

    private static void positive(String field, BigDecimal value) {
        if (value != null && value.signum() <= 0) {
            throw new InvalidField(field, "positive", field + " must be greater than 0, was " + value);
        }
    }
}
