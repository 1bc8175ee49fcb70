/**
 * Analytics: launch statistics and the capacity forecast.
 * <p>
 * Statistics are read models built from other modules' events (launches that flew, NET slips, incidents) and caught
 * up from their query APIs at start, together with the data set's launches per year from 1957 where the sources
 * give them: launches per year, pad, vehicle family, tenant and orbit, success rate, pad turnaround achieved, NET slips
 * by cause and incidents per year.
 * <p>
 * Statistics: {@code StatisticsProjection} listens synchronously, in the publisher's transaction, to
 * {@code manifest.LaunchStatusChanged} (a launch that reaches SUCCESS, PARTIAL_FAILURE or FAILURE has flown; its orbit
 * is read from {@code manifest.Launches} and its family from {@code vehicles}), {@code manifest.LaunchNetChanged}
 * (changes of kind SLIP, by their {@code ReasonCode}) and {@code incidents.IncidentRecorded}, and stores one row per
 * source record in the {@code analytics} schema ({@code LaunchFacts}); at start, as the last data-set loader, it catches
 * up from the manifest's launches with their status and NET histories and from the incident list (seeded incidents
 * publish no event). Both are idempotent. The per-year counts before the manifest come only from the data set
 * ({@code sites.LaunchRecord}); years it does not give stay empty, and the first launch and the cumulative count are
 * shown as the sources state them ({@code SourcedHistory}), never spread over years. Sourced and recorded counts are
 * reported side by side, never added.
 * <p>
 * Who sees what: the statistics are for signed-in users. A launch that flew is public, and so are incidents, so
 * launch counts, outcomes, turnaround and incidents are the same for everyone. NET slips are counted for the
 * spaceport operator, the host authority and auditors in full; for anyone else (tenants) only the slips of launches
 * that were on the public manifest when they slipped (for slips caught up at start rather than heard: that are on it
 * at the catch-up) and of the user's own organisation, so a tenant cannot learn the causes of another tenant's
 * private delays.
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
