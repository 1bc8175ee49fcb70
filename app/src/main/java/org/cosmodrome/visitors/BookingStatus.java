package org.cosmodrome.visitors;

/** Where a booking stands. */
public enum BookingStatus {
    /** Holds a place; confirmed once the visitor's pass for the day is approved. */
    HELD_AWAITING_PASS,
    /** Holds a place with an approved pass. */
    CONFIRMED,
    /** Waits for a place; promoted in order when one frees. */
    WAITLISTED,
    /** Cancelled; holds no place. */
    CANCELLED,
    /** The launch moved so that the viewing point lies inside the hazard radius; holds no place, refund due. */
    POINT_CLOSED;

    /** Whether a booking in this status takes one of the slot's places. */
    public boolean holdsPlace() {
        return this == HELD_AWAITING_PASS || this == CONFIRMED;
    }
}
