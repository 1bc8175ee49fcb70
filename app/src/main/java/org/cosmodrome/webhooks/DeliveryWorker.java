package org.cosmodrome.webhooks;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due deliveries in the background, every {@link WebhookSettings#pollInterval()}: each in its own
 * transaction that holds the row ({@code FOR UPDATE SKIP LOCKED}) while it is POSTed, so that two workers never send
 * the same row at once, and records the attempt with the receiver's answer. A 2xx answer delivers it; anything else
 * (another status, a timeout, a refused connection) schedules the next attempt after
 * {@link WebhookSettings#backoffAfter(int)}, until {@link WebhookSettings#maxAttempts()}; and a subscription whose
 * attempts failed {@link WebhookSettings#disableAfterFailures()} times in a row is disabled.
 * <p>
 * Delivery is at least once: a server that stops between the receiver's answer and the commit sends that delivery
 * again, with the same {@code X-Cosmodrome-Delivery} id, for the receiver to recognise.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final Deliveries deliveries;
    private final Subscriptions subscriptions;
    private final WebhookSubscriptions webhooks;
    private final WebhookSettings settings;
    private final TransactionTemplate transaction;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final HttpClient http;
    private ScheduledExecutorService executor;

    DeliveryWorker(Deliveries deliveries, Subscriptions subscriptions, WebhookSubscriptions webhooks,
            WebhookSettings settings, TransactionTemplate transaction, CurrentActor currentActor, Clock clock) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.webhooks = webhooks;
        this.settings = settings;
        this.transaction = transaction;
        this.currentActor = currentActor;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public synchronized void start() {
        if (!settings.deliver() || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "webhook-delivery");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::sendDue, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(settings.requestTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    /** Sends up to {@link WebhookSettings#batchSize()} due deliveries; returns how many it tried. */
    int sendDue() {
        int sent = 0;
        try {
            while (sent < settings.batchSize() && !Thread.currentThread().isInterrupted()
                    && Boolean.TRUE.equals(currentActor.runAs(Actor.system("webhooks"),
                            () -> transaction.execute(status -> sendNext())))) {
                sent++;
            }
        } catch (RuntimeException e) {
            // The next look at the outbox tries again; a worker that died here would stop all deliveries.
            log.warn("Webhook delivery round failed: {}", e.toString());
        }
        return sent;
    }

    private boolean sendNext() {
        Optional<Deliveries.Due> next = deliveries.lockNextDue(clock.instant());
        if (next.isEmpty()) {
            return false;
        }
        Deliveries.Due due = next.get();
        Delivery.Attempt attempt = post(due);
        int number = attempt.number();
        if (attempt.succeeded()) {
            deliveries.recordAttempt(due.id(), attempt, null);
            subscriptions.countSuccess(due.subscription());
            log.info("Webhook {} {} delivered to {} on attempt {} ({})", due.event(), due.id(), due.url(), number,
                    attempt.statusCode());
            return true;
        }
        boolean giveUp = number >= settings.maxAttempts();
        Instant retryAt = giveUp ? null : attempt.attemptedAt().plus(settings.backoffAfter(number));
        deliveries.recordAttempt(due.id(), attempt, retryAt);
        log.warn("Webhook {} {} to {} failed on attempt {}: {} {}; {}", due.event(), due.id(), due.url(), number,
                attempt.statusCode() != null ? "status " + attempt.statusCode() : "no answer",
                attempt.statusCode() != null ? excerpt(attempt.response()) : attempt.error(),
                giveUp ? "given up" : "next attempt at " + retryAt);
        int failures = subscriptions.countFailure(due.subscription());
        if (failures >= settings.disableAfterFailures()) {
            Subscription subscription = subscriptions.findById(due.subscription()).orElseThrow();
            webhooks.disabledAfterFailures(subscription, failures, attempt.attemptedAt());
            log.warn("Webhook subscription {} of {} disabled after {} failed attempts in a row", subscription.id(),
                    subscription.organization(), failures);
        }
        return true;
    }

    private Delivery.Attempt post(Deliveries.Due due) {
        int number = due.attempts() + 1;
        Instant at = clock.instant();
        long started = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(due.url()).timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Cosmodrome-Webhooks/1")
                .header("X-Cosmodrome-Event", due.event())
                .header("X-Cosmodrome-Delivery", due.id())
                .header("X-Cosmodrome-Attempt", Integer.toString(number))
                .header("X-Cosmodrome-Timestamp", Long.toString(at.getEpochSecond()))
                .header("X-Cosmodrome-Signature", WebhookSignature.of(due.secret(), due.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(due.payload(), StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Delivery.Attempt(number, at, response.statusCode(), excerpt(response.body()), null,
                    elapsedMs(started));
        } catch (IOException e) {
            return new Delivery.Attempt(number, at, null, null, excerpt(e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())), elapsedMs(started));
        } catch (InterruptedException e) {
            // The server is stopping: roll back, so the delivery stays due and is not counted as failed.
            Thread.currentThread().interrupt();
            throw new IllegalStateException("webhook delivery interrupted", e);
        }
    }

    private String excerpt(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= settings.responseExcerpt() ? text : text.substring(0, settings.responseExcerpt());
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
