package org.cosmodrome.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A token just issued. {@link #secret()} is shown this once and never stored; only its hash is.
 */
public record IssuedToken(UUID id, String name, String username, String secret, Instant expiresAt) {
}
