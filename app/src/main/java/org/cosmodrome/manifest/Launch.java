package org.cosmodrome.manifest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RuleViolation;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.vehicles.VehicleId;

/**
 * A launch request of a tenant and the launch it becomes.
 *
 * @param organization the tenant that asked for it and owns its private fields
 * @param payloadMassKg payload mass in kilograms, above 0
 * @param window the acceptable days, both ends inclusive, with the desired one
 * @param fixedPad the pad the launch must use, or {@code null} for any suitable pad
 * @param statusReason the coded reason of the current status
 * @param scheduledPad the pad of the current plan, or {@code null} while unplaced
 * @param scheduledDate the day of the current plan (at the cosmodrome), or {@code null} while unplaced
 * @param net the published NET, or {@code null} before the first
 * @param explanation the latest plan's words on this launch (why it did not fit, why it moved); may be empty
 * @param version optimistic-lock version, incremented by every change
 */
public record Launch(LaunchId id, OrganizationId organization, String mission, String payload, double payloadMassKg,
        VehicleId vehicle, Orbit orbit, LaunchWindow window, PriorityClass priority, PadId fixedPad,
        LaunchStatus status, ReasonCode statusReason, PadId scheduledPad, LocalDate scheduledDate, Net net,
        List<String> explanation, Instant requestedAt, int version) {

    public Launch {
        explanation = List.copyOf(explanation);
    }

    /** Whether anyone, signed in or not, may see the launch's public fields (mission, vehicle, pad, NET). */
    public boolean isPublic() {
        return status.publicOnceScheduled() && scheduledPad != null && scheduledDate != null;
    }

    /**
     * The change that moves this launch to {@code target}.
     *
     * @throws LaunchTransitionNotAllowed when the lifecycle forbids it, or it would confirm a launch without a pad
     *         and day
     */
    public LaunchStatusChange transitionTo(LaunchStatus target, ReasonCode reason, String note, Instant at,
            String by) {
        if (!status.canBecome(target)) {
            throw new LaunchTransitionNotAllowed(id, status, target);
        }
        if ((target == LaunchStatus.CONFIRMED || target == LaunchStatus.GO) && scheduledPad == null) {
            throw new RuleViolation("launch.status.not-placed", "to", "Launch " + id
                    + " has no pad and day yet; re-plan before confirming it");
        }
        return new LaunchStatusChange(id, status, target, reason, note, at, by);
    }

    /**
     * The change of NET to {@code next}, classed against the current one.
     *
     * @throws InvalidField when {@code next} is the current NET
     */
    public NetChange netChange(Net next, ReasonCode reason, Instant at, String by) {
        if (net == null) {
            return new NetChange(id, null, next, NetChangeKind.FIRST, reason, at, by);
        }
        if (net.equals(next)) {
            throw new InvalidField("net", "launch.net.unchanged", "the NET is already " + next.at() + " ("
                    + next.precision() + ")");
        }
        return new NetChange(id, net, next, net.classify(next), reason, at, by);
    }
}
