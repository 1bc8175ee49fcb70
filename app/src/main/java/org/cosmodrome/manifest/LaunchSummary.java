package org.cosmodrome.manifest;

import java.time.LocalDate;

import org.cosmodrome.organizations.OrganizationId;

/**
 * The public fields of a launch, as events carry them.
 *
 * @param vehicle the vehicle's id in the catalogue
 * @param pad the id of the pad of the current plan, {@code null} while unplaced
 * @param day the day of the current plan at the cosmodrome, {@code null} while unplaced
 * @param net the published NET, {@code null} before the first
 */
public record LaunchSummary(LaunchId id, OrganizationId organization, String mission, String vehicle,
        LaunchStatus status, String pad, LocalDate day, Net net) {

    static LaunchSummary of(Launch launch) {
        return new LaunchSummary(launch.id(), launch.organization(), launch.mission(), launch.vehicle().value(),
                launch.status(), launch.scheduledPad() == null ? null : launch.scheduledPad().value(),
                launch.scheduledDate(), launch.net());
    }
}
