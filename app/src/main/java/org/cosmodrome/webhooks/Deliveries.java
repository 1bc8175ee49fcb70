package org.cosmodrome.webhooks;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox: deliveries waiting, sent and given up, and their attempts. */
@Repository
class Deliveries {

    /** A delivery taken from the outbox to be sent, with where and how to sign it. */
    record Due(String id, String subscription, URI url, String secret, String event, String payload, int attempts) {
    }

    private final JdbcClient jdbc;

    Deliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String id, String subscription, WebhookEvent event, String launch, String payload, Instant at) {
        jdbc.sql("""
                insert into webhooks.delivery (id, subscription_id, event_type, launch_id, payload, created_at,
                    attempts, next_attempt_at) values (?, ?, ?, ?, cast(? as jsonb), ?, 0, ?)""")
                .params(id, subscription, event.wireName(), launch, payload, Timestamp.from(at), Timestamp.from(at))
                .update();
    }

    /**
     * Locks the next delivery that is due at {@code now} and whose subscription is active, skipping those another
     * transaction holds, so several workers never send the same row at once. The lock lasts until the caller's
     * transaction ends.
     */
    Optional<Due> lockNextDue(Instant now) {
        return jdbc.sql("""
                select d.id, d.subscription_id, s.url, s.secret, d.event_type, d.payload::text as payload, d.attempts
                from webhooks.delivery d join webhooks.subscription s on s.id = d.subscription_id
                where d.delivered_at is null and d.next_attempt_at <= ? and s.active
                order by d.next_attempt_at, d.id
                limit 1
                for update of d skip locked""")
                .param(Timestamp.from(now))
                .query((rs, n) -> new Due(rs.getString("id"), rs.getString("subscription_id"),
                        URI.create(rs.getString("url")), rs.getString("secret"), rs.getString("event_type"),
                        rs.getString("payload"), rs.getInt("attempts")))
                .optional();
    }

    /**
     * Records an attempt and what follows from it.
     *
     * @param nextAttemptAt when to try again, {@code null} when delivered or given up
     */
    void recordAttempt(String id, Delivery.Attempt attempt, Instant nextAttemptAt) {
        jdbc.sql("""
                insert into webhooks.delivery_attempt (delivery_id, number, attempted_at, status_code, response,
                    error, duration_ms) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, attempt.number(), Timestamp.from(attempt.attemptedAt()), attempt.statusCode(),
                        attempt.response(), attempt.error(), attempt.durationMs())
                .update();
        jdbc.sql("""
                update webhooks.delivery set attempts = ?, next_attempt_at = ?, delivered_at = ?,
                    last_status_code = ?, last_response = ?, last_error = ? where id = ?""")
                .params(attempt.number(), nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt),
                        attempt.succeeded() ? Timestamp.from(attempt.attemptedAt()) : null, attempt.statusCode(),
                        attempt.response(), attempt.error(), id)
                .update();
    }

    /** A subscription's deliveries, newest first, each with its attempts. */
    Page<Delivery> ofSubscription(String subscription, PageQuery page) {
        long total = jdbc.sql("select count(*) from webhooks.delivery where subscription_id = ?").param(subscription)
                .query(Long.class).single();
        record Row(String id, String event, String launch, String payload, Instant createdAt, Instant next,
                Instant delivered) {
        }
        List<Row> rows = jdbc.sql("""
                select id, event_type, launch_id, payload::text as payload, created_at, next_attempt_at, delivered_at
                from webhooks.delivery where subscription_id = ? order by created_at desc, id desc
                limit ? offset ?""")
                .params(subscription, page.size(), page.offset())
                .query((rs, n) -> new Row(rs.getString("id"), rs.getString("event_type"), rs.getString("launch_id"),
                        rs.getString("payload"), instant(rs, "created_at"), instant(rs, "next_attempt_at"),
                        instant(rs, "delivered_at")))
                .list();
        Map<String, List<Delivery.Attempt>> attempts = rows.isEmpty() ? Map.of() : jdbc.sql("""
                select delivery_id, number, attempted_at, status_code, response, error, duration_ms
                from webhooks.delivery_attempt where delivery_id = any(?) order by delivery_id, number""")
                .param(rows.stream().map(Row::id).toArray(String[]::new))
                .query((rs, n) -> Map.entry(rs.getString("delivery_id"), new Delivery.Attempt(rs.getInt("number"),
                        instant(rs, "attempted_at"), (Integer) rs.getObject("status_code"), rs.getString("response"),
                        rs.getString("error"), rs.getLong("duration_ms"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<Delivery> items = rows.stream().map(r -> new Delivery(r.id(), subscription, r.event(), r.launch(),
                r.payload(), r.createdAt(), r.next(), r.delivered(), attempts.getOrDefault(r.id(), List.of())))
                .toList();
        return Page.of(items, page, total);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
