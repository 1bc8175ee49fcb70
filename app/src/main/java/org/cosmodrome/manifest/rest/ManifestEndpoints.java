package org.cosmodrome.manifest.rest;

import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.cosmodrome.platform.Role;
import org.springframework.stereotype.Component;

/**
 * The public manifest and the current plan are readable by anyone (each caller sees only what is
 * public or its own); tenants and the operator request launches and ask where one can fit; the operator re-plans.
 * Which status change a role may make is checked by
 * {@code Manifest}. The public calendar feed is anyone's; the own feed needs a signed-in member of an organisation
 * (a calendar app sends its API token as {@code ?token=}).
 */
@Component
class ManifestEndpoints implements EndpointPolicy {

    @Override
    public void declare(EndpointRules rules) {
        rules.get("/api/v1/launches", "/api/v1/launches/{id}", "/api/v1/launches/{id}/net-history",
                "/api/v1/manifest/plan", "/api/v1/calendar/public.ics").permitAll();
        rules.get("/api/v1/calendar/mine.ics").authenticated();
        rules.post("/api/v1/launches", "/api/v1/launches/{id}/net", "/api/v1/manifest/fit")
                .hasAnyRole(Role.SPACEPORT_OPERATOR, Role.LAUNCH_PROVIDER, Role.LESSEE);
        rules.post("/api/v1/launches/{id}/status-changes").hasAnyRole(Role.SPACEPORT_OPERATOR, Role.HOST_AUTHORITY,
                Role.LAUNCH_PROVIDER, Role.LESSEE);
        rules.post("/api/v1/manifest/replans").hasAnyRole(Role.SPACEPORT_OPERATOR);
        rules.post("/api/v1/schedule").hasAnyRole(Role.SPACEPORT_OPERATOR, Role.HOST_AUTHORITY,
                Role.LAUNCH_PROVIDER, Role.LESSEE);
        rules.get("/api/v1/manifest/replans/{id}").hasAnyRole(Role.SPACEPORT_OPERATOR, Role.HOST_AUTHORITY,
                Role.AUDITOR);

        rules.get("/manifest", "/manifest/launches/{id}").permitAll();
        rules.get("/manifest/requests/new").hasAnyRole(Role.SPACEPORT_OPERATOR, Role.LAUNCH_PROVIDER, Role.LESSEE);
        rules.post("/manifest/requests", "/manifest/fit")
                .hasAnyRole(Role.SPACEPORT_OPERATOR, Role.LAUNCH_PROVIDER, Role.LESSEE);
        rules.post("/manifest/launches/{id}/status").hasAnyRole(Role.SPACEPORT_OPERATOR, Role.HOST_AUTHORITY,
                Role.LAUNCH_PROVIDER, Role.LESSEE);
        rules.post("/manifest/replans").hasAnyRole(Role.SPACEPORT_OPERATOR);
        rules.get("/manifest/replans/{id}").hasAnyRole(Role.SPACEPORT_OPERATOR);
    }
}
