package org.cosmodrome.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An official rate of a day.
 *
 * @param kzt tenge per one unit of {@code currency}
 * @param source where the rate comes from (the National Bank of Kazakhstan, an operator's entry)
 */
public record ExchangeRate(Currency currency, LocalDate onDate, BigDecimal kzt, String source) {
}
