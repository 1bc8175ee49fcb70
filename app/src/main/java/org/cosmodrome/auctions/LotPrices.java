package org.cosmodrome.auctions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.cosmodrome.finance.Currency;
import org.cosmodrome.finance.ExchangeRate;
import org.cosmodrome.finance.ExchangeRates;
import org.cosmodrome.finance.Money;
import org.springframework.stereotype.Service;

/**
 * A lot's price in the other currency (tenge for a euro lot, euros for a tenge lot), converted at finance's exchange
 * rates: the latest euro rate on or before the lot's opening day at Baikonur.
 */
@Service
public class LotPrices {

    /** Local time at Baikonur, whose calendar day picks the rate. */
    static final ZoneId BAIKONUR = ZoneId.of("Asia/Qyzylorda");

    private final ExchangeRates rates;

    LotPrices(ExchangeRates rates) {
        this.rates = rates;
    }

    /**
     * The starting price of {@code lot} in the other currency, rounded half up to whole units, with the tenge-per-euro
     * rate it used; empty when there is no such rate.
     */
    public Optional<PriceConversion> convert(Lot lot) {
        LocalDate day = lot.opensAt().atZone(BAIKONUR).toLocalDate();
        Optional<ExchangeRate> euro = rates.rateOn(Currency.EUR, day);
        if (euro.isEmpty()) {
            return Optional.empty();
        }
        boolean toTenge = !"KZT".equals(lot.currency());
        Money price = Money.of(BigDecimal.valueOf(lot.startingPrice()), toTenge ? Currency.EUR : Currency.KZT);
        Currency target = toTenge ? Currency.KZT : Currency.EUR;
        return rates.convert(price, target, day).map(c -> new PriceConversion(
                c.to().amount().setScale(0, RoundingMode.HALF_UP).longValueExact(), target.name(), euro.get().kzt(),
                euro.get().onDate(), euro.get().source()));
    }
}
