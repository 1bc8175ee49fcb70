package org.cosmodrome.sites;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a launch pad. Transitions follow {@link #canBecome(PadStatus)}: a museum stays a museum, a
 * destroyed pad can only be rebuilt (a conversion), a decommissioned one can be converted, handed over as a museum
 * or destroyed, and a pad must be repaired or converted before it is active again after mothballing.
 */
public enum PadStatus {
    /** Launches take place or may take place at short notice (31/6). */
    ACTIVE,
    /** Usable but without launches planned (200/39). */
    IDLE,
    /** Being rebuilt for another vehicle (45/1 for Soyuz-5). */
    UNDER_CONVERSION,
    /** Temporarily unusable, repair under way. */
    UNDER_REPAIR,
    /** Preserved without use; needs work to return to service (200/40). */
    MOTHBALLED,
    /** Withdrawn from use for good. */
    DECOMMISSIONED,
    /** Destroyed by an accident (45/2 in 1990). */
    DESTROYED,
    /** Preserved as a monument or museum (1/5, Gagarin's Start). */
    MUSEUM;

    /** Whether a pad in this status can host a launch campaign. */
    public boolean canLaunch() {
        return this == ACTIVE || this == IDLE;
    }

    /** The statuses a pad in this status may move to next. */
    public Set<PadStatus> next() {
        return switch (this) {
            case ACTIVE -> EnumSet.of(IDLE, UNDER_REPAIR, UNDER_CONVERSION, MOTHBALLED, DECOMMISSIONED, DESTROYED);
            case IDLE -> EnumSet.of(ACTIVE, UNDER_REPAIR, UNDER_CONVERSION, MOTHBALLED, DECOMMISSIONED, DESTROYED);
            case UNDER_REPAIR -> EnumSet.of(ACTIVE, IDLE, MOTHBALLED, DECOMMISSIONED, DESTROYED);
            case UNDER_CONVERSION -> EnumSet.of(ACTIVE, IDLE, MOTHBALLED, DECOMMISSIONED, DESTROYED);
            case MOTHBALLED -> EnumSet.of(UNDER_REPAIR, UNDER_CONVERSION, DECOMMISSIONED, DESTROYED, MUSEUM);
            case DECOMMISSIONED -> EnumSet.of(UNDER_CONVERSION, MUSEUM, DESTROYED);
            case DESTROYED -> EnumSet.of(UNDER_CONVERSION);
            case MUSEUM -> EnumSet.noneOf(PadStatus.class);
        };
    }

    public boolean canBecome(PadStatus target) {
        return next().contains(target);
    }
}
