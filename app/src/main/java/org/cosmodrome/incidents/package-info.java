/**
 * Incidents and their consequences: launch failures, propellant spills, debris outside a zone and fires, with the
 * propellant aboard and released and the area affected; contamination samples against their limits; and damage
 * claims with the claimant's assessment, the other party's counter-assessment, negotiation, settlement and payments.
 * <p>
 * Publishes {@link org.cosmodrome.incidents.IncidentRecorded} when an incident is recorded; {@code permits} reacts to
 * it (automatic suspensions). Depends on the platform, the ledger and the registries (sites, vehicles, organizations)
 * by id only, and on {@code rangesafety}, upstream of it, to check that the analysis an incident links to exists and
 * is visible to whoever links it (held as its id); no module it depends on depends on it. It must not depend on
 * {@code manifest} or {@code permits}: a launch is held as a plain id, and {@code permits} listens to this module,
 * not the reverse.
 * <p>
 * Owns the {@code incidents} schema. The rules are plain records of this package ({@link
 * org.cosmodrome.incidents.Claim} computes what is due, paid and outstanding in the claim's currency, and says why it
 * refuses a change with a {@link org.cosmodrome.incidents.Refusal}); persistence is {@code JdbcClient};
 * {@link org.cosmodrome.incidents.IncidentLog} and {@link org.cosmodrome.incidents.DamageClaims} are the services,
 * entering every change in the ledger. The data set's {@code incidents.json} (the Proton accidents of 1999, 2007 and
 * 2013, with their claims) is loaded without publishing {@code IncidentRecorded}: history suspends nothing today.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Incidents",
        allowedDependencies = {"platform", "ledger", "sites", "vehicles", "organizations", "rangesafety"})
package org.cosmodrome.incidents;
