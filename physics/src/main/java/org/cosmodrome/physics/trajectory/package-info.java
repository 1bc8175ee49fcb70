/**
 * Flights over the rotating Earth: the launch azimuth for an inclination, the powered ascent of a vehicle profile with
 * its stage separations, the ballistic fall of a spent stage or failed vehicle to the ground, and thrust-loss failure
 * cases. Point masses (3-DOF) in the Earth-fixed frame, SI units; docs/range-safety.md gives equations and validation.
 */
package org.cosmodrome.physics.trajectory;
