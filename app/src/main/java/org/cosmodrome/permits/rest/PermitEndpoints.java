package org.cosmodrome.permits.rest;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.cosmodrome.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Suspensions are public; only the host authority imposes them, ticks off their conditions and lifts them. Launch
 * plans are read by their lessee, the host authority, the operator and auditors (each plan only by those who may see
 * it); the lessee submits and amends them; only the host authority decides them. Drop-zone tariffs are public;
 * charges are read by signed-in users, each charge only by its payer, the zone's operator and those who read
 * everything; notices to residents are recorded by the spaceport operator and read by signed-in users.
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
        rules.get("/api/v1/drop-zone-tariffs", "/api/v1/drop-zone-tariffs/{id}").permitAll();
        rules.get("/api/v1/drop-zone-charges", "/api/v1/drop-zone-notices").authenticated();
        rules.post("/api/v1/drop-zone-notices").hasAnyRole(Role.SPACEPORT_OPERATOR);

        rules.get("/suspensions", "/drop-zone-fees").permitAll();
        rules.post("/suspensions/{id}/conditions/{number}", "/suspensions/{id}/lift")
                .hasAnyRole(Role.HOST_AUTHORITY);
        rules.get("/launch-plans").hasAnyRole(Role.LESSEE, Role.HOST_AUTHORITY, Role.SPACEPORT_OPERATOR,
                Role.AUDITOR);
        rules.post("/launch-plans/{id}/decision").hasAnyRole(Role.HOST_AUTHORITY);
    }
}
