package org.cosmodrome.manifest;

import org.cosmodrome.permits.SuspensionImposed;
import org.cosmodrome.permits.SuspensionLifted;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Re-plans the manifest when a suspension of the host state starts or ends, once it is committed, as the system:
 * the scheduler treats a suspension in force as a hard rule, so the plan must follow it. A change that arrives while
 * a re-plan runs queues one more re-plan after it ({@link ManifestPlanning#replanAfterRuleChange}), so none is missed.
 */
@Component
class PermitChanges {

    private final ManifestPlanning planning;

    PermitChanges(ManifestPlanning planning) {
        this.planning = planning;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(SuspensionImposed imposed) {
        planning.replanAfterRuleChange("a suspension was imposed");
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(SuspensionLifted lifted) {
        planning.replanAfterRuleChange("a suspension was lifted");
    }
}
