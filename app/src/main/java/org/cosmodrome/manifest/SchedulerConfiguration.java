package org.cosmodrome.manifest;

import org.cosmodrome.planning.ManifestScheduler;
import org.cosmodrome.planning.TimefoldManifestScheduler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The manifest solver of the {@code planning} library. */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

    @Bean
    ManifestScheduler manifestScheduler() {
        return new TimefoldManifestScheduler();
    }
}
