package org.cosmodrome.auctions;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An official exchange rate: how many tenge one unit of {@code currency} bought on {@code on}.
 *
 * @param currency EUR, USD or RUB
 * @param source where the rate comes from; says so when it is approximate
 */
public record ExchangeRate(String currency, LocalDate on, BigDecimal kzt, String source) {
}
