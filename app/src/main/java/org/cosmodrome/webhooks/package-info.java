/**
 * Webhooks and the change stream: organisations subscribe a URL to the launch changes they want
 * ({@code launch.created}, {@code launch.net_changed} with its slip class, {@code launch.status_changed},
 * {@code launch.scrubbed}); each change is POSTed to them as JSON signed with HMAC-SHA256 of the subscription's
 * secret, retried with exponential backoff, logged with every answer, and the subscription disabled after repeated
 * failure. Signed-in and anonymous clients also follow the same changes as server-sent events.
 * <p>
 * Owns the {@code webhooks} schema: subscriptions, the outbox of deliveries and their attempts. The outbox is written
 * by {@link org.cosmodrome.webhooks.LaunchEventOutbox}, a synchronous listener of the manifest's
 * {@code LaunchEvent}s, inside the transaction of the change: a change that rolls back leaves no delivery, and one
 * that commits cannot lose its deliveries. {@link org.cosmodrome.webhooks.DeliveryWorker} sends them in the
 * background, taking due rows with {@code FOR UPDATE SKIP LOCKED} so several servers may share the outbox. A public
 * launch's changes go to every subscription that wants them, a private launch's only to its organisation's.
 * Persistence is {@code JdbcClient}; creating and deleting a subscription, and disabling it after failures, are
 * entered in the ledger (never its secret). Settings in {@link org.cosmodrome.webhooks.WebhookSettings}.
 * <p>
 * Depends on {@code manifest} (its events only), {@code ledger}, {@code organizations} and the platform; no module
 * depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webhooks",
        allowedDependencies = {"platform", "ledger", "organizations", "manifest"})
package org.cosmodrome.webhooks;
