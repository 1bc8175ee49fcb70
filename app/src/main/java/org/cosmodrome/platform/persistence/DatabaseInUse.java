package org.cosmodrome.platform.persistence;

/**
 * The embedded database's data directory belongs to another Cosmodrome process that is running: a server does not
 * start a second PostgreSQL on it (an admin command attaches instead).
 */
class DatabaseInUse extends IllegalStateException {

    DatabaseInUse(String message) {
        super(message);
    }
}
