package org.cosmodrome.permits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the host state charges for a drop zone: a yearly fee that covers the first {@code launchesIncluded} launches
 * of a calendar year, and {@code extraLaunchFee} for each launch beyond them.
 *
 * @param zone the drop zone's id in range safety
 * @param yearlyFee charged once a year, at the year's first use; not negative
 * @param extraLaunchFee charged at each use beyond {@code launchesIncluded} in a year; not negative
 * @param currency ISO 4217 code of both fees
 * @param payer the organisation that pays, {@code operator} the one that runs the zone and is paid (ids)
 * @param validFrom first day in force, {@code validTo} last day (both inclusive); {@code validTo} {@code null}: until
 *        replaced
 */
public record DropZoneTariff(String id, String zone, BigDecimal yearlyFee, int launchesIncluded,
        BigDecimal extraLaunchFee, String currency, String payer, String operator, LocalDate validFrom,
        LocalDate validTo, String note, List<String> sources) {

    public DropZoneTariff {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** Whether the tariff is in force on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /**
     * What the {@code number}-th use of a calendar year costs: the yearly fee for the first, nothing more for the
     * others the yearly fee includes, the extra-launch fee for each beyond.
     *
     * @param number 1 for the year's first use
     * @return empty when the use is covered by the yearly fee already charged
     */
    public Optional<DropZoneCharge.Kind> chargeFor(int number) {
        if (number == 1) {
            return Optional.of(DropZoneCharge.Kind.YEARLY_FEE);
        }
        return number > launchesIncluded ? Optional.of(DropZoneCharge.Kind.EXTRA_LAUNCH) : Optional.empty();
    }

    /** The amount of a charge of {@code kind} under this tariff. */
    public BigDecimal amountOf(DropZoneCharge.Kind kind) {
        return kind == DropZoneCharge.Kind.YEARLY_FEE ? yearlyFee : extraLaunchFee;
    }
}
