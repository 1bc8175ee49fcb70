package org.cosmodrome.manifest;

import java.time.Instant;

/** A tenant requested a launch; a new request is never public. */
public record LaunchCreated(LaunchSummary launch, Instant at, boolean publicLaunch) implements LaunchEvent {
}
