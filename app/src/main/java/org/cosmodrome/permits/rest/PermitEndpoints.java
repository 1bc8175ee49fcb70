package org.cosmodrome.permits.rest;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.cosmodrome.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Suspensions are public; only the host authority imposes them, ticks off their conditions and lifts them. Launch
 * plans are read by their lessee, the host authority, the operator and auditors (each plan only by those who may see
 * it); the lessee submits and amends them; only the host authority decides them.
 */
@Component
class PermitEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/api/v1/suspensions", "/api/v1/suspensions/{id}").permitAll();
        rules.post("/api/v1/suspensions", "/api/v1/suspensions/{id}/conditions/{number}",
                "/api/v1/suspensions/{id}/lift").hasAnyRole(Role.HOST_AUTHORITY);
        rules.get("/api/v1/launch-plans", "/api/v1/launch-plans/{id}").hasAnyRole(Role.LESSEE, Role.HOST_AUTHORITY,
                Role.SPACEPORT_OPERATOR, Role.AUDITOR);
        rules.post("/api/v1/launch-plans").hasAnyRole(Role.LESSEE);
        rules.post("/api/v1/launch-plans/{id}/approval", "/api/v1/launch-plans/{id}/partial-approval",
                "/api/v1/launch-plans/{id}/refusal").hasAnyRole(Role.HOST_AUTHORITY);

        rules.get("/suspensions").permitAll();
        rules.post("/suspensions/{id}/conditions/{number}", "/suspensions/{id}/lift")
                .hasAnyRole(Role.HOST_AUTHORITY);
        rules.get("/launch-plans").hasAnyRole(Role.LESSEE, Role.HOST_AUTHORITY, Role.SPACEPORT_OPERATOR,
                Role.AUDITOR);
        rules.post("/launch-plans/{id}/decision").hasAnyRole(Role.HOST_AUTHORITY);
    }
}
