package org.cosmodrome.manifest;

import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.organizations.Organizations;
import org.cosmodrome.permits.DropZonePermits;
import org.cosmodrome.platform.AccessDenied;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.Role;
import org.cosmodrome.platform.RuleViolation;
import org.cosmodrome.rangesafety.Corridor;
import org.cosmodrome.rangesafety.DropZoneId;
import org.cosmodrome.rangesafety.RangeGeography;
import org.cosmodrome.sites.Pad;
import org.cosmodrome.sites.Pads;
import org.cosmodrome.vehicles.Vehicles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Launch requests and the changes of launches: new requests, status changes and NET changes. Each change runs in one
 * transaction holding the launch's row lock, appends to the launch's history and enters the ledger, with the launch's
 * organisation as the entry's tenant, and publishes its {@link LaunchEvent} in that transaction.
 * <p>
 * Who may do what: a tenant (launch provider or lessee) requests launches for its own organisation, and holds or
 * cancels them; the spaceport operator makes any change the lifecycle allows; the host authority suspends launches
 * and lifts its suspensions. A launch another organisation owns is answered as not found, as if it did not exist.
 */
@Service
public class Manifest {

    private final Launches launches;
    private final Vehicles vehicles;
    private final Pads pads;
    private final Organizations organizations;
    private final Ledger ledger;
    private final RangeGeography geography;
    private final DropZonePermits dropZones;
    private final CurrentActor currentActor;
    private final LaunchEvents events;
    private final Clock clock;
    private final RandomGenerator random = RandomGenerator.of("L64X128MixRandom");

