package org.cosmodrome.identity.web;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.cosmodrome.platform.Role;
import org.springframework.stereotype.Component;

/** Anyone may sign in; signed-in users manage their own tokens; the operator creates users. */
@Component
class IdentityEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/login").permitAll();
        rules.get("/account").authenticated();
        rules.post("/account/tokens", "/account/tokens/{id}/revoke").authenticated();
        rules.get("/api/v1/me", "/api/v1/tokens").authenticated();
        rules.post("/api/v1/tokens").authenticated();
        rules.delete("/api/v1/tokens/{id}").authenticated();
        rules.post("/api/v1/users").hasAnyRole(Role.SPACEPORT_OPERATOR);
    }
}
