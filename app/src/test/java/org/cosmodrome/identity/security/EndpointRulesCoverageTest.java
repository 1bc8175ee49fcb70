package org.cosmodrome.identity.security;

import java.util.List;

import org.cosmodrome.Endpoints;
import org.cosmodrome.Endpoints.Endpoint;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.platform.EndpointRules;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint the app serves has an access rule declared by its module, so none is left to the deny-by-default
 * fallback by accident, and no rule is left over from an endpoint that is gone.
 */
@RegistryContext
class EndpointRulesCoverageTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    EndpointRules rules;

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = Endpoints.of(mapping);
        assertThat(endpoints).as("request mappings of the app").hasSizeGreaterThan(20);
        return endpoints;
    }

    /**
     * Whether {@code rule} covers {@code endpoint}: the same method (a mapping for every method needs a rule for every
     * method; a rule for every method covers any mapping) and exactly the same pattern, or, for a framework's
     * endpoint only, a {@code /**} rule above it.
     */
    private static boolean covers(EndpointRules.Rule rule, Endpoint endpoint) {
        if (rule.method() != null && !rule.method().equals(endpoint.method())) {
            return false;
        }
        if (rule.pattern().equals(endpoint.pattern())) {
            return true;
        }
        if (endpoint.ownedByTheApp() || !rule.pattern().endsWith("/**")) {
            return false;
        }
        String base = rule.pattern().substring(0, rule.pattern().length() - "/**".length());
        return endpoint.pattern().equals(base) || endpoint.pattern().startsWith(base + "/");
    }

    @Nested
    class EveryRequestMapping {

        @Test
        void hasAnExplicitRule() {
            List<Endpoint> uncovered = endpoints().stream()
                    .filter(endpoint -> rules.rules().stream().noneMatch(rule -> covers(rule, endpoint)))
                    .toList();

            assertThat(uncovered).as("endpoints without a rule in any module's EndpointPolicy").isEmpty();
        }
    }

    @Nested
    class EveryRuleForAnExactPattern {

        /** Actuator endpoints and static files are not controller mappings, so they are left out. */
        @Test
        void belongsToAnEndpointThatExists() {
            List<Endpoint> endpoints = endpoints();
            List<EndpointRules.Rule> orphans = rules.rules().stream()
                    .filter(rule -> !rule.pattern().contains("*") && !rule.pattern().startsWith("/actuator")
                            && !rule.pattern().equals("/favicon.ico"))
                    .filter(rule -> endpoints.stream().noneMatch(endpoint -> covers(rule, endpoint)))
                    .toList();

            assertThat(orphans).as("rules naming an endpoint no controller serves").isEmpty();
        }
    }
}
