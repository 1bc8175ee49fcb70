package org.cosmodrome.webhooks;

import java.time.Instant;
import java.util.List;

/**
 * One event for one subscription, as the log shows it.
 *
 * @param id the value of the {@code X-Cosmodrome-Delivery} header, the same on every attempt
 * @param payload the JSON body sent
 * @param nextAttemptAt when it is tried again, {@code null} once delivered or given up
 * @param deliveredAt when a receiver answered 2xx, or {@code null}
 * @param attempts every attempt, first first
 */
public record Delivery(String id, String subscription, String event, String launch, String payload,
        Instant createdAt, Instant nextAttemptAt, Instant deliveredAt, List<Attempt> attempts) {

    public Delivery {
        attempts = List.copyOf(attempts);
    }

    /**
     * One POST of a delivery and its answer.
     *
     * @param statusCode the receiver's HTTP status, {@code null} when it did not answer
     * @param response the start of the receiver's body, {@code null} when it did not answer
     * @param error why there was no answer (timeout, refused connection), or {@code null}
     * @param durationMs how long it took, in milliseconds
     */
    public record Attempt(int number, Instant attemptedAt, Integer statusCode, String response, String error,
            long durationMs) {

        public boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }
}
