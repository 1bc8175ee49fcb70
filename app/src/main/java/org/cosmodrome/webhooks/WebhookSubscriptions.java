package org.cosmodrome.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.platform.AccessDenied;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.platform.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's webhook subscriptions: made, listed, deleted and their delivery log read by the organisation's
 * own members only; another organisation's subscription is answered as not found. Who may call at all (the operator,
 * launch providers and lessees) is the endpoints' rule.
 */
@Service
public class WebhookSubscriptions {

    /** Fewest characters of a secret a subscriber chooses. */
    public static final int MIN_SECRET_LENGTH = 16;
    /** Most characters of a URL or a secret. */
    public static final int MAX_LENGTH = 2000;

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final Ledger ledger;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    WebhookSubscriptions(Subscriptions subscriptions, Deliveries deliveries, Ledger ledger, CurrentActor currentActor,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.ledger = ledger;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * Subscribes the actor's organisation.
     *
     * @param url where to POST, an absolute http or https URL
     * @param events wire names of the events wanted ({@link WebhookEvent#wireNames()}), at least one
     * @param secret the secret to sign with, at least {@value #MIN_SECRET_LENGTH} characters, or {@code null} to have
     *        one made
     * @throws InvalidField naming {@code url}, {@code events} (or {@code events[i]}) or {@code secret}
     * @throws AccessDenied when the actor acts for no organisation
     */
    @Transactional
    public CreatedSubscription create(String url, List<String> events, String secret) {
        Actor actor = currentActor.get();
        if (actor.organization() == null) {
            throw new AccessDenied("webhook.organization.required",
                    "Webhook subscriptions belong to an organisation; sign in as one of its members");
        }
        URI target = checkedUrl(url);
        List<WebhookEvent> wanted = checkedEvents(events);
        boolean generated = secret == null || secret.isEmpty();
        if (!generated && (secret.strip().length() < MIN_SECRET_LENGTH || secret.length() > MAX_LENGTH)) {
            throw new InvalidField("secret", "webhook.secret.length", "secret must have " + MIN_SECRET_LENGTH
                    + " to " + MAX_LENGTH + " characters, or be left out to have one made");
        }
        String key = generated ? "whsec_" + HexFormat.of().formatHex(randomBytes(32)) : secret;
        Subscription subscription = new Subscription("whk_" + UUID.randomUUID(), actor.organization(), target,
                wanted, true, 0, clock.instant(), actor.user(), null, null);
        subscriptions.insert(subscription, key);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("url", target.toString());
        entry.put("events", wanted.stream().map(WebhookEvent::wireName).toList());
        ledger.append("webhook.subscribed", "webhook-subscription", subscription.id(),
                List.of(actor.organization()), entry);
        return new CreatedSubscription(subscriptions.findById(subscription.id()).orElseThrow(), key, generated);
    }

    /** The actor's organisation's subscriptions, active and not, newest first; none for an actor of no organisation. */
    public List<Subscription> own() {
        Actor actor = currentActor.get();
        return actor.organization() == null ? List.of() : subscriptions.ofOrganization(actor.organization());
    }

    /**
     * One of the actor's organisation's subscriptions.
     *
     * @throws RecordNotFound when there is none with that id in the actor's organisation
     */
    public Subscription own(String id) {
        Actor actor = currentActor.get();
        return subscriptions.findById(id).filter(s -> actor.actsFor(s.organization()))
                .orElseThrow(() -> new RecordNotFound("webhook-subscription", id));
    }

    /**
     * Stops a subscription: nothing more is written to its outbox or sent; its log stays readable.
     *
     * @throws RecordNotFound when there is none with that id in the actor's organisation
     */
    @Transactional
    public void delete(String id) {
        Subscription subscription = own(id);
        if (!subscription.active()) {
            return;
        }
        subscriptions.disable(id, clock.instant(), "deleted by " + currentActor.get().user());
        ledger.append("webhook.deleted", "webhook-subscription", id, List.of(subscription.organization()),
                Map.of("url", subscription.url().toString()));
    }

    /**
     * A subscription's deliveries, newest first, each with every attempt and its answer.
     *
     * @throws RecordNotFound when there is none with that id in the actor's organisation
     */
    public Page<Delivery> deliveries(String id, PageQuery page) {
        return deliveries.ofSubscription(own(id).id(), page);
    }

    private static URI checkedUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidField("url", "webhook.url.required", "url is required");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new InvalidField("url", "webhook.url.malformed", "url is not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || url.length() > MAX_LENGTH) {
            throw new InvalidField("url", "webhook.url.not-http",
                    "url must be an absolute http or https URL with a host, was '" + url + "'");
        }
        return uri;
    }

    private static List<WebhookEvent> checkedEvents(List<String> events) {
        if (events == null || events.isEmpty()) {
            throw new InvalidField("events", "webhook.events.required",
                    "events must name at least one of " + WebhookEvent.wireNames());
        }
        List<WebhookEvent> wanted = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            String name = events.get(i);
            WebhookEvent event = WebhookEvent.named(name).orElseThrow(() -> new InvalidField("events",
                    "webhook.events.unknown", "'" + name + "' is not one of " + WebhookEvent.wireNames()));
            if (!wanted.contains(event)) {
                wanted.add(event);
            }
        }
        return wanted;
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    /** When the worker disables a subscription, the ledger says why. */
    void disabledAfterFailures(Subscription subscription, int failures, Instant at) {
        String why = failures + " failed delivery attempts in a row";
        subscriptions.disable(subscription.id(), at, why);
        ledger.append("webhook.disabled", "webhook-subscription", subscription.id(),
                List.of(subscription.organization()), Map.of("why", why));
    }
}
