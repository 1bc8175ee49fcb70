package org.cosmodrome.webhooks.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.webhooks.CreatedSubscription;
import org.cosmodrome.webhooks.Delivery;
import org.cosmodrome.webhooks.Subscription;
import org.cosmodrome.webhooks.WebhookEvent;
import org.cosmodrome.webhooks.WebhookSubscriptions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/webhooks/subscriptions")
@Tag(name = "Webhooks", description = "An organisation's subscriptions to launch changes, POSTed to its URL signed"
        + " with HMAC-SHA256, and the log of their deliveries")
class WebhookController {

    private final WebhookSubscriptions webhooks;

    WebhookController(WebhookSubscriptions webhooks) {
        this.webhooks = webhooks;
    }

    /**
     * @param events wire names: launch.created, launch.net_changed, launch.status_changed, launch.scrubbed
     * @param secret at least 16 characters, or left out to have one made (shown once, in the answer)
     */
    record SubscriptionBody(String url, List<String> events, String secret) {
    }

    record SubscriptionView(String id, String organization, String url, List<String> events, boolean active,
            int failures, Instant createdAt, String createdBy, Instant disabledAt, String disabledWhy) {
        static SubscriptionView of(Subscription s) {
            return new SubscriptionView(s.id(), s.organization(), s.url().toString(),
                    s.events().stream().map(WebhookEvent::wireName).toList(), s.active(), s.failures(),
                    s.createdAt(), s.createdBy(), s.disabledAt(), s.disabledWhy());
        }
    }

    /** A new subscription with its secret, the only answer that shows it. */
    record CreatedView(String id, String organization, String url, List<String> events, boolean active,
            Instant createdAt, String secret, boolean secretGenerated) {
    }

    @PostMapping
    @Operation(summary = "Subscribe the caller's organisation to launch changes",
            description = "A public launch's changes go to every subscription, a private launch's only to its"
                    + " organisation's. The secret is shown in this answer only.")
    ResponseEntity<CreatedView> create(@RequestBody SubscriptionBody body) {
        CreatedSubscription created = webhooks.create(body.url(), body.events(), body.secret());
        Subscription s = created.subscription();
        return ResponseEntity.created(URI.create("/api/v1/webhooks/subscriptions/" + s.id()))
                .body(new CreatedView(s.id(), s.organization(), s.url().toString(),
                        s.events().stream().map(WebhookEvent::wireName).toList(), s.active(), s.createdAt(),
                        created.secret(), created.secretGenerated()));
    }

    @GetMapping
    @Operation(summary = "The caller's organisation's subscriptions, newest first, deleted ones included")
    List<SubscriptionView> list() {
        return webhooks.own().stream().map(SubscriptionView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the caller's organisation's subscriptions")
    SubscriptionView one(@PathVariable String id) {
        return SubscriptionView.of(webhooks.own(id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a subscription: nothing more is sent; its delivery log stays readable",
            description = "Answers the subscription as it now is, inactive.")
    SubscriptionView delete(@PathVariable String id) {
        webhooks.delete(id);
        return SubscriptionView.of(webhooks.own(id));
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The subscription's deliveries, newest first, with every attempt and the receiver's answer")
    Page<Delivery> deliveries(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        return webhooks.deliveries(id, new PageQuery(page, size));
    }
}
