/**
 * Launch vehicles as the ascent model sees them: stages with their masses, thrusts, burn and separation times,
 * jettisoned parts, missions, drag and guidance parameters ({@link org.cosmodrome.physics.vehicles.VehicleProfile}),
 * read from the profiles shipped under {@code org/cosmodrome/physics/vehicles/}
 * ({@link org.cosmodrome.physics.vehicles.VehicleProfiles}), in which every number names its source or says it was
 * calibrated, estimated or derived.
 * <p>
 * Data only: the flight itself is {@code org.cosmodrome.physics.trajectory.PoweredAscent}. Depends on nothing else in
 * the library; Jackson reads the files.
 */
package org.cosmodrome.physics.vehicles;
