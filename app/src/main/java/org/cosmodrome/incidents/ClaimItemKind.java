package org.cosmodrome.incidents;

/** What an item of a damage claim pays for. */
public enum ClaimItemKind {
    /** Monitoring the health of the people exposed. */
    HEALTH_MONITORING,
    /** Land taken out of use: pasture bans, farms that cannot work. */
    LAND_OUT_OF_USE,
    /** Compensation paid to residents. */
    RESIDENT_COMPENSATION,
    /** Clean-up and remediation of the site. */
    CLEANUP,
    /** Anything else, or a part of the claim the sources do not itemise. */
    OTHER
}
