package org.cosmodrome.manifest;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a launch. The main line is requested, scheduled, confirmed, go, in flight and one of success,
 * partial failure or failure; hold, scrubbed and suspended step aside from it and return; cancelled and the three
 * outcomes are final. Transitions follow {@link #next()}.
 */
public enum LaunchStatus {
    /** Asked for by a tenant, not placed on a pad and day. */
    REQUESTED,
    /** Placed on a pad and day by the plan; may still move when re-planned. */
    SCHEDULED,
    /** Pad and day agreed: re-plans keep it where it is (pinned). */
    CONFIRMED,
    /** Cleared for launch by the readiness review; pinned. */
    GO,
    IN_FLIGHT,
    SUCCESS,
    PARTIAL_FAILURE,
    FAILURE,
    /** Paused by the tenant or the operator. */
    HOLD,
    /** An attempt called off; needs a new day. */
    SCRUBBED,
    /** Stopped by the host state. */
    SUSPENDED,
    CANCELLED;

    public Set<LaunchStatus> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(SCHEDULED, HOLD, SUSPENDED, CANCELLED);
            case SCHEDULED -> EnumSet.of(REQUESTED, CONFIRMED, HOLD, SCRUBBED, SUSPENDED, CANCELLED);
            case CONFIRMED -> EnumSet.of(SCHEDULED, GO, HOLD, SCRUBBED, SUSPENDED, CANCELLED);
            case GO -> EnumSet.of(IN_FLIGHT, HOLD, SCRUBBED, SUSPENDED);
            case IN_FLIGHT -> EnumSet.of(SUCCESS, PARTIAL_FAILURE, FAILURE);
            case HOLD -> EnumSet.of(REQUESTED, SCHEDULED, GO, SCRUBBED, CANCELLED);
            case SCRUBBED -> EnumSet.of(REQUESTED, SCHEDULED, HOLD, SUSPENDED, CANCELLED);
            case SUSPENDED -> EnumSet.of(REQUESTED, SCHEDULED, CANCELLED);
            case SUCCESS, PARTIAL_FAILURE, FAILURE, CANCELLED -> EnumSet.noneOf(LaunchStatus.class);
        };
    }

    public boolean canBecome(LaunchStatus target) {
        return next().contains(target);
    }

    /** Whether the launch holds its pad and day against re-plans. */
    public boolean pinned() {
        return this == CONFIRMED || this == GO;
    }

    /** Whether a re-plan places this launch (again). */
    public boolean toBePlanned() {
        return this == REQUESTED || this == SCHEDULED || this == SCRUBBED;
    }

    /** Whether the launch is on the public manifest once it has a pad and day. */
    public boolean publicOnceScheduled() {
        return this != REQUESTED && this != CANCELLED;
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
