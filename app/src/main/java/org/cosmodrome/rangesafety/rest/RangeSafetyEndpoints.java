package org.cosmodrome.rangesafety.rest;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.springframework.stereotype.Component;

/** The drop zones and corridors are public, like the pads: anyone may read them, in the API and the console. */
@Component
class RangeSafetyEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/api/v1/range-safety/drop-zones", "/api/v1/range-safety/drop-zones/{id}",
                "/api/v1/range-safety/drop-zones.geojson", "/api/v1/range-safety/drop-zones.kml",
                "/api/v1/range-safety/corridors").permitAll();
        rules.get("/range-safety").permitAll();
    }
}
