package org.cosmodrome.visitors;

import java.time.Instant;

/**
 * A message to a visitor in the outbox.
 *
 * @param kind {@code booking.moved}, {@code booking.moved.refund-offered} or {@code booking.point-closed}
 * @param status {@code PENDING} until the notifier has taken it, then {@code WRITTEN}
 */
public record VisitorMessage(long id, String visitor, String booking, String kind, String body, Instant createdAt,
        String status) {
}
