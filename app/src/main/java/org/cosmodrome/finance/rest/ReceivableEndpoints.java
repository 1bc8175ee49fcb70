package org.cosmodrome.finance.rest;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.cosmodrome.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Statements and arrears are read by signed-in users, each party only its own (checked per request); the spaceport
 * operator, the host authority and auditors read every party's. Charges, payments and in-kind settlements are
 * recorded by the spaceport operator, and by the host authority for agreements whose payee it acts for (the lease,
 * whose lessor is KazCosmos).
 */
@Component
class ReceivableEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/api/v1/statements/{party}", "/api/v1/statements/{party}.csv", "/api/v1/arrears",
                "/api/v1/arrears.csv").authenticated();
        rules.post("/api/v1/receivables/{party}/charges", "/api/v1/receivables/{party}/payments",
                "/api/v1/receivables/{party}/in-kind-settlements")
                .hasAnyRole(Role.SPACEPORT_OPERATOR, Role.HOST_AUTHORITY);
    }
}
