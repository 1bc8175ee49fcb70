package org.cosmodrome.rangesafety;

import java.util.UUID;

/**
 * A finished analysis changed whether a corridor (or one launch) may be scheduled: it now refuses what was cleared or
 * not analysed, or clears what was refused. Published inside the transaction that stores the analysis; listeners that
 * act on the schedule should do so after it commits.
 *
 * @param launchId the launch the analysis is for, or {@code null} for the corridor's standing analysis
 * @param inclinationDeg the corridor's inclination in degrees
 */
public record ClearanceChanged(UUID analysis, String launchId, String vehicle, double inclinationDeg,
        Clearance.State before, Clearance.State after) {
}
