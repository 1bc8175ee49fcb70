package org.cosmodrome.analytics.rest;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.cosmodrome.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Forecasts are the site's own planning: the spaceport operator and the host authority save scenarios and start,
 * cancel and repeat runs; auditors read them. Tenants (lessees, launch providers) and bidders have no access, in the
 * API or the console: scenarios name every tenant's expected demand.
 */
@Component
class ForecastEndpoints implements EndpointPolicy {

    private static final Role[] READ = {Role.SPACEPORT_OPERATOR, Role.HOST_AUTHORITY, Role.AUDITOR};
    private static final Role[] WRITE = {Role.SPACEPORT_OPERATOR, Role.HOST_AUTHORITY};

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/api/v1/forecasts/scenarios", "/api/v1/forecasts/scenarios/{id}", "/api/v1/forecasts/runs",
                "/api/v1/forecasts/runs/{id}", "/api/v1/forecasts/runs/{id}/years.csv",
                "/api/v1/forecasts/runs/{id}/binding.csv").hasAnyRole(READ);
        rules.post("/api/v1/forecasts/scenarios", "/api/v1/forecasts/runs", "/api/v1/forecasts/runs/{id}/cancel",
                "/api/v1/forecasts/runs/{id}/rerun").hasAnyRole(WRITE);
        rules.get("/forecasts", "/forecasts/runs/{id}", "/forecasts/runs/{id}/progress",
                "/forecasts/runs/{id}/years.csv", "/forecasts/runs/{id}/binding.csv", "/forecasts/compare")
                .hasAnyRole(READ);
        rules.get("/forecasts/scenarios/{id}/edit").hasAnyRole(WRITE);
        rules.post("/forecasts/runs", "/forecasts/runs/{id}/cancel", "/forecasts/runs/{id}/rerun",
                "/forecasts/scenarios").hasAnyRole(WRITE);
    }
}
