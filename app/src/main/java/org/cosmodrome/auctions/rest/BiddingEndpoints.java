package org.cosmodrome.auctions.rest;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.cosmodrome.platform.Role;
import org.springframework.stereotype.Component;

/**
 * A lot's standing and public bid history are public. Bidders register and bid (the seller's own people are refused
 * by the rules, with the reason stored); registrations, submissions and offers are read by signed-in users, each
 * record only by its bidder and those who read everything. The operator, as seller, records deposits and payments;
 * an offered bidder or the operator records a refusal to pay. Results are for the seller's side and overseers.
 */
@Component
class BiddingEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/api/v1/lots/{id}/standing", "/api/v1/lots/{id}/bids", "/api/v1/lots/{id}/events").permitAll();
        rules.post("/api/v1/lots/{id}/registrations", "/api/v1/lots/{id}/bids").hasAnyRole(Role.BIDDER);
        rules.get("/api/v1/lots/{id}/registrations", "/api/v1/lots/{id}/submissions", "/api/v1/lots/{id}/offers")
                .authenticated();
        rules.post("/api/v1/lots/{id}/registrations/{bidder}/deposit", "/api/v1/lots/{id}/offers/{round}/payment")
                .hasAnyRole(Role.SPACEPORT_OPERATOR);
        rules.post("/api/v1/lots/{id}/offers/{round}/refusal").hasAnyRole(Role.BIDDER, Role.SPACEPORT_OPERATOR);
        rules.get("/api/v1/lot-results", "/api/v1/lot-results.csv").hasAnyRole(Role.SPACEPORT_OPERATOR,
                Role.HOST_AUTHORITY, Role.AUDITOR);

        rules.post("/auctions/lots/{id}/registration", "/auctions/lots/{id}/bids").hasAnyRole(Role.BIDDER);
        rules.post("/auctions/lots/{id}/registrations/{bidder}/deposit", "/auctions/lots/{id}/offers/{round}/payment")
                .hasAnyRole(Role.SPACEPORT_OPERATOR);
        rules.post("/auctions/lots/{id}/offers/{round}/refusal").hasAnyRole(Role.BIDDER, Role.SPACEPORT_OPERATOR);
        rules.get("/auctions/results", "/auctions/results.csv").hasAnyRole(Role.SPACEPORT_OPERATOR, Role.HOST_AUTHORITY, Role.AUDITOR);
    }
}
