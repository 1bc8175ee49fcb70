package org.cosmodrome.rangesafety;

import org.cosmodrome.sites.PadId;
import org.cosmodrome.vehicles.VehicleId;

/**
 * What to analyse: a vehicle flying from a pad to an inclination, for one launch or for the corridor in general.
 *
 * @param launchId the manifest's launch id, or {@code null} for a corridor analysis
 * @param inclinationDeg target inclination in degrees, (0, 180)
 * @param samples Monte Carlo samples per stage
 * @param seed the root seed; the same request and seed reproduce the same result
 */
public record AnalysisRequest(String launchId, VehicleId vehicle, PadId pad, double inclinationDeg, int samples,
        long seed) {
}
