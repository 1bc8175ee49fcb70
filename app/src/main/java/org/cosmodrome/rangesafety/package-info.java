/**
 * Range safety: where the spent stages and fairings of the cosmodrome's launches come down. Phase 1 holds the
 * geography: the drop zones agreed with Kazakhstan and Russia ({@link org.cosmodrome.rangesafety.DropZone}, each an
 * outline with the locality it was drawn around and how far to trust it) and the corridors that use them
 * ({@link org.cosmodrome.rangesafety.Corridor}: a vehicle to an inclination, and which of its stages falls in which
 * zone). The impact-dispersion analyses of the next phase will live here too; their table is already in the schema.
 * <p>
 * Owns the {@code rangesafety} schema, loaded from the data set's {@code drop-zones.json}. No source publishes a
 * zone's outline, so the data set gives each zone's reference locality, size and orientation, and the outline is
 * drawn from them at load time ({@link org.cosmodrome.rangesafety.ZoneOutline}) and marked approximate. The rules are
 * plain records of this package on a spherical Earth ({@link org.cosmodrome.rangesafety.GreatCircle}); persistence
 * is {@code JdbcClient}; {@link org.cosmodrome.rangesafety.RangeGeography} is what other modules call. The
 * {@code maps} package writes features as GeoJSON and KML for the API.
 * <p>
 * Depends on {@code vehicles} and {@code sites} (corridors name a vehicle and a pad by id, and the loader asks
 * whether they exist), {@code ledger} and the platform. It must not depend on {@code manifest}: the manifest will
 * ask it for the zones of a launch's corridor.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Range safety",
        allowedDependencies = {"platform", "ledger", "sites", "vehicles"})
package org.cosmodrome.rangesafety;
