/**
 * Numerical integration of ordinary differential equations: an embedded Dormand-Prince 5(4) Runge-Kutta method with
 * step-size control, stepped one accepted step at a time so callers can watch for events.
 */
package org.cosmodrome.physics.integration;
