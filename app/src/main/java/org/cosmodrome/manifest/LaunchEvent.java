package org.cosmodrome.manifest;

import java.time.Instant;

import org.cosmodrome.organizations.OrganizationId;

/**
 * A change of a launch, published inside the transaction that makes it, after the change and its ledger entry are
 * written. A listener that writes in the same transaction (an outbox) commits or rolls back with the change; one that
 * reacts after commit ({@code @TransactionalEventListener}) hears only of changes that happened.
 * <p>
 * Events carry the launch's public fields only (mission, vehicle, pad, NET, status), never its payload or the
 * private fields of the request; {@link #publicLaunch()} says whether anyone may hear of it, or only its organisation.
 */
public sealed interface LaunchEvent permits LaunchCreated, LaunchStatusChanged, LaunchScrubbed, LaunchNetChanged {

    /** The launch as it is after the change. */
    LaunchSummary launch();

    /** When the change was recorded. */
    Instant at();

    /** Whether the launch is on the public manifest, before or after the change. */
    boolean publicLaunch();

    /** The organisation the launch belongs to, the only one to hear of it when it is not public. */
    default OrganizationId organization() {
        return launch().organization();
    }
}
