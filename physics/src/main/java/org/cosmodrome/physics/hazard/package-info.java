/**
 * Risk to people from falling bodies: population models (settlements as discs over a background density) and the
 * casualty expectation Ec of a footprint (RCC 321 / 14 CFR 450 form), with its confidence interval.
 */
package org.cosmodrome.physics.hazard;
