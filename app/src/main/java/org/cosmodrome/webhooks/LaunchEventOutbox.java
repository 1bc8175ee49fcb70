package org.cosmodrome.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cosmodrome.manifest.LaunchEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a launch change's deliveries to the outbox, one row per active subscription that wants it, in the
 * transaction of the change: synchronous, so a failure here rolls the change back, and a change that rolls back
 * leaves no row. A public launch's change goes to every such subscription, a private launch's only to its
 * organisation's.
 */
@Component
class LaunchEventOutbox {

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final JsonMapper json;
    private final Clock clock;

    LaunchEventOutbox(Subscriptions subscriptions, Deliveries deliveries, JsonMapper json, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(LaunchEvent event) {
        WebhookEvent type = WebhookEvent.of(event);
        List<Subscription> receivers = subscriptions.activeFor(type,
                event.publicLaunch() ? null : event.organization().value());
        Instant now = clock.instant();
        for (Subscription subscription : receivers) {
            String id = "whd_" + UUID.randomUUID();
            // The delivery's id is in its body too, so that it is covered by the signature.
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", id);
            body.putAll(EventBodies.of(event));
            deliveries.insert(id, subscription.id(), type, event.launch().id().value(), json.writeValueAsString(body),
                    now);
        }
    }
}
