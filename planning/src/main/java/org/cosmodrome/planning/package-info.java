/**
 * The manifest solver's working model, as a plain Java library: launches to place on pads and range days, the hard and
 * soft constraints between them (pad turnaround, range and drop-zone availability, suspensions, caps on toxic
 * propellant) and the solver configuration (Timefold). One constraint method per rule, each with its own test.
 * <p>
 * Kept apart from what the app stores ({@code scheduling}) and from what its API returns; no Spring (checked by
 * {@code PlanningArchitectureTests}).
 */
package org.cosmodrome.planning;
