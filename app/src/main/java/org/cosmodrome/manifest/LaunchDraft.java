package org.cosmodrome.manifest;

import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.vehicles.VehicleId;

/**
 * What a tenant asks for: a launch request before it is stored.
 *
 * @param organization the tenant; {@code null} for the requesting user's own organisation
 * @param payloadMassKg payload mass in kilograms, above 0
 * @param fixedPad a pad the launch must use, or {@code null}
 */
public record LaunchDraft(OrganizationId organization, String mission, String payload, double payloadMassKg,
        VehicleId vehicle, Orbit orbit, LaunchWindow window, PriorityClass priority, PadId fixedPad) {
}
