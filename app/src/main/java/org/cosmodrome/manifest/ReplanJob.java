package org.cosmodrome.manifest;

import java.time.Instant;

/**
 * A re-plan running in the background, as its caller polls it.
 *
 * @param progress 0 to 100, the share of the solver's time limit used so far (100 once done)
 * @param bestScore the best score found so far, or {@code null} before the first
 * @param planId the stored plan once {@link State#DONE}, else {@code null}
 * @param error what went wrong once {@link State#FAILED}, else {@code null}
 */
public record ReplanJob(String id, State state, int progress, String bestScore, String planId, String error,
        Instant startedAt, Instant finishedAt, String requestedBy) {

    public enum State { RUNNING, DONE, FAILED }

    ReplanJob progressed(int percent, String score) {
        return new ReplanJob(id, state, Math.max(progress, Math.min(99, percent)), score, planId, error, startedAt,
                finishedAt, requestedBy);
    }

    ReplanJob done(String plan, String score, Instant at) {
        return new ReplanJob(id, State.DONE, 100, score, plan, null, startedAt, at, requestedBy);
    }

    ReplanJob failed(String message, Instant at) {
        return new ReplanJob(id, State.FAILED, progress, bestScore, null, message, startedAt, at, requestedBy);
    }

    public boolean running() {
        return state == State.RUNNING;
    }
}
