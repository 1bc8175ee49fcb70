package org.cosmodrome.manifest;

import org.cosmodrome.platform.RuleViolation;

/** A launch status change the lifecycle forbids, such as a cancelled launch becoming scheduled. */
public class LaunchTransitionNotAllowed extends RuleViolation {

    public LaunchTransitionNotAllowed(LaunchId launch, LaunchStatus from, LaunchStatus to) {
        super("launch.status.transition-not-allowed", "to", "Launch " + launch + " cannot go from " + from + " to "
                + to + "; from " + from + " it may become " + (from.next().isEmpty() ? "nothing else" : from.next()));
    }
}
