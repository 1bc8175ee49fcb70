/**
 * The shape of the Earth and positions on it: the WGS-84 ellipsoid, geodetic and Earth-fixed (ECEF) coordinates,
 * local east-north-up frames, great-circle and Vincenty geodesic distances, and polygons on the Earth (drop zones)
 * with containment and area. Radians and metres; the ECEF frame is the ITRF without polar motion.
 */
package org.cosmodrome.physics.geodesy;
