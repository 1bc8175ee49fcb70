package org.cosmodrome.platform.web;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.cosmodrome.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Static assets, the API documentation, the error page and health are public; metrics are for the operator and
 * auditors (a Prometheus scraper uses a token of such a user). The error page is public for every method, because
 * the servlet container forwards a failed POST, PUT or DELETE to it with that same method.
 */
@Component
class PlatformEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/css/**", "/js/**", "/geo/**", "/webjars/**", "/favicon.ico").permitAll();
        rules.anyMethod("/error").permitAll();
        rules.get("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**")
                .permitAll();
        rules.get("/actuator/health", "/actuator/health/**").permitAll();
        rules.get("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**", "/actuator/info")
                .hasAnyRole(Role.SPACEPORT_OPERATOR, Role.AUDITOR);
    }
}
