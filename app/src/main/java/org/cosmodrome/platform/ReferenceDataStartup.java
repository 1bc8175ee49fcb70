package org.cosmodrome.platform;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link ReferenceDataLoader}s once every bean exists (so the schema is migrated) and before the web
 * server starts, so no request ever sees a half-loaded registry.
 */
@Component
class ReferenceDataStartup implements SmartInitializingSingleton {

    private final ReferenceData referenceData;
    private final ObjectProvider<ReferenceDataLoader> loaders;

    ReferenceDataStartup(ReferenceData referenceData, ObjectProvider<ReferenceDataLoader> loaders) {
        this.referenceData = referenceData;
        this.loaders = loaders;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (referenceData.enabled()) {
            loaders.orderedStream().forEach(ReferenceDataLoader::load);
        }
    }
}
