package org.cosmodrome.manifest;

/**
 * What the current actor may see of a launch: all of it ({@link Full}), or only its public fields
 * ({@link PublicOnly}: mission, vehicle, pad, NET) when it is on the public manifest but belongs to another
 * organisation.
 */
public sealed interface LaunchSight permits LaunchSight.Full, LaunchSight.PublicOnly {

    Launch launch();

    record Full(Launch launch) implements LaunchSight {
    }

    record PublicOnly(Launch launch) implements LaunchSight {
    }
}
