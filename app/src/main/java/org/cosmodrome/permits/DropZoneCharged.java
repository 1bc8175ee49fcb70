package org.cosmodrome.permits;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A use of a drop zone was charged under the zone's tariff. Published inside the transaction that records the charge,
 * so a listener that writes in that transaction (the books) commits or rolls back with it.
 *
 * @param charge the charge's id, unique: a listener may use it to act once per charge
 * @param payer the organisation that pays (id)
 * @param operator the zone's operator, the organisation paid (id)
 * @param amount the amount in {@code currency} (ISO code: USD, EUR, KZT or RUB)
 * @param day the day of the use at the cosmodrome
 */
public record DropZoneCharged(String charge, String payer, String operator, String zone, String launch,
        String tariff, DropZoneCharge.Kind kind, BigDecimal amount, String currency, LocalDate day) {
}
