package org.cosmodrome.analytics;

import java.time.Instant;
import java.util.UUID;

import org.cosmodrome.planning.forecast.ForecastScenario;

/**
 * A stored forecast scenario. Scenarios are never changed: editing one saves a new one.
 *
 * @param dataSetId the data set's id for a scenario loaded from {@code forecast.json}; {@code null} for one saved
 *        through the app
 */
public record ForecastStoredScenario(UUID id, String name, ForecastScenario scenario, String dataSetId,
        String createdBy, Instant createdAt) {
}
