package org.cosmodrome.manifest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes the {@link LaunchEvent}s of the changes {@link Manifest} and {@link ManifestPlanning} make. */
@Component
class LaunchEvents {

    private final ApplicationEventPublisher publisher;
    private final Launches launches;

    LaunchEvents(ApplicationEventPublisher publisher, Launches launches) {
        this.publisher = publisher;
        this.launches = launches;
    }

    void created(Launch launch) {
        publisher.publishEvent(new LaunchCreated(LaunchSummary.of(launch), launch.requestedAt(), launch.isPublic()));
    }

    /**
     * Publishes a status change, and a scrub when it is one.
     *
     * @param before the launch as it was before the change; the launch after is read again
     */
    void statusChanged(Launch before, LaunchStatusChange change) {
        Launch after = launches.findById(before.id()).orElseThrow();
        boolean publicLaunch = before.isPublic() || after.isPublic();
        LaunchSummary summary = LaunchSummary.of(after);
        publisher.publishEvent(new LaunchStatusChanged(summary, change.from(), change.to(), change.reason(),
                change.recordedAt(), publicLaunch));
        if (change.to() == LaunchStatus.SCRUBBED) {
            publisher.publishEvent(new LaunchScrubbed(summary, change.from(), change.reason(), change.recordedAt(),
                    publicLaunch));
        }
    }

    /** Publishes a NET change; the launch after it is read again. */
    void netChanged(Launch before, NetChange change) {
        Launch after = launches.findById(before.id()).orElseThrow();
        publisher.publishEvent(new LaunchNetChanged(LaunchSummary.of(after), change.from(), change.to(),
                change.kind(), change.reason(), change.recordedAt(), before.isPublic() || after.isPublic()));
    }
}
