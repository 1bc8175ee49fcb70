package org.cosmodrome.visitors.web;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.cosmodrome.platform.Role;
import org.springframework.stereotype.Component;

/**
 * The visitors' page is public; a signed-in visitor books from it. The operator's pages (places, the pass queue and
 * the outbox) show visitors' personal data and are the spaceport operator's alone.
 */
@Component
class VisitorPageEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/visitors").permitAll();
        rules.post("/visitors/bookings").hasAnyRole(Role.VISITOR);
        rules.get("/visitors/operations", "/visitors/operations.csv", "/visitors/passes", "/visitors/messages")
                .hasAnyRole(Role.SPACEPORT_OPERATOR);
        rules.post("/visitors/passes/{id}/decision").hasAnyRole(Role.SPACEPORT_OPERATOR);
    }
}
