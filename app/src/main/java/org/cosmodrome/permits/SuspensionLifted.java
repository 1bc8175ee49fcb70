package org.cosmodrome.permits;

import java.time.Instant;

/**
 * A suspension was lifted, because its last condition was met or because the authority lifted it. Published inside
 * the lifting transaction.
 *
 * @param byConditions whether it lifted because every condition was met
 */
public record SuspensionLifted(String suspension, SuspensionScope scope, String family, String pad, Instant liftedAt,
        boolean byConditions) {
}
