package org.cosmodrome.manifest;

import java.time.LocalDate;

import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.vehicles.VehicleId;

/**
 * Filters of the launch listing; every {@code null} means "any".
 *
 * @param from launches whose planned day (or, unplaced, whose window's last day) is on or after this day
 * @param to launches whose planned day (or, unplaced, whose window's first day) is on or before this day
 */
public record LaunchFilter(LaunchStatus status, VehicleId vehicle, PadId pad, OrganizationId organization,
        LocalDate from, LocalDate to) {

    public static LaunchFilter none() {
        return new LaunchFilter(null, null, null, null, null, null);
    }
}
