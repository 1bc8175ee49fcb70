/**
 * Monte Carlo impact dispersion: seeded, reproducible on any number of threads, parallel; footprints with mean,
 * covariance, k-sigma ellipses and containment in a polygon with 95% Wilson intervals, estimates with confidence
 * intervals, and progress reporting for long runs.
 */
package org.cosmodrome.physics.dispersion;
