package org.cosmodrome.sites.rest;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.cosmodrome.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Pads and the cosmodrome's facts are public; the operator registers pads and sets their vehicles; the operator and
 * lessees change pad status (a lessee only of the pads its organisation operates, checked by the registry).
 */
@Component
class SiteEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/api/v1/pads", "/api/v1/pads/{id}", "/api/v1/pads/{id}/status-history", "/api/v1/cosmodrome",
                "/api/v1/cosmodrome/launches-per-year").permitAll();
        rules.post("/api/v1/pads").hasAnyRole(Role.SPACEPORT_OPERATOR);
        rules.put("/api/v1/pads/{id}/vehicles").hasAnyRole(Role.SPACEPORT_OPERATOR);
        rules.post("/api/v1/pads/{id}/status-changes").hasAnyRole(Role.SPACEPORT_OPERATOR, Role.LESSEE);
        rules.get("/pads", "/pads/{id}").permitAll();
        rules.post("/pads/{id}/status").hasAnyRole(Role.SPACEPORT_OPERATOR, Role.LESSEE);
    }
}
