package org.cosmodrome.webhooks;

/**
 * A subscription just made, with the secret that signs its deliveries: the only time the secret is shown.
 *
 * @param secretGenerated whether the secret was made here because none was given
 */
public record CreatedSubscription(Subscription subscription, String secret, boolean secretGenerated) {
}
