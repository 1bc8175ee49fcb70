package org.cosmodrome.publicapi;

import java.time.Instant;

import org.cosmodrome.manifest.Launch;
import org.cosmodrome.manifest.Net;
import org.cosmodrome.sites.Pad;
import org.cosmodrome.vehicles.Vehicle;

/**
 * A launch on the public manifest with what LL2 shows of it.
 *
 * @param net the published NET, or the planned day when none is published yet
 * @param provider the launch service provider shown: the organisation operating the pad (the tenant is private, as
 *        on {@code /api/v1/launches}), or {@code null} when the pad has no operator on record
 * @param vehicle the vehicle, or {@code null} if the catalogue no longer has it
 */
public record Ll2Launch(Launch launch, Instant lastUpdated, Net net, Pad pad, String provider, Vehicle vehicle) {

    /** Whether an outcome (success, failure, partial failure) is recorded: the launch is in LL2's "previous". */
    public boolean flown() {
        return launch.status().isFinal();
    }

    public String name() {
        return (vehicle == null ? launch.vehicle().value() : vehicle.name()) + " | " + launch.mission();
    }
}
