package org.cosmodrome.analytics.rest;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.springframework.stereotype.Component;

/**
 * The launch statistics are for signed-in users, in the API and the console. What each sees is filtered in
 * {@link org.cosmodrome.analytics.LaunchStatistics}: flown launches and incidents are public and count for everyone;
 * NET slips of another organisation's private launches count only for those who read everything.
 */
@Component
class StatisticsEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/api/v1/analytics/statistics", "/api/v1/analytics/statistics/{table}",
                "/api/v1/analytics/statistics/{table}.csv", "/analytics", "/analytics/history/{table}.csv")
                .authenticated();
    }
}
