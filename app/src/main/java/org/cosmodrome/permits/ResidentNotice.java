package org.cosmodrome.permits;

import java.time.Duration;
import java.time.Instant;

/**
 * A notice to the residents of a drop zone of a coming launch. Damage inside a zone whose residents were notified in
 * time is not compensable; outside it, or without such a notice, it is.
 *
 * @param notifiedAt when the residents were told
 * @param notifiedBy who told them (an authority, the zone's operator), in words
 * @param channel how (radio, local press, the district administration), in words
 * @param text what they were told, or {@code null}
 * @param recordedBy the user who recorded it
 */
public record ResidentNotice(String id, String launch, String zone, Instant notifiedAt, String notifiedBy,
        String channel, String text, Instant recordedAt, String recordedBy) {

    /**
     * How long before a launch residents must be told: 24 hours. The rule is the project's (issue 7); the fact sheet
     * gives no lead time.
     */
    public static final Duration LEAD_TIME = Duration.ofHours(24);

    /** Whether the notice came at least {@link #LEAD_TIME} before a launch at {@code launchedAt}. */
    public boolean inTimeFor(Instant launchedAt) {
        return !notifiedAt.plus(LEAD_TIME).isAfter(launchedAt);
    }
}
