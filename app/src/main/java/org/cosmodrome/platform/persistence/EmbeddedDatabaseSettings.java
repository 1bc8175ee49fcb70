package org.cosmodrome.platform.persistence;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL that runs when no external database is configured ({@code COSMODROME_DB_URL} unset).
 *
 * @param dataDirectory where the cluster lives; it survives restarts unless {@code cleanOnStart}
 * @param port TCP port on loopback, 0 for any free port
 * @param cleanOnStart wipe the cluster at start (tests only)
 * @param synchronousCommit {@code true} waits for the WAL flush before acknowledging a commit, so acknowledged
 *        writes survive a crash; tests turn it off for speed
 * @param attachToRunning when a running Cosmodrome already serves this data directory, use its PostgreSQL instead
 *        of refusing to start; the admin mode sets it, a server never does
 */
@ConfigurationProperties("cosmodrome.database.embedded")
public record EmbeddedDatabaseSettings(
        @DefaultValue("data/postgres") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean cleanOnStart,
        @DefaultValue("true") boolean synchronousCommit,
        @DefaultValue("false") boolean attachToRunning) {
}
