package org.cosmodrome.permits;

import java.time.LocalDate;

import org.cosmodrome.incidents.IncidentRecorded;
import org.cosmodrome.vehicles.Vehicle;
import org.cosmodrome.vehicles.VehicleId;
import org.cosmodrome.vehicles.Vehicles;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Suspends a vehicle family when an incident falls under an agreement's automatic-suspension rule
 * ({@link AgreementRules}): from the day of the incident at the cosmodrome, until lifted, with the rule's conditions.
 * Runs synchronously in the recording transaction, so the incident and its suspension commit or roll back together.
 */
@Component
class AutomaticSuspensions {

    private final AgreementRules rules;
    private final SuspensionAuthority authority;
    private final Vehicles vehicles;

    AutomaticSuspensions(AgreementRules rules, SuspensionAuthority authority, Vehicles vehicles) {
        this.rules = rules;
        this.authority = authority;
        this.vehicles = vehicles;
    }

    @EventListener
    void on(IncidentRecorded incident) {
        String catalogueFamily = incident.vehicle() == null ? null
                : vehicles.findById(new VehicleId(incident.vehicle())).map(Vehicle::family).orElse(null);
        rules.suspending(incident.kind(), catalogueFamily, incident.vehicleFamily()).ifPresent(rule -> {
            LocalDate day = incident.occurredAt().atZone(Suspension.SITE_TIME).toLocalDate();
            String reason = "Automatic suspension after incident " + incident.incident() + " ("
                    + incident.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + (incident.vehicle() == null ? "" : " of " + incident.vehicle()) + "), under the "
                    + rule.agreement() + ".";
            authority.impose(new SuspensionAuthority.Order(SuspensionScope.FAMILY, rule.family(), null, day, null,
                    reason, rule.conditions().stream()
                            .map(kind -> new SuspensionAuthority.ConditionRequest(kind, null)).toList(),
                    incident.incident()), rule.imposedBy(), "system:permits/" + rule.id());
        });
    }
}
