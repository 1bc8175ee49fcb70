package org.cosmodrome.rangesafety;

import java.time.Instant;
import java.util.UUID;

/**
 * A range-safety analysis: its request, the model version and thresholds it ran under, where it is, and its result.
 *
 * @param organization the organisation whose member asked for it, or {@code null} for the operator's and the system's
 *        analyses; an organisation's analyses are private to it (and to those who read everything)
 * @param progress 0 to 100
 * @param verdict set once {@link AnalysisStatus#DONE}
 * @param failure why it failed, once {@link AnalysisStatus#FAILED}
 * @param result set once {@link AnalysisStatus#DONE}
 */
public record Analysis(UUID id, AnalysisRequest request, String organization, String modelVersion,
        double minContainment, double maxCasualtyExpectation, AnalysisStatus status, double progress,
        Verdict verdict, String failure, AnalysisResult result, String requestedBy, Instant requestedAt,
        Instant finishedAt) {
}
