package org.cosmodrome.permits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.RuleViolation;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.sites.Pads;
import org.cosmodrome.vehicles.Vehicle;
import org.cosmodrome.vehicles.VehicleFilter;
import org.cosmodrome.vehicles.Vehicles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imposes suspensions, ticks off their lifting conditions and lifts them. Each change is one transaction with its
 * ledger entry and its event ({@link SuspensionImposed}, {@link SuspensionLifted}); ticking off the last open
 * condition lifts the suspension in the same transaction. Who may call what is the endpoint rules' business.
 */
@Service
public class SuspensionAuthority {

    private final Suspensions suspensions;
    private final Vehicles vehicles;
    private final Pads pads;
    private final Ledger ledger;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SuspensionAuthority(Suspensions suspensions, Vehicles vehicles, Pads pads, Ledger ledger,
            CurrentActor currentActor, ApplicationEventPublisher events, Clock clock) {
        this.suspensions = suspensions;
        this.vehicles = vehicles;
        this.pads = pads;
        this.ledger = ledger;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
    }

    /** A condition asked for: {@code description} is required for {@link ConditionKind#OTHER}. */
    public record ConditionRequest(ConditionKind kind, String description) {
    }

    /**
     * What to suspend.
     *
     * @param plannedEnd the last day (inclusive), or {@code null} until lifted
     * @param conditions the lifting conditions; {@code null} for {@link ConditionKind#STANDARD}, empty for none (then
     *        only the authority lifts it, or its planned end ends it)
     * @param incident the incident that caused it, or {@code null}
     */
    public record Order(SuspensionScope scope, String family, String pad, LocalDate start, LocalDate plannedEnd,
            String reason, List<ConditionRequest> conditions, String incident) {
    }

    /**
     * Imposes a suspension in the name of the current actor's organisation.
     *
     * @throws InvalidField naming {@code family}, {@code pad}, {@code end} or {@code conditions[i].description}
     */
    @Transactional
    public Suspension impose(Order order) {
        Actor actor = currentActor.get();
        return impose(order, actor.organization(), actor.user());
    }

