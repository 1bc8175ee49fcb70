package org.cosmodrome.platform.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What PostgreSQL's {@code postmaster.pid} in a data directory says: the server's process id (line 1) and its
 * port (line 4). The file is left behind when a server dies without a shutdown, so the process may be gone.
 *
 * @param pid process id of the postmaster
 * @param port TCP port it listens on, 0 when the file does not say (yet)
 */
record PostmasterPid(long pid, int port) {

    static final String FILE_NAME = "postmaster.pid";

    /** The file's content, or empty when there is no such file or it is not (yet) complete enough to name a pid. */
    static Optional<PostmasterPid> read(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(FILE_NAME);
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (java.nio.file.NoSuchFileException gone) {
            return Optional.empty();
        }
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        int port = lines.size() >= 4 && lines.get(3).strip().matches("\\d+") ? Integer.parseInt(lines.get(3).strip())
                : 0;
        return Optional.of(new PostmasterPid(Long.parseLong(lines.get(0).strip()), port));
    }

    /** The postmaster's process if it still runs (a process whose command is not PostgreSQL's does not count). */
    Optional<ProcessHandle> process() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
    }
}
