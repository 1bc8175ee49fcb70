package org.cosmodrome.visitors.web;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.cosmodrome.platform.Role;
import org.springframework.stereotype.Component;

/** The visitors' page is public; a signed-in visitor books from it. */
@Component
class VisitorPageEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/visitors").permitAll();
        rules.post("/visitors/bookings").hasAnyRole(Role.VISITOR);
    }
}
