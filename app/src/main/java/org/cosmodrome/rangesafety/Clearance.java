package org.cosmodrome.rangesafety;

import java.util.UUID;

/**
 * What range safety says about flying a launch: cleared by a GO analysis, refused by a NO_GO or failed one, or not
 * analysed yet (no analysis exists, or the vehicle has no trajectory model).
 *
 * @param analysis the analysis the answer rests on, or {@code null} when not analysed
 * @param reason one English sentence for explanations; never {@code null}
 */
public record Clearance(State state, UUID analysis, String reason) {

    public enum State { CLEARED, REFUSED, NOT_ANALYSED }

    public boolean refused() {
        return state == State.REFUSED;
    }
}
