package org.cosmodrome.console.web;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.springframework.stereotype.Component;

/** The dashboard is public, like the pads and vehicles it shows. */
@Component
class ConsoleEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/").permitAll();
    }
}
