package org.cosmodrome.manifest;

import java.time.Instant;

/**
 * An attempt was called off: the launch went {@link LaunchStatus#SCRUBBED}. Published beside the
 * {@link LaunchStatusChanged} of the same change.
 *
 * @param from the status the launch was scrubbed from
 */
public record LaunchScrubbed(LaunchSummary launch, LaunchStatus from, ReasonCode reason, Instant at,
        boolean publicLaunch) implements LaunchEvent {
}
