package org.cosmodrome.webhooks;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks are delivered.
 *
 * @param deliver whether this server runs the delivery worker (deliveries are still written to the outbox without it)
 * @param pollInterval pause between two looks at the outbox
 * @param batchSize most deliveries one look sends
 * @param backoffBase wait before the second attempt; each further attempt waits twice as long as the one before
 * @param backoffMax longest wait between two attempts
 * @param maxAttempts attempts of one delivery before it is given up
 * @param disableAfterFailures failed attempts in a row (of any of its deliveries) after which a subscription is
 *        disabled
 * @param connectTimeout how long to wait for the receiver's connection
 * @param requestTimeout how long to wait for the receiver's answer
 * @param responseExcerpt characters of the receiver's answer kept in the log
 * @param streamTimeout how long a server-sent event stream stays open before the client reconnects
 */
@ConfigurationProperties("cosmodrome.webhooks")
public record WebhookSettings(@DefaultValue("true") boolean deliver, @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("20") int batchSize, @DefaultValue("10s") Duration backoffBase,
        @DefaultValue("1h") Duration backoffMax, @DefaultValue("12") int maxAttempts,
        @DefaultValue("10") int disableAfterFailures, @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration requestTimeout, @DefaultValue("500") int responseExcerpt,
        @DefaultValue("30m") Duration streamTimeout) {

    /**
     * The wait after the {@code attempts}-th failed attempt: {@code backoffBase * 2^(attempts - 1)}, at most
     * {@link #backoffMax()}.
     */
    Duration backoffAfter(int attempts) {
        Duration wait = backoffBase;
        for (int i = 1; i < attempts && wait.compareTo(backoffMax) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(backoffMax) > 0 ? backoffMax : wait;
    }
}
