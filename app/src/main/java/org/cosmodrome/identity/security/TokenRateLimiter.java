package org.cosmodrome.identity.security;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per API token: {@code perMinute} requests a minute, refilled continuously, bursts up to the same
 * number. Kept in memory, so each instance of the app limits on its own (with N instances behind a balancer a token
 * gets at most N times the rate).
 */
final class TokenRateLimiter {

    private final int perMinute;
    private final ConcurrentMap<UUID, Bucket> buckets = new ConcurrentHashMap<>();

    TokenRateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    /**
     * Takes one request from the token's bucket.
     *
     * @param nanoTime the current {@link System#nanoTime()}
     * @return 0 when the request may go ahead, else the whole seconds to wait before the next one will
     */
    long take(UUID token, long nanoTime) {
        return buckets.computeIfAbsent(token, t -> new Bucket(perMinute, nanoTime)).take(perMinute, nanoTime);
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.last = now;
        }

        synchronized long take(int perMinute, long now) {
            double perNano = perMinute / 60e9;
            tokens = Math.min(perMinute, tokens + (now - last) * perNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
        }
    }
}
