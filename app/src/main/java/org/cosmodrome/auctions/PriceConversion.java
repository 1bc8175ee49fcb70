package org.cosmodrome.auctions;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A lot's starting price in the other currency (tenge for a euro lot, euros for a tenge lot), rounded to whole units.
 *
 * @param rate tenge per euro, the latest rate on or before the lot's opening day
 * @param rateDate the day of that rate
 * @param rateSource where the rate comes from
 */
public record PriceConversion(long amount, String currency, BigDecimal rate, LocalDate rateDate, String rateSource) {
}
