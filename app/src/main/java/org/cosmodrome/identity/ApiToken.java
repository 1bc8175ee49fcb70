package org.cosmodrome.identity;

import java.time.Instant;
import java.util.UUID;

/** What is known of a token after it was issued: never its secret. */
public record ApiToken(UUID id, String name, String username, Instant createdAt, Instant expiresAt,
        Instant revokedAt, Instant lastUsedAt) {

    public boolean activeAt(Instant instant) {
        return revokedAt == null && instant.isBefore(expiresAt);
    }
}
