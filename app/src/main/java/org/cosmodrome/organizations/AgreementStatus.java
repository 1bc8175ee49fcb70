package org.cosmodrome.organizations;

/** Where an agreement stands. */
public enum AgreementStatus {
    /** Binding now. */
    IN_FORCE,
    /** Replaced by a later agreement (the 1994 lease by its 2004 extension). */
    SUPERSEDED,
    /** Ran out. */
    EXPIRED,
    /** Being negotiated. */
    IN_NEGOTIATION,
    /** Announced or planned, not negotiated yet. */
    PLANNED,
    /** Ended early by a party. */
    TERMINATED
}
