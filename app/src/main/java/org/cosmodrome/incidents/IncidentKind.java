package org.cosmodrome.incidents;

/** What happened. */
public enum IncidentKind {
    /** A launch vehicle failed in flight (lost, destroyed, or off its trajectory). */
    LAUNCH_FAILURE,
    /** Propellant escaped on the ground: at a pad, in storage, in transport or at an impact site. */
    PROPELLANT_SPILL,
    /** A spent stage or fragment came down outside its agreed drop zone. */
    DEBRIS_OUTSIDE_ZONE,
    /** A fire at the cosmodrome or at an impact site. */
    FIRE,
    /** Anything else the host or the operator records. */
    OTHER
}
