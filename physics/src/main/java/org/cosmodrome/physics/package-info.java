/**
 * Flight dynamics for range safety, as a plain Java library: geodesy (geodetic and Earth-fixed frames), the standard
 * atmosphere, ballistic fall of spent stages and debris, impact dispersion and the footprints checked against drop
 * zones. Packages are named for these concepts.
 * <p>
 * SI units and radians inside; every public member states its unit, frame and validity range, and where its model
 * comes from. Deterministic for the same inputs and seed, with no logging and no Spring (checked by
 * {@code PhysicsArchitectureTests}).
 */
package org.cosmodrome.physics;
