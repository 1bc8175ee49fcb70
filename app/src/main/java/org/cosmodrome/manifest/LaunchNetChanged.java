package org.cosmodrome.manifest;

import java.time.Instant;

/**
 * A launch's NET changed.
 *
 * @param from the NET before, {@code null} for the first
 * @param kind how it changed: the first NET, a slip, a pull-in, firmed or loosened
 */
public record LaunchNetChanged(LaunchSummary launch, Net from, Net to, NetChangeKind kind, ReasonCode reason,
        Instant at, boolean publicLaunch) implements LaunchEvent {
}
