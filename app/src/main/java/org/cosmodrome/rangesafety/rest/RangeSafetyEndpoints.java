package org.cosmodrome.rangesafety.rest;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.cosmodrome.platform.Role;
import org.springframework.stereotype.Component;

/**
 * The drop zones and corridors are public, like the pads: anyone may read them, in the API and the console. Analyses
 * are read by anyone signed in (an organisation's own only by it and by those who read everything) and requested by
 * the operator, the host authority and the tenants.
 */
@Component
class RangeSafetyEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/api/v1/range-safety/drop-zones", "/api/v1/range-safety/drop-zones/{id}",
                "/api/v1/range-safety/drop-zones.geojson", "/api/v1/range-safety/drop-zones.kml",
                "/api/v1/range-safety/corridors").permitAll();
        rules.get("/range-safety").permitAll();
        rules.post("/api/v1/range-safety/analyses").hasAnyRole(Role.SPACEPORT_OPERATOR, Role.HOST_AUTHORITY,
                Role.LAUNCH_PROVIDER, Role.LESSEE);
        rules.get("/api/v1/range-safety/analyses", "/api/v1/range-safety/analyses/{id}",
                "/api/v1/range-safety/analyses/{id}.geojson", "/api/v1/range-safety/analyses/{id}.kml")
                .authenticated();
        rules.get("/range-safety/analyses/{id}", "/range-safety/analyses/{id}/progress").authenticated();
        rules.post("/range-safety/analyses").hasAnyRole(Role.SPACEPORT_OPERATOR, Role.HOST_AUTHORITY,
                Role.LAUNCH_PROVIDER, Role.LESSEE);
    }
}
