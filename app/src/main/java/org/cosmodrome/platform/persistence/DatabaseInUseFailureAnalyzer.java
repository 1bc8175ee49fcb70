package org.cosmodrome.platform.persistence;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link DatabaseInUse} into Spring Boot's short start-up failure report instead of a stack trace. */
class DatabaseInUseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseInUse> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseInUse cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Stop the other process first, or give this one its own data directory with"
                        + " --cosmodrome.database.embedded.data-directory=<dir>. Administration commands"
                        + " (./cosmodrome user|token|ledger ...) work while the server runs.",
                cause);
    }
}
