package org.cosmodrome.manifest;

import java.time.Instant;

/**
 * A launch moved to another status, scrubs included (which are also published as {@link LaunchScrubbed}).
 *
 * @param from the status before
 */
public record LaunchStatusChanged(LaunchSummary launch, LaunchStatus from, LaunchStatus to, ReasonCode reason,
        Instant at, boolean publicLaunch) implements LaunchEvent {
}
