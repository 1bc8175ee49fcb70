package org.cosmodrome.platform.persistence;

import java.nio.file.Path;

/**
 * The embedded database's data directory belongs to another Cosmodrome process that is running: a server does not
 * start a second PostgreSQL on it (an admin command attaches instead).
 */
class DatabaseInUse extends IllegalStateException {

    private final Path dataDirectory;

    DatabaseInUse(Path dataDirectory, String message) {
        super(message);
        this.dataDirectory = dataDirectory;
    }

    Path dataDirectory() {
        return dataDirectory;
    }
}
