package org.cosmodrome.permits;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.RuleViolation;
import org.cosmodrome.vehicles.Vehicle;
import org.cosmodrome.vehicles.VehicleFilter;
import org.cosmodrome.vehicles.Vehicles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The flow of annual launch plans: the lessee submits a plan for a year (a newer version supersedes one still waiting,
 * and amends an approved one), the host authority approves it in full, in part or refuses it. Each step is one
 * transaction with its ledger entry; a plan is private to its lessee, the host authority and auditors.
 */
@Service
public class LaunchPlanApproval {

    /** The hazard classes a plan line may count, as the scheduler classes vehicles. */
    public static final Set<String> HAZARD_CLASSES = Set.of("TOXIC", "NON_TOXIC");

    private final LaunchPlans plans;
    private final Vehicles vehicles;
    private final Ledger ledger;
    private final CurrentActor currentActor;
    private final Clock clock;

    LaunchPlanApproval(LaunchPlans plans, Vehicles vehicles, Ledger ledger, CurrentActor currentActor, Clock clock) {
        this.plans = plans;
        this.vehicles = vehicles;
        this.ledger = ledger;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** A line asked for: a family, a hazard class, or both, and how many launches. */
    public record LineRequest(String family, String hazardClass, int requested) {
    }

    /** The host authority's answer to one line: {@code approved} launches, and why fewer when fewer. */
    public record LineDecision(int line, int approved, String reason) {
    }

    /**
     * Submits the current actor's organisation's plan for a year, as a new version.
     *
     * @throws InvalidField naming {@code lines}, {@code lines[i].family} or {@code lines[i].hazardClass}
     */
    @Transactional
    public LaunchPlan submit(int year, String note, List<LineRequest> requested) {
        Actor actor = currentActor.get();
        if (actor.organization() == null) {
            throw new InvalidField("lessee", "launch-plan.lessee-required", "a plan is submitted for an organisation");
        }
        if (requested == null || requested.isEmpty()) {
            throw new InvalidField("lines", "launch-plan.lines-required", "a plan asks for at least one line");
        }
        Set<String> families = new HashSet<>(vehicles.find(VehicleFilter.none(), PageQuery.all()).items().stream()
                .map(Vehicle::family).toList());
        Set<String> seen = new HashSet<>();
        List<LaunchPlan.Line> lines = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            LineRequest r = requested.get(i);
            String family = blankToNull(r.family());
            String hazardClass = blankToNull(r.hazardClass());
            String path = "lines[" + i + "]";
            if (family == null && hazardClass == null) {
                throw new InvalidField(path + ".family", "launch-plan.line.subject-required",
                        "a line counts a family, a hazard class or both");
            }
            if (family != null && !families.contains(family)) {
                throw new InvalidField(path + ".family", "launch-plan.line.family-unknown",
                        "no vehicle of the catalogue is of family " + family);
            }
            if (hazardClass != null && !HAZARD_CLASSES.contains(hazardClass)) {
                throw new InvalidField(path + ".hazardClass", "launch-plan.line.hazard-class-unknown",
                        "the hazard class is TOXIC or NON_TOXIC, not " + hazardClass);
            }
            if (r.requested() < 0) {
                throw new InvalidField(path + ".requested", "launch-plan.line.requested-negative",
                        "launches requested cannot be negative");
            }
            if (!seen.add(family + "|" + hazardClass)) {
                throw new InvalidField(path + ".family", "launch-plan.line.duplicate",
                        "another line already counts " + (family == null ? "" : family + " ")
                                + (hazardClass == null ? "" : hazardClass));
            }
            lines.add(new LaunchPlan.Line(i + 1, family, hazardClass, r.requested(), null, null));
        }
        plans.lockYear(actor.organization(), year);
        List<LaunchPlan> versions = plans.versions(actor.organization(), year);
        for (LaunchPlan waiting : versions) {
            if (waiting.status() == LaunchPlan.Status.SUBMITTED) {
                plans.supersede(waiting.id());
                ledger.append("launch-plan.superseded", "launch-plan", waiting.id(), List.of(waiting.lessee()),
                        Map.of("year", year, "version", waiting.version()));
            }
        }
        int version = versions.isEmpty() ? 1 : versions.get(0).version() + 1;
        LaunchPlan plan = new LaunchPlan("plan-" + year + "-" + actor.organization() + "-v" + version,
                actor.organization(), year, version, LaunchPlan.Status.SUBMITTED, blankToNull(note), lines,
                clock.instant(), actor.user(), null, null, null);
        plans.insert(plan);
        ledger.append("launch-plan.submitted", "launch-plan", plan.id(), List.of(plan.lessee()), plan);
        return plan;
    }

