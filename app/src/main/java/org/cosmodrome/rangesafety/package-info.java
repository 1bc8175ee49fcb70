/**
 * Range safety: where the spent stages and fairings of the cosmodrome's launches come down, and whether a flight may
 * go. It holds the geography, the drop zones agreed with Kazakhstan and Russia
 * ({@link org.cosmodrome.rangesafety.DropZone}, each an outline with the locality it is named after and how far to
 * trust it) and the corridors that use them ({@link org.cosmodrome.rangesafety.Corridor}: a vehicle to an inclination,
 * which of its stages falls in which zone, and the profile mission it flies); and the impact-dispersion analyses
 * ({@link org.cosmodrome.rangesafety.RangeSafetyAnalysis}): the vehicle's calibrated ascent from the {@code physics}
 * library, a seeded Monte Carlo dispersion of every spent stage, containment in its zone and the casualty expectation
 * against the population ({@link org.cosmodrome.rangesafety.FootprintAssessment}, {@link
 * org.cosmodrome.rangesafety.HazardModel}), and a go/no-go verdict, stored with inputs, seed, thresholds and model
 * version so it can be re-run to the same result.
 * <p>
 * Owns the {@code rangesafety} schema, loaded from the data set's {@code drop-zones.json} and {@code
 * range-safety.json}. No source publishes a zone's outline, so the data set gives each zone's centre, size and
 * orientation, and the outline is drawn from them at load time ({@link org.cosmodrome.rangesafety.ZoneOutline}) and
 * marked approximate. Rules are plain classes of this package, used alike by the server and by the {@code dispersion}
 * command ({@link org.cosmodrome.rangesafety.DispersionCommand}); persistence is {@code JdbcClient}; analyses run one
 * at a time on a background worker with progress, and queued or running ones are resumed after a restart. The
 * {@code maps} package writes features as GeoJSON and KML.
 * <p>
 * Depends on {@code vehicles} and {@code sites} (corridors name a vehicle and a pad by id), {@code ledger} (every
 * request and outcome is entered), the platform and the {@code physics} library. It must not depend on
 * {@code manifest}: the manifest asks it for a launch's {@link org.cosmodrome.rangesafety.Clearance}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Range safety",
        allowedDependencies = {"platform", "ledger", "sites", "vehicles"})
package org.cosmodrome.rangesafety;
