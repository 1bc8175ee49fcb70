package org.cosmodrome.incidents.rest;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.cosmodrome.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Incidents and their contamination samples are public, for transparency: anyone reads them, in the API and the
 * console; the host authority and the operator record them and link them to range-safety analyses. Claims are for signed-in parties (each claim further
 * filtered to its two parties and those who read everything): the host authority files them and speaks for the
 * claimant, the respondent's lessee counters and negotiates, either side settles and records payments.
 */
@Component
class IncidentEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/api/v1/incidents", "/api/v1/incidents/{id}", "/api/v1/incidents/{id}/samples", "/incidents",
                "/incidents/{id}").permitAll();
        rules.post("/api/v1/incidents", "/api/v1/incidents/{id}/samples", "/api/v1/incidents/{id}/analysis")
                .hasAnyRole(Role.HOST_AUTHORITY, Role.SPACEPORT_OPERATOR);
        rules.get("/api/v1/claims", "/api/v1/claims/{id}", "/claims/{id}").authenticated();
        rules.post("/api/v1/claims").hasAnyRole(Role.HOST_AUTHORITY);
        rules.put("/api/v1/claims/{id}/counter-assessment").hasAnyRole(Role.LESSEE);
        rules.post("/api/v1/claims/{id}/steps", "/api/v1/claims/{id}/payments").hasAnyRole(Role.HOST_AUTHORITY,
                Role.LESSEE);
        rules.put("/api/v1/claims/{id}/settlement").hasAnyRole(Role.HOST_AUTHORITY, Role.LESSEE);
    }
}
