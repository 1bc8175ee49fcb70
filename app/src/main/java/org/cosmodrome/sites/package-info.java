/**
 * Sites: the cosmodrome itself, its launch complexes (sites such as "Site 31") and their pads, each with
 * coordinates, the vehicles it supports, its operator and a status lifecycle with a dated history
 * ({@link org.cosmodrome.sites.PadStatus}: active, idle, under conversion, under repair, mothballed, decommissioned,
 * destroyed, museum), plus the site's yearly launch record.
 * <p>
 * Owns the {@code sites} schema. The status lifecycle is a rule of {@link org.cosmodrome.sites.PadStatus} and
 * {@link org.cosmodrome.sites.Pad}; {@link org.cosmodrome.sites.PadRegistry} applies changes under a row lock so two
 * concurrent transitions of one pad cannot both succeed, and enters every change in the ledger. Refers to vehicles and
 * organisations by id, and asks their modules whether those ids exist. Depends on {@code vehicles},
 * {@code organizations}, {@code ledger} and the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sites and pads")
package org.cosmodrome.sites;
