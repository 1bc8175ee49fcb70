package org.cosmodrome.auctions.rest;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.cosmodrome.platform.Role;
import org.springframework.stereotype.Component;

/**
 * The equipment inventory, the lot catalogue and a lot's page are public: anyone reads them, in the API and the
 * console (drafts and reserve prices only for the operator, the host authority and auditors). The spaceport operator
 * records and decommissions assets, drafts, edits, publishes and withdraws lots. The exchange rates are finance's
 * ({@code finance.rest.ExchangeRateEndpoints}).
 */
@Component
class AuctionEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/api/v1/assets", "/api/v1/assets/{id}", "/api/v1/lots", "/api/v1/lots/{id}",
                "/auctions", "/auctions/lots/{id}").permitAll();
        rules.post("/api/v1/assets", "/api/v1/assets/{id}/decommissioning", "/api/v1/lots",
                "/api/v1/lots/{id}/publication", "/api/v1/lots/{id}/withdrawal")
                .hasAnyRole(Role.SPACEPORT_OPERATOR);
        rules.put("/api/v1/lots/{id}")
                .hasAnyRole(Role.SPACEPORT_OPERATOR);
    }
}
