package org.cosmodrome.sites;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.organizations.Organizations;
import org.cosmodrome.platform.AccessDenied;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.Role;
import org.cosmodrome.platform.RuleViolation;
import org.cosmodrome.vehicles.VehicleId;
import org.cosmodrome.vehicles.Vehicles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to pads: new pads, status transitions and the vehicles a pad supports. Each change checks everything it
 * refers to first and runs in one transaction, holding the pad's row lock, so concurrent changes of one pad are
 * applied one after the other and a transition is judged against the status it really leaves. Every change is entered
 * in the ledger in the same transaction. A signed-in user other than the spaceport operator (a lessee) changes the
 * status only of the pads its own organisation operates.
 */
@Service
public class PadRegistry {

    /** The day of a status change is the day at the cosmodrome (UTC+5), not in UTC. */
    static final ZoneId SITE_TIME = ZoneId.of("Asia/Qyzylorda");

    private final Pads pads;
    private final Vehicles vehicles;
    private final Organizations organizations;
    private final Ledger ledger;
    private final CurrentActor currentActor;
    private final Clock clock;

    PadRegistry(Pads pads, Vehicles vehicles, Organizations organizations, Ledger ledger, CurrentActor currentActor,
            Clock clock) {
        this.pads = pads;
        this.vehicles = vehicles;
        this.organizations = organizations;
        this.ledger = ledger;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * Moves a pad to another status and appends the change to its history.
     *
     * @param effectiveOn the day the change took effect; {@code null} for today at the cosmodrome
     * @throws RecordNotFound when there is no such pad
     * @throws AccessDenied when a user other than the operator changes a pad its organisation does not operate
     * @throws TransitionNotAllowed when the lifecycle forbids the move
     * @throws InvalidField when the day is before the current status began or in the future
     */
    @Transactional
    public Pad changeStatus(PadId id, PadStatus target, LocalDate effectiveOn, String reason, String recordedBy) {
        Pad pad = pads.lockById(id).orElseThrow(() -> new RecordNotFound("pad", id.value()));
        Actor actor = currentActor.get();
        if (actor.kind() == Actor.Kind.USER && !actor.has(Role.SPACEPORT_OPERATOR)
                && (pad.operator() == null || !actor.actsFor(pad.operator().value()))) {
            throw new AccessDenied("pad.not-operated-by-you",
                    "Only the spaceport operator or the pad's own operator changes the status of pad "
                            + pad.designation());
        }
        LocalDate today = LocalDate.now(clock.withZone(SITE_TIME));
        PadStatusChange change = pad.transitionTo(target, effectiveOn == null ? today : effectiveOn, today, reason,
                recordedBy, clock.instant());
        pads.appendStatusChange(change);
        ledger.append("pad.status.changed", "pad", id.value(), List.of(), change);
        return pads.findById(id).orElseThrow();
    }

    /**
     * Adds a pad in the status it has today; its history starts with that status.
     *
     * @throws RuleViolation when the id or designation is taken
     * @throws InvalidField when a vehicle or the operator is unknown
     */
    @Transactional
    public Pad register(Pad pad, String reason, String recordedBy) {
        if (pads.findById(pad.id()).isPresent()) {
            throw new RuleViolation("pad.id.taken", "designation", "A pad " + pad.designation() + " already exists");
        }
        check(pad);
        pads.insert(pad);
        pads.appendStatusChange(new PadStatusChange(pad.id(), null, pad.status(), pad.statusSince(), reason,
                clock.instant(), recordedBy));
        Pad registered = pads.findById(pad.id()).orElseThrow();
        ledger.append("pad.registered", "pad", pad.id().value(), List.of(), registered);
        return registered;
    }

    /**
     * Sets the vehicles a pad supports.
     *
     * @param expectedVersion the pad version the caller last read, or {@code null} to overwrite
     * @throws RecordNotFound when there is no such pad
     * @throws InvalidField when a vehicle is unknown
     * @throws RuleViolation when the pad changed since {@code expectedVersion}
     */
    @Transactional
    public Pad supportVehicles(PadId id, List<VehicleId> supported, Integer expectedVersion) {
        Pad current = pads.lockById(id).orElseThrow(() -> new RecordNotFound("pad", id.value()));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new RuleViolation("pad.version.stale", "version", "Pad " + current.designation()
                    + " was changed by someone else since version " + expectedVersion + "; read it again and retry");
        }
        List<VehicleId> distinct = new ArrayList<>(new LinkedHashSet<>(supported));
        checkVehicles(distinct, "vehicles");
        pads.replaceVehicles(id, distinct);
        ledger.append("pad.vehicles.set", "pad", id.value(), List.of(),
                Map.of("vehicles", distinct.stream().map(VehicleId::value).toList()));
        return pads.findById(id).orElseThrow();
    }

    void check(Pad pad) {
        checkVehicles(pad.supportedVehicles(), "supportedVehicles");
        if (pad.operator() != null && organizations.existing(List.of(pad.operator())).isEmpty()) {
            throw new InvalidField("operator", "pad.operator.unknown",
                    "operator '" + pad.operator() + "' is not a known organisation");
        }
        if (pad.statusSince().isAfter(LocalDate.now(clock.withZone(SITE_TIME)))) {
            throw new InvalidField("statusSince", "pad.status.effective-in-future",
                    "statusSince " + pad.statusSince() + " is in the future");
        }
    }

    private void checkVehicles(List<VehicleId> supported, String field) {
        Set<VehicleId> known = vehicles.existing(supported);
        for (int i = 0; i < supported.size(); i++) {
            if (!known.contains(supported.get(i))) {
                throw new InvalidField(field + "[" + i + "]", "pad.vehicle.unknown",
                        field + "[" + i + "] '" + supported.get(i) + "' is not a vehicle of the catalogue");
            }
        }
    }
}
