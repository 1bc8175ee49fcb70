package org.cosmodrome.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and description of the OpenAPI document at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    @Bean
    OpenAPI cosmodromeOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Cosmodrome API")
                .version("v1")
                .description("The registry of a shared spaceport (Baikonur by default): pads with their status "
                        + "lifecycle, vehicles with stages and propellant hazard classes, organisations and the "
                        + "agreements between them. Lists are paged with page (from 0) and size (1-500). Errors are "
                        + "RFC 9457 application/problem+json with a stable code and errors[] naming each field.")
                .license(new License().name("Reference data: see each record's sources")));
    }
}
