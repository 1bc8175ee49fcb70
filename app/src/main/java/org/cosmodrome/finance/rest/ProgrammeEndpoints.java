package org.cosmodrome.finance.rest;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.cosmodrome.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Capital programmes are read by signed-in users, in the API and the console. Payments and commitments against their
 * budget lines are recorded by the spaceport operator and the host authority, in the API and the console's form.
 */
@Component
class ProgrammeEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/api/v1/programmes/{id}", "/finance/programmes/{id}").authenticated();
        rules.post("/api/v1/programmes/{id}/payments", "/api/v1/programmes/{id}/commitments",
                "/finance/programmes/{id}/payments").hasAnyRole(Role.SPACEPORT_OPERATOR, Role.HOST_AUTHORITY);
    }
}
