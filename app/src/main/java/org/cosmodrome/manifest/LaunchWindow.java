package org.cosmodrome.manifest;

import java.time.LocalDate;

import org.cosmodrome.platform.InvalidField;

/**
 * The days a tenant accepts for a launch, at the cosmodrome; {@code earliest} and {@code latest} both inclusive, and
 * the day it would like inside them.
 */
public record LaunchWindow(LocalDate earliest, LocalDate latest, LocalDate desired) {

    public LaunchWindow {
        if (earliest == null) {
            throw new InvalidField("earliest", "launch.window.earliest-required", "earliest is required");
        }
        if (latest == null) {
            throw new InvalidField("latest", "launch.window.latest-required", "latest is required");
        }
        if (latest.isBefore(earliest)) {
            throw new InvalidField("latest", "launch.window.latest-before-earliest",
                    "latest " + latest + " is before earliest " + earliest);
        }
        if (desired == null) {
            desired = earliest;
        }
        if (desired.isBefore(earliest) || desired.isAfter(latest)) {
            throw new InvalidField("desired", "launch.window.desired-outside",
                    "desired " + desired + " is outside the window " + earliest + " to " + latest);
        }
    }
}
