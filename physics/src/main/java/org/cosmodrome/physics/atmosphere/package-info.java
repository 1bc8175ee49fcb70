/**
 * The air a falling body meets: the U.S. Standard Atmosphere 1976 (density, temperature, speed of sound from -5 to
 * 1,000 km) and horizontal wind profiles. Static models: no time, latitude or solar-activity dependence.
 */
package org.cosmodrome.physics.atmosphere;
