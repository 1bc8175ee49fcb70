package org.cosmodrome.manifest;

import org.cosmodrome.permits.SuspensionImposed;
import org.cosmodrome.permits.SuspensionLifted;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Re-plans the manifest when a suspension of the host state starts or ends, once it is committed, as the system:
 * the scheduler treats a suspension in force as a hard rule, so the plan must follow it. A re-plan already running
 * is joined, not repeated; it read the permits before this change only if it started before the commit, which the
 * next change or re-plan corrects.
 */
@Component
class PermitChanges {

    static final Actor ACTOR = Actor.system("manifest-permits");

    private final ManifestPlanning planning;
    private final CurrentActor currentActor;

    PermitChanges(ManifestPlanning planning, CurrentActor currentActor) {
        this.planning = planning;
        this.currentActor = currentActor;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(SuspensionImposed imposed) {
        currentActor.runAs(ACTOR, planning::startReplan);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(SuspensionLifted lifted) {
        currentActor.runAs(ACTOR, planning::startReplan);
    }
}
