package org.cosmodrome.permits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * What the host state's permits allow the scheduler: the suspensions in force and the caps of the approved launch
 * plans. The scheduler treats both as hard rules.
 */
@Component
public class PermitRules {

    private final Suspensions suspensions;
    private final LaunchPlans plans;

    PermitRules(Suspensions suspensions, LaunchPlans plans) {
        this.suspensions = suspensions;
        this.plans = plans;
    }

    /**
     * A cap from a decided launch plan: at most {@code maxLaunches} launches in {@code year} of the family, of the
     * hazard class, or of the family's vehicles of that class.
     *
     * @param plan the plan version the cap comes from
     */
    public record ApprovedCap(int year, String family, String hazardClass, int maxLaunches, String plan) {
    }

    /** The active suspensions, by start. */
    public List<Suspension> suspensionsInForce() {
        return suspensions.active();
    }

    /**
     * The caps in force per lessee and year: those of its newest approved (in full or in part) version; a refused
     * amendment leaves that version in force. When no version of a year was ever approved but one was refused,
     * the refused version's lines are capped at 0: nothing of what it asked may fly. A plan still waiting for a
     * decision caps nothing.
     */
    public List<ApprovedCap> approvedCaps() {
        Map<String, List<LaunchPlan>> byLesseeAndYear = new LinkedHashMap<>();
        for (LaunchPlan plan : plans.all()) {
            byLesseeAndYear.computeIfAbsent(plan.lessee() + "|" + plan.year(), k -> new ArrayList<>()).add(plan);
        }
        List<ApprovedCap> caps = new ArrayList<>();
        for (List<LaunchPlan> versions : byLesseeAndYear.values()) {
            LaunchPlan inForce = versions.stream().filter(p -> p.status().approved()).findFirst()
                    .or(() -> versions.stream().filter(p -> p.status() == LaunchPlan.Status.REFUSED).findFirst())
                    .orElse(null);
            if (inForce == null) {
                continue;
            }
            for (LaunchPlan.Line line : inForce.lines()) {
                caps.add(new ApprovedCap(inForce.year(), line.family(), line.hazardClass(),
                        line.approved() == null ? 0 : line.approved(), inForce.id()));
            }
        }
        return caps;
    }
}
