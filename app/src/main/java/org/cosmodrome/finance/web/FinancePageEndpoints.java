package org.cosmodrome.finance.web;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.springframework.stereotype.Component;

/** The books in the console are for signed-in users; each page shows only what the user's organisation may see. */
@Component
class FinancePageEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/finance", "/finance/arrears.csv", "/finance/statements/{party}",
                "/finance/statements/{party}.csv").authenticated();
    }
}
