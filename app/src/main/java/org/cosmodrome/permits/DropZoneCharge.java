package org.cosmodrome.permits;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.cosmodrome.platform.Actor;

/**
 * What one use of a drop zone costs under its tariff.
 *
 * @param payer the organisation that pays, {@code operator} the one paid (ids), both from the tariff
 */
public record DropZoneCharge(String id, String launch, String zone, String tariff, int year, Kind kind,
        BigDecimal amount, String currency, String payer, String operator, Instant recordedAt) {

    public enum Kind {
        /** The year's yearly fee, charged at the year's first use of the zone. */
        YEARLY_FEE,
        /** A launch beyond those the yearly fee includes. */
        EXTRA_LAUNCH
    }

    /** Who may read it: the payer, the zone's operator and those who read everything. */
    public boolean visibleTo(Actor actor) {
        return actor.sees(parties());
    }

    /** The organisations the charge is private to. */
    public List<String> parties() {
        return payer.equals(operator) ? List.of(payer) : List.of(payer, operator);
    }
}
