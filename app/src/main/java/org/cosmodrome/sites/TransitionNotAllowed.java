package org.cosmodrome.sites;

import org.cosmodrome.platform.RuleViolation;

/** A pad status change the lifecycle forbids, such as a museum becoming active. */
public class TransitionNotAllowed extends RuleViolation {

    public TransitionNotAllowed(PadId pad, PadStatus from, PadStatus to) {
        super("pad.status.transition-not-allowed", "to", "Pad " + pad + " cannot go from " + from + " to " + to
                + "; from " + from + " it may become " + (from.next().isEmpty() ? "nothing else" : from.next()));
    }
}
