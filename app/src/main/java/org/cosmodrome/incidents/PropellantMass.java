package org.cosmodrome.incidents;

import java.math.BigDecimal;

/**
 * One substance of the propellant involved in an incident.
 *
 * @param substance e.g. {@code UDMH}, {@code N2O4}, {@code kerosene}, or a mixture the sources do not split
 * @param aboardKg mass aboard in kilograms, {@code null} when unknown
 * @param releasedKg mass released (spilled, burned or soaked into the ground) in kilograms, {@code null} when unknown
 * @param note what the figures rest on, e.g. where sources differ
 */
public record PropellantMass(String substance, BigDecimal aboardKg, BigDecimal releasedKg, String note) {
}
