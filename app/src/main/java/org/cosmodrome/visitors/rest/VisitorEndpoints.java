package org.cosmodrome.visitors.rest;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.cosmodrome.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Viewing points, a launch's viewing and tours are public and carry no personal data. Visitors' accounts and the
 * spaceport operator book, cancel and apply for passes (a visitor's account only for its own visitors); only the
 * operator decides passes; messages, exports and deletions are for the visitor's account and the operator.
 */
@Component
class VisitorEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/api/v1/viewing-points", "/api/v1/launches/{id}/viewing", "/api/v1/tours").permitAll();
        rules.post("/api/v1/bookings", "/api/v1/bookings/{id}/cancellation", "/api/v1/passes")
                .hasAnyRole(Role.VISITOR, Role.SPACEPORT_OPERATOR);
        rules.get("/api/v1/bookings/{id}", "/api/v1/passes/{id}", "/api/v1/visitor-messages",
                "/api/v1/visitors/{id}/export").hasAnyRole(Role.VISITOR, Role.SPACEPORT_OPERATOR);
        rules.delete("/api/v1/visitors/{id}").hasAnyRole(Role.VISITOR, Role.SPACEPORT_OPERATOR);
        rules.post("/api/v1/passes/{id}/decision").hasAnyRole(Role.SPACEPORT_OPERATOR);
    }
}
