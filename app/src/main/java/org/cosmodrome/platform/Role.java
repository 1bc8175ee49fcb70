package org.cosmodrome.platform;

/**
 * What a user may do, always on behalf of the organisation the user belongs to.
 */
public enum Role {
    /** Runs the site: registry, pads, vehicles, users. */
    SPACEPORT_OPERATOR,
    /** Operates its leased complexes: the status of the pads its organisation operates. */
    LESSEE,
    /** The host state: approves plans, imposes suspensions, files claims; reads every record. */
    HOST_AUTHORITY,
    /** A tenant that requests launches; reads and changes only its own organisation's private records. */
    LAUNCH_PROVIDER,
    /** Reads everything, changes nothing. */
    AUDITOR,
    /** Takes part in equipment auctions. */
    BIDDER,
    /** A member of the public: books tours and launch viewings and applies for passes, seeing only their own. */
    VISITOR;

    /** The Spring Security authority of this role, {@code ROLE_<name>}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
