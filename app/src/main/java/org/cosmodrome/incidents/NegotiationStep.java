package org.cosmodrome.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One step of the negotiation of a claim: a demand, an offer, a meeting, a reminder.
 *
 * @param on the day it happened, {@code null} when the sources do not say ({@link #dateNote()} does)
 * @param by the organisation that took the step
 */
public record NegotiationStep(LocalDate on, String dateNote, String by, String what, List<String> sources,
        String recordedBy, Instant recordedAt) {

    public NegotiationStep {
        sources = List.copyOf(sources);
    }
}
