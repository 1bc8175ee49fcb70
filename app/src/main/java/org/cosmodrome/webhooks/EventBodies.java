package org.cosmodrome.webhooks;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cosmodrome.manifest.LaunchCreated;
import org.cosmodrome.manifest.LaunchEvent;
import org.cosmodrome.manifest.LaunchNetChanged;
import org.cosmodrome.manifest.LaunchScrubbed;
import org.cosmodrome.manifest.LaunchStatusChanged;
import org.cosmodrome.manifest.LaunchSummary;
import org.cosmodrome.manifest.Net;

/**
 * The JSON of a launch change, the same in a webhook body and in a server-sent event: {@code type}, {@code
 * occurredAt}, {@code launch} (its public fields) and {@code change} (what changed). Never the launch's organisation
 * or private fields.
 */
final class EventBodies {

    private EventBodies() {
    }

    static Map<String, Object> of(LaunchEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", WebhookEvent.of(event).wireName());
        body.put("occurredAt", event.at().toString());
        body.put("launch", launch(event.launch()));
        body.put("change", change(event));
        return body;
    }

    private static Map<String, Object> launch(LaunchSummary launch) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", launch.id().value());
        fields.put("mission", launch.mission());
        fields.put("vehicle", launch.vehicle());
        fields.put("status", launch.status().name());
        fields.put("pad", launch.pad());
        fields.put("day", launch.day() == null ? null : launch.day().toString());
        fields.put("net", net(launch.net()));
        return fields;
    }

    private static Map<String, Object> change(LaunchEvent event) {
        Map<String, Object> change = new LinkedHashMap<>();
        if (event instanceof LaunchNetChanged net) {
            change.put("from", net(net.from()));
            change.put("to", net(net.to()));
            change.put("kind", net.kind().name());
            change.put("reason", net.reason().name());
        } else if (event instanceof LaunchStatusChanged status) {
            change.put("from", status.from() == null ? null : status.from().name());
            change.put("to", status.to().name());
            change.put("reason", status.reason().name());
        } else if (event instanceof LaunchScrubbed scrub) {
            change.put("from", scrub.from() == null ? null : scrub.from().name());
            change.put("reason", scrub.reason().name());
        } else if (event instanceof LaunchCreated) {
            change.put("to", event.launch().status().name());
        }
        return change;
    }

    private static Map<String, Object> net(Net net) {
        if (net == null) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("at", net.at().toString());
        fields.put("precision", net.precision().name());
        fields.put("text", net.iso());
        return fields;
    }
}
