package org.cosmodrome.ledger.rest;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.springframework.stereotype.Component;

/** Every signed-in party reads the ledger; what each sees is filtered by tenant. */
@Component
class LedgerEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/api/v1/ledger", "/api/v1/ledger/verification", "/api/v1/ledger/head").authenticated();
    }
}