    Suspension impose(Order order, String imposedBy, String recordedBy) {
        SuspensionScope scope = order.scope() == null ? SuspensionScope.FAMILY : order.scope();
        String family = null;
        String pad = null;
        switch (scope) {
            case FAMILY -> family = checkedFamily(order.family());
            case PAD -> pad = checkedPad(order.pad());
            case SITE -> { }
        }
        if (order.plannedEnd() != null && order.plannedEnd().isBefore(order.start())) {
            throw new InvalidField("end", "suspension.end-before-start",
                    "end " + order.plannedEnd() + " is before start " + order.start());
        }
        List<ConditionRequest> asked = order.conditions() == null
                ? ConditionKind.STANDARD.stream().map(k -> new ConditionRequest(k, null)).toList()
                : order.conditions();
        List<LiftingCondition> conditions = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            ConditionRequest c = asked.get(i);
            String description = c.description() == null || c.description().isBlank() ? null
                    : c.description().strip();
            if (c.kind() == null) {
                throw new InvalidField("conditions[" + i + "].kind", "suspension.condition.kind-required",
                        "a condition needs a kind");
            }
            if (c.kind() == ConditionKind.OTHER && description == null) {
                throw new InvalidField("conditions[" + i + "].description",
                        "suspension.condition.description-required", "a condition of kind OTHER needs a description");
            }
            conditions.add(new LiftingCondition(i + 1, c.kind(), description, null, null, null));
        }
        Suspension suspension = new Suspension("suspension-" + UUID.randomUUID().toString().substring(0, 8), scope,
                family, pad, order.start(), order.plannedEnd(), order.reason(), imposedBy, order.incident(),
                Suspension.Status.ACTIVE, conditions, null, null, null, clock.instant(), recordedBy);
        suspensions.insert(suspension);
        ledger.append("suspension.imposed", "suspension", suspension.id(), List.of(), suspension);
        events.publishEvent(new SuspensionImposed(suspension.id(), scope, family, pad, suspension.start(),
                suspension.plannedEnd(), suspension.incident()));
        return suspension;
    }

    /**
     * Ticks off one condition with its evidence; the suspension lifts when it was the last open one.
     *
     * @param number the condition's number, 1 for the first
     * @throws RecordNotFound when there is no such suspension or condition
     * @throws RuleViolation {@code suspension.lifted} or {@code suspension.condition.met} when there is nothing to tick
     */
    @Transactional
    public Suspension tick(String id, int number, String evidence) {
        Suspension suspension = suspensions.lockById(id).orElseThrow(() -> new RecordNotFound("suspension", id));
        LiftingCondition condition = suspension.conditions().stream().filter(c -> c.number() == number).findFirst()
                .orElseThrow(() -> new RecordNotFound("lifting condition", id + "/" + number));
        if (!suspension.active()) {
            throw new RuleViolation("suspension.lifted", null, "suspension " + id + " is already lifted");
        }
        if (condition.met()) {
            throw new RuleViolation("suspension.condition.met", null,
                    "condition " + number + " of suspension " + id + " is already met");
        }
        Actor actor = currentActor.get();
        Instant now = clock.instant();
        LiftingCondition met = condition.ticked(evidence, now, actor.user());
        suspensions.tick(id, met);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("condition", number);
        entry.put("kind", met.kind().name());
        entry.put("evidence", evidence);
        ledger.append("suspension.condition.met", "suspension", id, List.of(), entry);
        Suspension after = suspensions.findById(id).orElseThrow();
        if (after.allConditionsMet()) {
            lift(after, now, actor.user(), "Every lifting condition is met.", true);
            return suspensions.findById(id).orElseThrow();
        }
        return after;
    }

    /**
     * Lifts a suspension whatever its conditions, as the host authority may.
     *
     * @throws RecordNotFound when there is no such suspension
     * @throws RuleViolation {@code suspension.lifted} when it is already lifted
     */
    @Transactional
    public Suspension lift(String id, String reason) {
        Suspension suspension = suspensions.lockById(id).orElseThrow(() -> new RecordNotFound("suspension", id));
        if (!suspension.active()) {
            throw new RuleViolation("suspension.lifted", null, "suspension " + id + " is already lifted");
        }
        lift(suspension, clock.instant(), currentActor.get().user(), reason, false);
        return suspensions.findById(id).orElseThrow();
    }

    private void lift(Suspension suspension, Instant at, String by, String reason, boolean byConditions) {
        suspensions.lift(suspension.id(), at, by, reason);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("reason", reason);
        entry.put("byConditions", byConditions);
        ledger.append("suspension.lifted", "suspension", suspension.id(), List.of(), entry);
        events.publishEvent(new SuspensionLifted(suspension.id(), suspension.scope(), suspension.family(),
                suspension.pad(), at, byConditions));
    }

    /** The family, stripped, if the catalogue has it; else {@link InvalidField} naming {@code family}. */
    String checkedFamily(String family) {
        if (family == null || family.isBlank()) {
            throw new InvalidField("family", "suspension.family-required", "a family suspension needs a family");
        }
        String name = family.strip();
        boolean known = vehicles.find(VehicleFilter.none(), PageQuery.all()).items().stream().map(Vehicle::family)
                .anyMatch(name::equals);
        if (!known) {
            throw new InvalidField("family", "suspension.family-unknown", "no vehicle of the catalogue is of family "
                    + name);
        }
        return name;
    }

    /** The pad's id if the pad exists; else {@link InvalidField} naming {@code pad}. */
    String checkedPad(String pad) {
        if (pad == null || pad.isBlank()) {
            throw new InvalidField("pad", "suspension.pad-required", "a pad suspension needs a pad");
        }
        PadId id = PadId.of(pad.strip());
        if (pads.findById(id).isEmpty()) {
            throw new InvalidField("pad", "suspension.pad-unknown", "there is no pad " + pad);
        }
        return id.value();
    }
}