    Manifest(Launches launches, Vehicles vehicles, Pads pads, Organizations organizations, Ledger ledger,
            RangeGeography geography, DropZonePermits dropZones, CurrentActor currentActor, LaunchEvents events,
            Clock clock) {
        this.launches = launches;
        this.vehicles = vehicles;
        this.pads = pads;
        this.organizations = organizations;
        this.ledger = ledger;
        this.geography = geography;
        this.dropZones = dropZones;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What the current actor may see of a launch.
     *
     * @return empty when there is no such launch, or it is another organisation's and not on the public manifest
     */
    public Optional<LaunchSight> sight(LaunchId id) {
        Actor actor = currentActor.get();
        return launches.findById(id).flatMap(launch -> {
            if (actor.sees(List.of(launch.organization().value()))) {
                return Optional.of(new LaunchSight.Full(launch));
            }
            return launch.isPublic() ? Optional.of(new LaunchSight.PublicOnly(launch)) : Optional.empty();
        });
    }

    /**
     * The launch with all its fields, for those who may see them.
     *
     * @throws RecordNotFound when there is no such launch or the actor may not see its private fields
     */
    public Launch visible(LaunchId id) {
        return sight(id).filter(LaunchSight.Full.class::isInstance).map(LaunchSight::launch)
                .orElseThrow(() -> new RecordNotFound("launch", id.value()));
    }

    /**
     * Stores a new request, in status {@link LaunchStatus#REQUESTED}.
     *
     * @param id the id to give it, or {@code null} to make one from the mission name
     * @throws InvalidField when the vehicle, pad or organisation is unknown, or the pad does not support the vehicle
     * @throws AccessDenied when a tenant asks on behalf of another organisation
     * @throws RuleViolation when the id is taken
     */
    @Transactional
    public Launch request(LaunchId id, LaunchDraft draft) {
        Actor actor = currentActor.get();
        OrganizationId organization = tenantOf(draft, actor);
        check(draft);
        LaunchId launchId = id != null ? id : newId(draft.mission());
        if (launches.findById(launchId).isPresent()) {
            throw new RuleViolation("launch.id.taken", "id", "A launch " + launchId + " already exists");
        }
        Launch launch = new Launch(launchId, organization, draft.mission().strip(), draft.payload().strip(),
                draft.payloadMassKg(), draft.vehicle(), draft.orbit(), draft.window(), draft.priority(),
                draft.fixedPad(), LaunchStatus.REQUESTED, ReasonCode.REQUESTED, null, null, null, List.of(),
                clock.instant(), 0);
        launches.insert(launch);
        launches.appendStatusChange(new LaunchStatusChange(launchId, null, LaunchStatus.REQUESTED,
                ReasonCode.REQUESTED, null, clock.instant(), actor.user()));
        Launch stored = launches.findById(launchId).orElseThrow();
        ledger.append("launch.requested", "launch", launchId.value(), List.of(organization.value()), stored);
        events.created(stored);
        return stored;
    }

    /**
     * Checks a draft's references: the vehicle, the fixed pad and whether it supports the vehicle.
     *
     * @throws InvalidField naming the field that refers to nothing, or to a pad that does not fit
     */
    public void check(LaunchDraft draft) {
        if (draft.mission() == null || draft.mission().isBlank()) {
            throw new InvalidField("mission", "launch.mission.required", "mission is required");
        }
        if (draft.payload() == null || draft.payload().isBlank()) {
            throw new InvalidField("payload", "launch.payload.required", "payload is required");
        }
        if (!(draft.payloadMassKg() > 0)) {
            throw new InvalidField("payloadMassKg", "launch.payload-mass.not-positive",
                    "payloadMassKg must be above 0 kg, was " + draft.payloadMassKg());
        }
        if (vehicles.existing(List.of(draft.vehicle())).isEmpty()) {
            throw new InvalidField("vehicle", "launch.vehicle.unknown",
                    "vehicle '" + draft.vehicle() + "' is not a vehicle of the catalogue");
        }
        if (draft.fixedPad() != null) {
            Pad pad = pads.findById(draft.fixedPad()).orElseThrow(() -> new InvalidField("fixedPad",
                    "launch.pad.unknown", "fixedPad '" + draft.fixedPad() + "' is not a pad of the cosmodrome"));
            if (!pad.supportedVehicles().contains(draft.vehicle())) {
                throw new InvalidField("fixedPad", "launch.pad.vehicle-not-supported",
                        "pad " + pad.designation() + " does not support " + draft.vehicle());
            }
        }
    }

    /**
     * Moves a launch to another status. A launch that goes {@link LaunchStatus#IN_FLIGHT} has flown: the drop zones
     * of its corridor record its use, and charge it, in the same transaction.
     *
     * @param expectedVersion the version the caller last read, or {@code null} to change whatever is there
     * @throws RecordNotFound when there is no such launch or it is another organisation's
     * @throws AccessDenied when the actor's role may not make this change
     * @throws LaunchTransitionNotAllowed when the lifecycle forbids it
     * @throws RuleViolation when the launch changed since {@code expectedVersion}
     */
    @Transactional
    public Launch changeStatus(LaunchId id, LaunchStatus target, ReasonCode reason, String note,
            Integer expectedVersion) {
        Actor actor = currentActor.get();
        Launch launch = lockVisible(id, actor, expectedVersion);
        if (!mayChangeStatus(actor, launch, target)) {
            throw new AccessDenied("launch.status.not-yours-to-change", "You may not move launch " + id + " to "
                    + target + ": the operator makes every change, the host authority suspends, and a tenant holds"
                    + " or cancels its own launches");
        }
        LaunchStatusChange change = launch.transitionTo(target, reason, blankToNull(note), clock.instant(),
                actor.user());
        launches.appendStatusChange(change);
        if (target == LaunchStatus.CANCELLED || target == LaunchStatus.REQUESTED) {
            launches.place(id, null, null, launch.explanation());
        }
        ledger.append("launch.status.changed", "launch", id.value(), List.of(launch.organization().value()),
                change);
        if (target == LaunchStatus.IN_FLIGHT) {
            recordDropZoneUses(launch, change.recordedAt());
        }
        events.statusChanged(launch, change);
        return launches.findById(id).orElseThrow();
    }

    /**
     * Sets a launch's NET and appends the change, classed against the NET before, to its NET history.
     *
     * @throws RecordNotFound when there is no such launch or it is another organisation's
     * @throws AccessDenied when the actor is neither the operator nor the launch's tenant
     * @throws InvalidField when the NET is unchanged
     * @throws RuleViolation when the launch is final, or changed since {@code expectedVersion}
     */
    @Transactional
    public NetChange changeNet(LaunchId id, Net net, ReasonCode reason, Integer expectedVersion) {
        Actor actor = currentActor.get();
        Launch launch = lockVisible(id, actor, expectedVersion);
        if (actor.kind() == Actor.Kind.USER && !actor.has(Role.SPACEPORT_OPERATOR)
                && !actor.actsFor(launch.organization().value())) {
            throw new AccessDenied("launch.net.not-yours-to-change",
                    "Only the spaceport operator or the launch's tenant changes its NET");
        }
        if (launch.status().isFinal() || launch.status() == LaunchStatus.IN_FLIGHT) {
            throw new RuleViolation("launch.net.final", "net", "Launch " + id + " is " + launch.status()
                    + "; its NET no longer changes");
        }
        NetChange change = launch.netChange(net, reason, clock.instant(), actor.user());
        launches.appendNetChange(change);
        ledger.append("launch.net.changed", "launch", id.value(), List.of(launch.organization().value()), change);
        events.netChanged(launch, change);
        return change;
    }

    /**
     * Records the use of the zones the launch's corridor drops stages in. Its time is its NET when the NET is given
     * to the minute or second (the announced lift-off), otherwise the moment it was recorded in flight. A launch
     * without a corridor of its vehicle and inclination uses no zone that is known.
     */
    private void recordDropZoneUses(Launch launch, Instant recordedInFlight) {
        List<String> zones = geography.corridorFor(launch.vehicle(), launch.orbit().inclination())
                .map(Corridor::dropZones).orElse(List.of()).stream().map(DropZoneId::value).toList();
        if (zones.isEmpty()) {
            return;
        }
        Net net = launch.net();
        Instant launchedAt = net != null && (net.precision() == NetPrecision.SECOND
                || net.precision() == NetPrecision.MINUTE) ? net.at() : recordedInFlight;
        dropZones.recordUse(launch.id().value(), zones, launchedAt,
                launchedAt.atZone(NetPrecision.SITE_TIME).toLocalDate());
    }

    private Launch lockVisible(LaunchId id, Actor actor, Integer expectedVersion) {
        Launch launch = launches.lockById(id).filter(l -> actor.sees(List.of(l.organization().value())))
                .orElseThrow(() -> new RecordNotFound("launch", id.value()));
        if (expectedVersion != null && expectedVersion != launch.version()) {
            throw new RuleViolation("launch.version.stale", "version", "Launch " + id
                    + " was changed by someone else since version " + expectedVersion + "; read it again and retry");
        }
        return launch;
    }

    /** Whether {@code actor} may move {@code launch} to {@code target}, the lifecycle aside. */
    static boolean mayChangeStatus(Actor actor, Launch launch, LaunchStatus target) {
        if (actor.kind() == Actor.Kind.SYSTEM || actor.has(Role.SPACEPORT_OPERATOR)) {
            return true;
        }
        if (actor.has(Role.HOST_AUTHORITY) && (target == LaunchStatus.SUSPENDED
                || launch.status() == LaunchStatus.SUSPENDED)) {
            return true;
        }
        boolean tenant = actor.actsFor(launch.organization().value())
                && (actor.has(Role.LAUNCH_PROVIDER) || actor.has(Role.LESSEE));
        return tenant && (target == LaunchStatus.HOLD || target == LaunchStatus.CANCELLED
                || (launch.status() == LaunchStatus.HOLD && target == LaunchStatus.REQUESTED));
    }

    /** The statuses {@code actor} may move {@code launch} to now. */
    public List<LaunchStatus> nextFor(Launch launch) {
        Actor actor = currentActor.get();
        return launch.status().next().stream().filter(s -> mayChangeStatus(actor, launch, s)).toList();
    }

    private OrganizationId tenantOf(LaunchDraft draft, Actor actor) {
        OrganizationId own = actor.organization() == null ? null : new OrganizationId(actor.organization());
        OrganizationId asked = draft.organization();
        if (asked == null) {
            if (own == null) {
                throw new InvalidField("organization", "launch.organization.required", "organization is required");
            }
            return own;
        }
        if (actor.kind() == Actor.Kind.USER && !actor.has(Role.SPACEPORT_OPERATOR) && !asked.equals(own)) {
            throw new AccessDenied("launch.organization.not-yours",
                    "A tenant requests launches for its own organisation only");
        }
        if (organizations.existing(List.of(asked)).isEmpty()) {
            throw new InvalidField("organization", "launch.organization.unknown",
                    "organization '" + asked + "' is not a known organisation");
        }
        return asked;
    }

    private LaunchId newId(String mission) {
        String slug = mission == null ? "" : mission.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        String suffix = HexFormat.of().toHexDigits(random.nextInt()).substring(0, 6);
        return new LaunchId((slug.isEmpty() ? "launch" : slug) + "-" + suffix);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
