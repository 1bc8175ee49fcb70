package org.cosmodrome.rangesafety;

/** The outcome of a range-safety analysis for a corridor. */
public enum Verdict {
    /** Every stage stays in its zone often enough and the casualty expectation is within the limit. */
    GO,
    /** At least one threshold is broken, or a stage has no agreed zone: the corridor cannot be scheduled. */
    NO_GO
}
