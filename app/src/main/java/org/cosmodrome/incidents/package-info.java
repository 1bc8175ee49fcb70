/**
 * Incidents and their consequences: launch failures, propellant spills, debris outside a zone and fires, with the
 * propellant aboard and released and the area affected; contamination samples against their limits; and damage
 * claims with the claimant's assessment, the other party's counter-assessment, negotiation, settlement and payments.
 * <p>
 * Publishes {@link org.cosmodrome.incidents.IncidentRecorded} when an incident is recorded; {@code permits} reacts to
 * it (automatic suspensions). Depends on the platform, the ledger and the registries (sites, vehicles, organizations)
 * by id only; no module it depends on depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Incidents")
package org.cosmodrome.incidents;
