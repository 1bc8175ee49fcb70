package org.cosmodrome.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * One place a new request could go, found without committing it: its pad and day, what it would cost the plan,
 * and which published launches it would move.
 *
 * @param scoreImpact the change of the plan's score if the request were placed here (0hard at best)
 */
public record FitOption(String pad, LocalDate date, String scoreImpact, List<String> notes) {

    public FitOption {
        notes = List.copyOf(notes);
    }
}
