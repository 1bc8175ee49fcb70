package org.cosmodrome.incidents;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A sample taken after an incident: a substance's concentration against its limit, both in one {@code unit}. Where
 * the sources give only how many times the limit was exceeded, {@code measured}, {@code limit} and {@code unit} are
 * {@code null} and {@code reportedExceedance} holds that ratio.
 *
 * @param id assigned when stored; {@code null} before
 * @param latitude degrees north (WGS-84), {@code null} when unknown
 * @param sampledOn the day it was taken, {@code null} when the sources do not say ({@link #dateNote()} does)
 * @param medium what was sampled: soil, water, air
 * @param substance e.g. {@code UDMH}, {@code NDMA}
 */
public record ContaminationSample(Long id, IncidentId incident, Double latitude, Double longitude, String place,
        LocalDate sampledOn, String dateNote, String medium, String substance, BigDecimal measured, BigDecimal limit,
        String unit, BigDecimal reportedExceedance, String note, List<String> sources, String recordedBy,
        Instant recordedAt) {

    public ContaminationSample {
        sources = List.copyOf(sources);
    }

    /**
     * How many times the limit the measured concentration is, to three significant digits: measured / limit when both
     * are known, else the reported ratio.
     */
    public BigDecimal exceedanceFactor() {
        if (measured != null && limit != null) {
            return measured.divide(limit, new MathContext(3));
        }
        return reportedExceedance;
    }

    /** Whether the concentration is above its limit. */
    public boolean exceedsLimit() {
        return exceedanceFactor().compareTo(BigDecimal.ONE) > 0;
    }

    public boolean located() {
        return latitude != null && longitude != null;
    }
}
