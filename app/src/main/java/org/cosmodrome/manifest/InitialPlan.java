package org.cosmodrome.manifest;

import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Plans the manifest once when the server is ready and no plan is stored yet (a fresh installation), in the
 * background as {@code system:manifest}, so the console shows a plan on first start without delaying it.
 */
@Component
@ConditionalOnWebApplication
class InitialPlan {

    private final ManifestPlanning planning;
    private final Plans plans;
    private final ManifestSettings settings;
    private final CurrentActor currentActor;

    InitialPlan(ManifestPlanning planning, Plans plans, ManifestSettings settings, CurrentActor currentActor) {
        this.planning = planning;
        this.plans = plans;
        this.settings = settings;
        this.currentActor = currentActor;
    }

    @EventListener(ApplicationReadyEvent.class)
    void planIfNoneExists() {
        if (settings.planOnStartup() && !plans.any()) {
            currentActor.runAs(Actor.system("manifest"), planning::startReplan);
        }
    }
}
