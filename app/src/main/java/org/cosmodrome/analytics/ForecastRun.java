package org.cosmodrome.analytics;

import java.time.Instant;
import java.util.UUID;

import org.cosmodrome.planning.forecast.ForecastReport;

/**
 * A run of a forecast scenario.
 *
 * @param inputs the whole scenario it ran, seed and samples included, so it can be repeated exactly even when the
 *        stored scenario is gone
 * @param done year plans solved so far, of {@code total} ({@code samples * years})
 * @param report the report once {@link ForecastRunStatus#DONE}; otherwise {@code null}
 * @param rerunOf the run this one repeats, or {@code null}
 */
public record ForecastRun(UUID id, UUID scenarioId, org.cosmodrome.planning.forecast.ForecastScenario inputs,
        ForecastRunStatus status, int done, int total, boolean cancelAsked, ForecastReport report, String failure,
        UUID rerunOf, String requestedBy, Instant requestedAt, Instant startedAt, Instant finishedAt) {

    public long seed() {
        return inputs.seed();
    }

    public int samples() {
        return inputs.samples();
    }

    /** Progress from 0 to 100. */
    public double percent() {
        return status == ForecastRunStatus.DONE ? 100 : total == 0 ? 0 : 100.0 * done / total;
    }
}
