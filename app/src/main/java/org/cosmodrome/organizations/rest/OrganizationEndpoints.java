package org.cosmodrome.organizations.rest;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.cosmodrome.platform.Role;
import org.springframework.stereotype.Component;

/**
 * The directory of parties and the agreements are for signed-in parties; private agreements are filtered further by
 * party. The operator and the host authority register organisations; parties record their own agreements.
 */
@Component
class OrganizationEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/api/v1/organizations", "/api/v1/organizations/{id}", "/api/v1/agreements",
                "/api/v1/agreements/{id}", "/organizations", "/agreements").authenticated();
        rules.post("/api/v1/organizations").hasAnyRole(Role.SPACEPORT_OPERATOR, Role.HOST_AUTHORITY);
        rules.post("/api/v1/agreements").hasAnyRole(Role.SPACEPORT_OPERATOR, Role.HOST_AUTHORITY, Role.LESSEE,
                Role.LAUNCH_PROVIDER);
        rules.put("/api/v1/agreements/{id}").hasAnyRole(Role.SPACEPORT_OPERATOR, Role.HOST_AUTHORITY, Role.LESSEE,
                Role.LAUNCH_PROVIDER);
    }
}
