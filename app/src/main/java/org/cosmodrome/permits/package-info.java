/**
 * Permits: the host state's oversight of the lease. Suspensions of launches ({@link org.cosmodrome.permits.Suspension})
 * of a vehicle family, a pad or the whole site, imposed by the host authority or automatically after an accident where
 * an agreement says so ({@link org.cosmodrome.permits.AgreementRules}, from the data set's {@code permits.json}), each
 * with lifting conditions ticked off with evidence; it lifts when the last is met or when the authority lifts it.
 * Annual launch plans ({@link org.cosmodrome.permits.LaunchPlan}): the lessee submits how many launches of each vehicle
 * family or hazard class it wants in a year, the host authority approves them in full, in part or refuses, and an
 * amendment is a new version through the same flow. Drop-zone fees ({@link org.cosmodrome.permits.DropZonePermits}):
 * each zone's tariff (a yearly fee for the first launches of a year, a fee per launch beyond, from the data set's
 * {@code drop-zone-tariffs.json}), the zones' uses the manifest records when a launch flies and the charges they give
 * rise to, each published as {@link org.cosmodrome.permits.DropZoneCharged} in its transaction (the books post it), and
 * the notices to residents, in time when at least 24 hours before the launch.
 * <p>
 * Owns the {@code permits} schema. The rules live in the plain records of this package; persistence is
 * {@code JdbcClient}; every change is entered in the ledger in its transaction.
 * {@link org.cosmodrome.permits.PermitRules} is what the scheduler reads (the suspensions in force, the approved
 * caps), and {@link org.cosmodrome.permits.SuspensionImposed} and {@link org.cosmodrome.permits.SuspensionLifted} are
 * published when a suspension starts or ends, so the manifest re-plans. Reacts to
 * {@code incidents.IncidentRecorded} synchronously, inside the recording transaction.
 * <p>
 * Depends on {@code incidents} (its event), {@code vehicles} and {@code sites} (families and pads are checked to
 * exist), {@code rangesafety} (drop zones are checked to exist), {@code ledger} and the platform. It must not depend
 * on {@code manifest}: the manifest depends on it, and records the drop-zone uses of its launches here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Permits",
        allowedDependencies = {"platform", "ledger", "incidents", "vehicles", "sites", "rangesafety"})
package org.cosmodrome.permits;
