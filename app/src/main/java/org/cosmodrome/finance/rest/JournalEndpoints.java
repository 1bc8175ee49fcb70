package org.cosmodrome.finance.rest;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.cosmodrome.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Accounts and the journal are read by signed-in users, each record only by the parties of its accounts and by
 * those who read everything; only the spaceport operator posts and corrects transactions.
 */
@Component
class JournalEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/api/v1/accounts", "/api/v1/journal", "/api/v1/journal.csv", "/api/v1/journal/{id}")
                .authenticated();
        rules.post("/api/v1/journal", "/api/v1/journal/{id}/correction").hasAnyRole(Role.SPACEPORT_OPERATOR);
    }
}
