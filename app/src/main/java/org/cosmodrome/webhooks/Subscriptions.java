package org.cosmodrome.webhooks;

import java.net.URI;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored subscriptions. */
@Repository
class Subscriptions {

    private static final String COLUMNS = """
            id, organization, url, events, active, failures, created_at, created_by, disabled_at, disabled_why""";

    private final JdbcClient jdbc;

    Subscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Subscription subscription, String secret) {
        jdbc.sql("""
                insert into webhooks.subscription (id, organization, url, events, secret, active, failures,
                    created_at, created_by) values (?, ?, ?, ?, ?, true, 0, ?, ?)""")
                .params(subscription.id(), subscription.organization(), subscription.url().toString(),
                        subscription.events().stream().map(WebhookEvent::wireName).toArray(String[]::new), secret,
                        Timestamp.from(subscription.createdAt()), subscription.createdBy())
                .update();
    }

    Optional<Subscription> findById(String id) {
        return jdbc.sql("select " + COLUMNS + " from webhooks.subscription where id = ?").param(id)
                .query(Subscriptions::map).optional();
    }

    /** An organisation's subscriptions, active and not, newest first. */
    List<Subscription> ofOrganization(String organization) {
        return jdbc.sql("select " + COLUMNS + " from webhooks.subscription where organization = ?"
                + " order by created_at desc, id").param(organization).query(Subscriptions::map).list();
    }

    /**
     * The active subscriptions that want {@code event}: every organisation's, or only {@code organization}'s.
     *
     * @param organization the only organisation to hear of it, or {@code null} for all
     */
    List<Subscription> activeFor(WebhookEvent event, String organization) {
        return jdbc.sql("select " + COLUMNS + " from webhooks.subscription where active and ? = any(events)"
                + " and (cast(? as text) is null or organization = ?) order by id")
                .params(event.wireName(), organization, organization).query(Subscriptions::map).list();
    }

    void disable(String id, Instant at, String why) {
        jdbc.sql("update webhooks.subscription set active = false, disabled_at = ?, disabled_why = ?"
                + " where id = ? and active").params(Timestamp.from(at), why, id).update();
    }

    /** Counts a failed attempt; returns the failures in a row now. */
    int countFailure(String id) {
        return jdbc.sql("update webhooks.subscription set failures = failures + 1 where id = ? returning failures")
                .param(id).query(Integer.class).single();
    }

    void countSuccess(String id) {
        jdbc.sql("update webhooks.subscription set failures = 0 where id = ? and failures <> 0").param(id).update();
    }

    private static Subscription map(ResultSet rs, int row) throws SQLException {
        Array events = rs.getArray("events");
        List<WebhookEvent> wanted = Arrays.stream((String[]) events.getArray())
                .map(name -> WebhookEvent.named(name).orElseThrow()).toList();
        Timestamp disabledAt = rs.getTimestamp("disabled_at");
        return new Subscription(rs.getString("id"), rs.getString("organization"), URI.create(rs.getString("url")),
                wanted, rs.getBoolean("active"), rs.getInt("failures"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), disabledAt == null ? null : disabledAt.toInstant(),
                rs.getString("disabled_why"));
    }
}
