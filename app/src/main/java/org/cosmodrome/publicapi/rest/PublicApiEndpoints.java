package org.cosmodrome.publicapi.rest;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.springframework.stereotype.Component;

/**
 * The LL2-compatible API is public: it shows the public manifest only. Calls with a bearer token count against the
 * token's rate limit like every other API call.
 */
@Component
class PublicApiEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        String base = Ll2Controller.BASE;
        rules.get(base + "/launches/", base + "/launches/upcoming/", base + "/launches/previous/",
                base + "/launches/{id}/", base + "/pads/", base + "/locations/", base + "/agencies/",
                base + "/launcher_configurations/", base + "/config/launch_statuses/",
                base + "/config/net_precisions/", base + "/config/orbits/", base + "/config/mission_types/")
                .permitAll();
    }
}
