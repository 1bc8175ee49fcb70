package org.cosmodrome;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Cosmodrome: the operations platform of a shared spaceport. Each direct sub-package is one capability
 * (an application module, verified by Spring Modulith); {@code platform} holds the infrastructure they share.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CosmodromeApplication {

    public static void main(String[] args) {
        SpringApplication.run(CosmodromeApplication.class, args);
    }
}
