package org.cosmodrome.manifest;

import java.time.Instant;

/**
 * One entry of a launch's append-only NET history.
 *
 * @param from the NET before, {@code null} for the first
 * @param recordedBy the user, or {@code system:...}
 */
public record NetChange(LaunchId launch, Net from, Net to, NetChangeKind kind, ReasonCode reason,
        Instant recordedAt, String recordedBy) {
}
