/**
 * Vehicles: the catalogue of launch vehicles that fly, flew or may fly from the spaceport, with their stages and
 * each stage's propellant and hazard class (toxic hypergolic UDMH/N2O4 against kerosene/LOX, methane, hydrogen,
 * hybrid, solid).
 * <p>
 * Owns the {@code vehicles} schema. A simple registry: aggregates are mapped with {@code JdbcClient} in
 * {@link org.cosmodrome.vehicles.Vehicles}; rules live on {@link org.cosmodrome.vehicles.Vehicle} and
 * {@link org.cosmodrome.vehicles.VehicleCatalog}. Other modules refer to vehicles by
 * {@link org.cosmodrome.vehicles.VehicleId} only. Depends on the platform only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vehicles")
package org.cosmodrome.vehicles;
