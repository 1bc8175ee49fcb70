package org.cosmodrome.vehicles.rest;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.cosmodrome.platform.Role;
import org.springframework.stereotype.Component;

/** The vehicle catalogue is public; the spaceport operator maintains it. */
@Component
class VehicleEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/api/v1/vehicles", "/api/v1/vehicles/{id}", "/vehicles", "/vehicles/{id}").permitAll();
        rules.post("/api/v1/vehicles").hasAnyRole(Role.SPACEPORT_OPERATOR);
        rules.put("/api/v1/vehicles/{id}").hasAnyRole(Role.SPACEPORT_OPERATOR);
    }
}
