package org.cosmodrome.sites;

import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.vehicles.VehicleId;

/**
 * Filters of the pad listing; every {@code null} means "any".
 *
 * @param site only pads of this site (launch complex) number
 * @param vehicle only pads that support this vehicle
 */
public record PadFilter(PadStatus status, String site, VehicleId vehicle, OrganizationId operator) {

    public static PadFilter none() {
        return new PadFilter(null, null, null, null);
    }
}
