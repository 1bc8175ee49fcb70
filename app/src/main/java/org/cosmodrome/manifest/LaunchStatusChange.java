package org.cosmodrome.manifest;

import java.time.Instant;

/**
 * One entry of a launch's append-only status history.
 *
 * @param from the status before, {@code null} for the request itself
 * @param note free text beside the coded reason, or {@code null}
 */
public record LaunchStatusChange(LaunchId launch, LaunchStatus from, LaunchStatus to, ReasonCode reason,
        String note, Instant recordedAt, String recordedBy) {
}
