package org.cosmodrome.planning.forecast;

/**
 * The resource that kept a launch from flying in its year: the rule that alone blocks the most of its (pad, day)
 * places, so that more of it would have let the launch fly.
 */
public enum BindingResource {
    /** The pads able to take the vehicle were busy (turnaround), out of service or closed; by vehicle family. */
    PADS,
    /** The range was taken: another launch of the site within the range separation. */
    RANGE_DAYS,
    /** A drop zone of its corridor was closed or had reached its yearly limit. */
    DROP_ZONES,
    /** A yearly cap on launches, e.g. of toxic (heptyl) propellant, was reached. */
    HAZARD_CAP,
    /** Its vehicle family was suspended. */
    SUSPENSION,
    /** A place was free but the solver did not find it within its move budget. */
    SOLVER_LIMIT
}
