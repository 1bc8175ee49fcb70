package org.cosmodrome.webhooks;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * An organisation's subscription to launch changes. Its secret is never part of this record: it is shown once, when
 * the subscription is made ({@link CreatedSubscription}).
 *
 * @param failures failed delivery attempts in a row; a success sets it back to 0
 * @param disabledAt when it stopped receiving (deleted by its organisation, or too many failures), or {@code null}
 * @param disabledWhy why it stopped, or {@code null}
 */
public record Subscription(String id, String organization, URI url, List<WebhookEvent> events, boolean active,
        int failures, Instant createdAt, String createdBy, Instant disabledAt, String disabledWhy) {

    public Subscription {
        events = List.copyOf(events);
    }
}
