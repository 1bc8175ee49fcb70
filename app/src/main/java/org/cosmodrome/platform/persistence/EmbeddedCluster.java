package org.cosmodrome.platform.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of a data directory, as this process sees it: either started here (this process is its
 * {@link ClusterOwner}, and stops it on {@link #close()}), or, for an admin command, the one a running server
 * started (attached: left running on close).
 * <p>
 * At start, by what the data directory holds:
 * <ul>
 *   <li>no other live owner: a postmaster still named by {@code postmaster.pid} is an orphan of a killed run and is
 *       stopped ({@link OrphanedPostmaster}); then PostgreSQL starts here;</li>
 *   <li>a live owner and {@code attachToRunning}: connect to its postmaster (port from {@code postmaster.pid});</li>
 *   <li>a live owner otherwise (a second server): refused with {@link DatabaseInUse}.</li>
 * </ul>
 */
final class EmbeddedCluster implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedCluster.class);

    private final int port;
    private final EmbeddedPostgres started;
    private final ClusterOwner owner;

    private EmbeddedCluster(int port, EmbeddedPostgres started, ClusterOwner owner) {
        this.port = port;
        this.started = started;
        this.owner = owner;
    }

    static EmbeddedCluster open(EmbeddedDatabaseSettings settings) throws IOException {
        Path dataDirectory = settings.dataDirectory().toAbsolutePath().normalize();
        Files.createDirectories(dataDirectory);
        boolean fresh = settings.cleanOnStart() || !Files.exists(dataDirectory.resolve("postgresql.conf"));
        if (fresh) {
            // initdb needs an empty directory, so the owner file comes once the cluster exists.
            EmbeddedPostgres postgres = start(dataDirectory, settings);
            Optional<ClusterOwner> owner = ClusterOwner.claim(dataDirectory);
            if (owner.isEmpty()) {
                postgres.close();
                throw inUse(dataDirectory, "was claimed by another process while this one created it");
            }
            return new EmbeddedCluster(postgres.getPort(), postgres, owner.get());
        }
        Optional<ClusterOwner> owner = ClusterOwner.claim(dataDirectory);
        if (owner.isEmpty()) {
            return attach(dataDirectory, settings);
        }
        try {
            OrphanedPostmaster.stopIfRunning(dataDirectory, Duration.ofSeconds(60));
            EmbeddedPostgres postgres = start(dataDirectory, settings);
            return new EmbeddedCluster(postgres.getPort(), postgres, owner.get());
        } catch (IOException | RuntimeException e) {
            owner.get().close();
            throw e;
        }
    }

    private static EmbeddedCluster attach(Path dataDirectory, EmbeddedDatabaseSettings settings) throws IOException {
        if (!settings.attachToRunning()) {
            throw inUse(dataDirectory, "is in use by a running Cosmodrome");
        }
        Optional<PostmasterPid> running = PostmasterPid.read(dataDirectory)
                .filter(p -> p.port() > 0 && p.process().isPresent());
        if (running.isEmpty()) {
            throw inUse(dataDirectory, "belongs to a Cosmodrome that is starting or stopping its PostgreSQL;"
                    + " try again in a moment");
        }
        log.debug("Attached to the running PostgreSQL (pid {}) on port {}", running.get().pid(),
                running.get().port());
        return new EmbeddedCluster(running.get().port(), null, null);
    }

    private static DatabaseInUse inUse(Path dataDirectory, String what) throws IOException {
        String pid = ClusterOwner.ownerPid(dataDirectory).stream().mapToObj(p -> " (pid " + p + ")").findFirst()
                .orElse("");
        return new DatabaseInUse("The embedded database in " + dataDirectory + " " + what + pid);
    }

    private static EmbeddedPostgres start(Path dataDirectory, EmbeddedDatabaseSettings settings) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(settings.cleanOnStart())
                .setPort(settings.port())
                .setServerConfig("synchronous_commit", settings.synchronousCommit() ? "on" : "off")
                .setServerConfig("fsync", "on")
                .setServerConfig("timezone", "UTC")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDirectory);
        return postgres;
    }

    /** Whether this process attached to another process's PostgreSQL rather than starting its own. */
    boolean attached() {
        return started == null;
    }

    /** JDBC URL of the {@code postgres} database, as superuser {@code postgres} (the cluster trusts loopback). */
    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    /** Stops PostgreSQL if it was started here, then gives up ownership; an attached cluster is left alone. */
    @Override
    public void close() throws IOException {
        if (started == null) {
            return;
        }
        try {
            started.close();
        } finally {
            owner.close();
        }
    }
}
