package org.cosmodrome.finance;

import java.time.LocalDate;
import java.util.List;

/**
 * What a tenant pays the spaceport per launch or per pad-day.
 *
 * @param payers the organisations (ids) it applies to
 * @param operator the organisation paid
 * @param validTo the last day in force (inclusive), {@code null} until replaced
 * @param basis where the numbers come from; says ASSUMPTION where no source gives them
 */
public record Tariff(String id, Kind kind, List<String> payers, Money amount, String operator, LocalDate validFrom,
        LocalDate validTo, String basis) {

    public enum Kind {
        PER_LAUNCH, PAD_DAY
    }

    public Tariff {
        payers = List.copyOf(payers);
    }

    /** Whether it is in force on {@code day} for {@code payer}. */
    public boolean appliesTo(String payer, LocalDate day) {
        return payers.contains(payer) && !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
