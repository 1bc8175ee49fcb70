package org.cosmodrome.finance.rest;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.cosmodrome.platform.Role;
import org.springframework.stereotype.Component;

/** The exchange rates are public to read; the spaceport operator enters and imports them. */
@Component
class ExchangeRateEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/api/v1/exchange-rates", "/api/v1/exchange-rates/{currency}/{date}").permitAll();
        rules.post("/api/v1/exchange-rates").hasAnyRole(Role.SPACEPORT_OPERATOR);
        rules.put("/api/v1/exchange-rates/{currency}/{date}").hasAnyRole(Role.SPACEPORT_OPERATOR);
    }
}
