package org.cosmodrome.finance.rest;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.springframework.stereotype.Component;

/**
 * Capital programmes are read by signed-in users, in the API and the console. They are loaded from the data set; no
 * endpoint changes them yet (writes, when added, are for the spaceport operator and the host authority).
 */
@Component
class ProgrammeEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/api/v1/programmes/{id}", "/finance/programmes/{id}").authenticated();
    }
}
