/**
 * Analytics: launch statistics and the capacity forecast.
 * <p>
 * Statistics are read models built from other modules' events (launches that flew, NET slips, incidents) and caught
 * up from their query APIs at start, together with the data set's launches per year from 1957 where the sources
 * give them: launches per year, pad, vehicle family, tenant and orbit, success rate, pad turnaround achieved, NET slips
 * by cause and incidents per year.
 * <p>
 * Forecasts run scenarios of the {@code planning} library's {@code forecast} package in the background (progress,
 * cancel, inputs and seed kept so a run can be repeated exactly): demand generated per year, planned with the manifest
 * scheduler, and what could not fly with the resource that bound it, as Monte Carlo bands.
 * <p>
 * Owns the {@code analytics} schema. Reads the other modules, never writes to them; no module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics",
        allowedDependencies = {"platform", "ledger", "manifest", "incidents", "sites", "vehicles", "organizations",
                "permits"})
package org.cosmodrome.analytics;
