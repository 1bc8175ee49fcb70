/**
 * Manifest: the launch requests of tenant organisations and the launches they become, with their status lifecycle
 * ({@link org.cosmodrome.manifest.LaunchStatus}, every change with a coded {@link org.cosmodrome.manifest.ReasonCode}),
 * their NET with its precision and an append-only NET history classed as slip, pull-in, firmed or loosened, and the
 * plan that places them on pads and days.
 * <p>
 * Owns the {@code manifest} schema: launches and their histories, the site's scheduling rules (vehicle turnaround,
 * range separation, drop zones and their closures, corridors by inclination, yearly hazard caps) loaded from the data
 * set's {@code scheduling.json}, and the stored plans with an explanation per launch.
 * {@link org.cosmodrome.manifest.Manifest} changes launches; {@link org.cosmodrome.manifest.ManifestPlanning} builds a
 * {@code ScheduleProblem} of the {@code planning} library from what is stored, solves it (asynchronously, with
 * progress) and stores the result. Every change is entered in the ledger in its transaction. The rules live in the
 * plain records of this package; persistence is {@code JdbcClient}.
 * <p>
 * A launch is private to its organisation (the tenant) until it is scheduled; the spaceport operator, the host
 * authority and auditors read everything, and anyone reads the public manifest (mission, vehicle, pad, NET).
 * Depends on {@code vehicles} (hazard class), {@code sites} (pads and their status), {@code organizations},
 * {@code ledger}, {@code permits} (the host state's suspensions in force and the caps of approved launch plans, which
 * the plan obeys; it re-plans when a suspension starts or ends; a launch that flies records its drop-zone uses there),
 * {@code rangesafety} (corridor clearance, and the zones a launch's corridor uses), the {@code planning} library and
 * the platform. Every change of a launch is published as a {@link org.cosmodrome.manifest.LaunchEvent} inside its
 * transaction ({@code LaunchCreated}, {@code LaunchStatusChanged}, {@code LaunchScrubbed}, {@code LaunchNetChanged}),
 * carrying the launch's public fields; {@code webhooks} depends on these events, and the manifest never on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Manifest")
package org.cosmodrome.manifest;
