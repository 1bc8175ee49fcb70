package org.cosmodrome.platform.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running by an earlier run that was killed (SIGKILL, power loss of the JVM only): it still
 * holds {@code postmaster.pid} in the data directory, and a new server cannot start until it stops. This stops it
 * with a fast shutdown (SIGINT), which rolls back open transactions and keeps every committed one.
 * <p>
 * Only called by the process that has just become the cluster's {@link ClusterOwner}: a postmaster whose owner is
 * still alive is that owner's, never an orphan.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path dataDirectory, Duration patience) throws IOException {
        Optional<ProcessHandle> orphan = find(dataDirectory);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = orphan.get();
        log.warn("PostgreSQL (pid {}) from an earlier run still holds {}; shutting it down", postmaster.pid(),
                dataDirectory);
        signalFastShutdown(postmaster);
        try {
            postmaster.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IOException("PostgreSQL pid " + postmaster.pid() + " did not stop within " + patience
                    + "; stop it by hand and start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for PostgreSQL to stop", e);
        } catch (ExecutionException e) {
            throw new IOException(e);
        }
    }

    static Optional<ProcessHandle> find(Path dataDirectory) throws IOException {
        return PostmasterPid.read(dataDirectory).flatMap(PostmasterPid::process);
    }

    private static void signalFastShutdown(ProcessHandle postmaster) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                    .redirectErrorStream(true).start();
            if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            log.debug("kill -INT unavailable, falling back to SIGTERM", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        postmaster.destroy();
    }
}
