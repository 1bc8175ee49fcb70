package org.cosmodrome.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An amount converted at the rates of a day, with what it used, so that every converted figure can show its rate.
 *
 * @param rate units of {@code to}'s currency per unit of {@code from}'s
 * @param rateDate the day of the rate used (of the older one when converting through tenge)
 * @param source the rates' sources
 */
public record Conversion(Money from, Money to, BigDecimal rate, LocalDate rateDate, String source) {
}
