package org.cosmodrome.manifest;

import org.cosmodrome.rangesafety.ClearanceChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Re-plans when range safety starts refusing a corridor the plan uses, or clears one it refused: the launches of a
 * no-go corridor leave the plan, and come back once an analysis is go.
 */
@Component
class RangeSafetyVerdicts {

    private final ManifestPlanning planning;

    RangeSafetyVerdicts(ManifestPlanning planning) {
        this.planning = planning;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ClearanceChanged change) {
        planning.replanAfterRuleChange("range safety " + (change.after().name().equals("REFUSED") ? "refuses"
                : "clears") + " " + change.vehicle() + " to " + change.inclinationDeg() + "° (analysis "
                + change.analysis() + ")");
    }
}
