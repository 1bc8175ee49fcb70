package org.cosmodrome.webhooks;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.cosmodrome.manifest.LaunchCreated;
import org.cosmodrome.manifest.LaunchEvent;
import org.cosmodrome.manifest.LaunchNetChanged;
import org.cosmodrome.manifest.LaunchScrubbed;
import org.cosmodrome.manifest.LaunchStatusChanged;

/** The events a subscription may ask for, with the names they go by on the wire. */
public enum WebhookEvent {
    LAUNCH_CREATED("launch.created"),
    LAUNCH_NET_CHANGED("launch.net_changed"),
    LAUNCH_STATUS_CHANGED("launch.status_changed"),
    LAUNCH_SCRUBBED("launch.scrubbed");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    /** The name in subscriptions, the {@code X-Cosmodrome-Event} header and the body's {@code type}. */
    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEvent> named(String wireName) {
        return Arrays.stream(values()).filter(e -> e.wireName.equals(wireName)).findFirst();
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(WebhookEvent::wireName).toList();
    }

    static WebhookEvent of(LaunchEvent event) {
        if (event instanceof LaunchCreated) {
            return LAUNCH_CREATED;
        }
        if (event instanceof LaunchNetChanged) {
            return LAUNCH_NET_CHANGED;
        }
        if (event instanceof LaunchStatusChanged) {
            return LAUNCH_STATUS_CHANGED;
        }
        if (event instanceof LaunchScrubbed) {
            return LAUNCH_SCRUBBED;
        }
        throw new IllegalArgumentException("no webhook event for " + event);
    }
}
