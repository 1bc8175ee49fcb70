package org.cosmodrome.platform;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link ReferenceDataLoader}s once every bean exists (so the schema is migrated) and before the web
 * server starts, so no request ever sees a half-loaded registry. The loads are entered in the ledger as the work
 * of {@code system:data-set}.
 */
@Component
class ReferenceDataStartup implements SmartInitializingSingleton {

    private final ReferenceData referenceData;
    private final ObjectProvider<ReferenceDataLoader> loaders;
    private final CurrentActor currentActor;

    ReferenceDataStartup(ReferenceData referenceData, ObjectProvider<ReferenceDataLoader> loaders,
            CurrentActor currentActor) {
        this.referenceData = referenceData;
        this.loaders = loaders;
        this.currentActor = currentActor;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (referenceData.enabled()) {
            currentActor.runAs(Actor.system("data-set"),
                    () -> loaders.orderedStream().forEach(ReferenceDataLoader::load));
        }
    }
}