    /** Approves every line as asked. */
    @Transactional
    public LaunchPlan approve(String id, String reason) {
        LaunchPlan plan = waiting(id);
        return decide(plan, plan.lines().stream().map(l -> l.decided(l.requested(), null)).toList(), reason);
    }

    /**
     * Approves some lines for fewer launches than asked; lines not named are approved as asked.
     *
     * @throws InvalidField naming {@code lines[i].line} (no such line, or named twice) or {@code lines[i].approved}
     *         (negative, or more than asked)
     */
    @Transactional
    public LaunchPlan approveInPart(String id, List<LineDecision> decisions, String reason) {
        LaunchPlan plan = waiting(id);
        if (decisions == null || decisions.isEmpty()) {
            throw new InvalidField("lines", "launch-plan.decision.lines-required",
                    "a partial approval says how many launches of which line are approved");
        }
        Map<Integer, LineDecision> byLine = new LinkedHashMap<>();
        for (int i = 0; i < decisions.size(); i++) {
            LineDecision d = decisions.get(i);
            String path = "lines[" + i + "]";
            LaunchPlan.Line line = plan.lines().stream().filter(l -> l.number() == d.line()).findFirst()
                    .orElseThrow(() -> new InvalidField(path + ".line", "launch-plan.decision.line-unknown",
                            "plan " + id + " has no line " + d.line()));
            if (byLine.put(d.line(), d) != null) {
                throw new InvalidField(path + ".line", "launch-plan.decision.line-twice",
                        "line " + d.line() + " is decided twice");
            }
            if (d.approved() < 0 || d.approved() > line.requested()) {
                throw new InvalidField(path + ".approved", "launch-plan.decision.approved-out-of-range",
                        "line " + d.line() + " asks for " + line.requested() + " launches; approved must be 0 to "
                                + line.requested() + ", not " + d.approved());
            }
        }
        List<LaunchPlan.Line> lines = plan.lines().stream().map(l -> {
            LineDecision d = byLine.get(l.number());
            return d == null ? l.decided(l.requested(), null) : l.decided(d.approved(), blankToNull(d.reason()));
        }).toList();
        return decide(plan, lines, reason);
    }

    /** Refuses the plan: nothing of it is approved. */
    @Transactional
    public LaunchPlan refuse(String id, String reason) {
        LaunchPlan plan = waiting(id);
        if (blankToNull(reason) == null) {
            throw new InvalidField("reason", "launch-plan.refusal.reason-required", "a refusal gives its reason");
        }
        return decide(plan, plan.lines().stream().map(l -> l.decided(0, null)).toList(), reason, true);
    }

    private LaunchPlan decide(LaunchPlan plan, List<LaunchPlan.Line> lines, String reason) {
        return decide(plan, lines, reason, false);
    }

    private LaunchPlan decide(LaunchPlan plan, List<LaunchPlan.Line> lines, String reason, boolean refused) {
        boolean full = lines.stream().allMatch(l -> l.approved() == l.requested());
        LaunchPlan.Status status = refused ? LaunchPlan.Status.REFUSED
                : full ? LaunchPlan.Status.APPROVED : LaunchPlan.Status.PARTIALLY_APPROVED;
        Instant now = clock.instant();
        LaunchPlan decided = new LaunchPlan(plan.id(), plan.lessee(), plan.year(), plan.version(), status,
                plan.note(), lines, plan.submittedAt(), plan.submittedBy(), now, currentActor.get().user(),
                blankToNull(reason));
        plans.decide(decided);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("status", status.name());
        entry.put("reason", decided.decisionReason());
        entry.put("lines", lines);
        ledger.append("launch-plan.decided", "launch-plan", plan.id(), List.of(plan.lessee()), entry);
        return decided;
    }

    private LaunchPlan waiting(String id) {
        LaunchPlan plan = plans.lockById(id).orElseThrow(() -> new RecordNotFound("launch plan", id));
        if (plan.status() != LaunchPlan.Status.SUBMITTED) {
            throw new RuleViolation("launch-plan.decided", null, "plan " + id + " is " + plan.status()
                    + ": only a submitted plan can be decided");
        }
        return plan;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
