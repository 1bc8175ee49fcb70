package org.cosmodrome.webhooks.rest;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.cosmodrome.platform.Role;
import org.springframework.stereotype.Component;

/**
 * An organisation's members who run, request or lease launches (the spaceport operator, launch providers, lessees)
 * manage its webhook subscriptions and read their delivery log, each only their own organisation's. The stream of
 * launch changes is open to anyone: anonymous clients get the public manifest's changes, signed-in ones also those of
 * the launches they may see.
 */
@Component
class WebhookEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/api/v1/webhooks/subscriptions", "/api/v1/webhooks/subscriptions/{id}",
                "/api/v1/webhooks/subscriptions/{id}/deliveries")
                .hasAnyRole(Role.SPACEPORT_OPERATOR, Role.LAUNCH_PROVIDER, Role.LESSEE);
        rules.post("/api/v1/webhooks/subscriptions")
                .hasAnyRole(Role.SPACEPORT_OPERATOR, Role.LAUNCH_PROVIDER, Role.LESSEE);
        rules.delete("/api/v1/webhooks/subscriptions/{id}")
                .hasAnyRole(Role.SPACEPORT_OPERATOR, Role.LAUNCH_PROVIDER, Role.LESSEE);
        rules.get("/api/v1/launch-events").permitAll();
    }
}
