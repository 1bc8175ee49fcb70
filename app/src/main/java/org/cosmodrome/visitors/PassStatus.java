package org.cosmodrome.visitors;

/** Where a pass application stands; the spaceport operator decides. */
public enum PassStatus {
    SUBMITTED, APPROVED, REFUSED
}
