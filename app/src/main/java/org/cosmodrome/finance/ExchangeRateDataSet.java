package org.cosmodrome.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.ReferenceData;
import org.cosmodrome.platform.ReferenceDataLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads {@code exchange-rates.json} of the data set through {@link ExchangeRates#record}: each rate once (under the
 * keys the auctions module used when it kept the rates, so a database whose rates were moved by the migration does
 * not load them again) and never over a rate of the same day entered otherwise.
 */
@Component
@Order(75)
class ExchangeRateDataSet implements ReferenceDataLoader {

    private static final Logger log = LoggerFactory.getLogger(ExchangeRateDataSet.class);

    private final ReferenceData referenceData;
    private final ExchangeRates rates;
    private final CurrentActor currentActor;

    ExchangeRateDataSet(ReferenceData referenceData, ExchangeRates rates, CurrentActor currentActor) {
        this.referenceData = referenceData;
        this.rates = rates;
        this.currentActor = currentActor;
    }

    record RateRecord(Currency currency, LocalDate date, BigDecimal kzt, String source) {
    }

    record DataSet(List<RateRecord> exchangeRates) {
    }

    @Override
    @Transactional
    public void load() {
        referenceData.lock();
        DataSet data = referenceData.read("exchange-rates.json", DataSet.class).get(0);
        int loaded = currentActor.runAs(Actor.system("data-set"), () -> {
            int count = 0;
            for (RateRecord record : data.exchangeRates()) {
                if (!referenceData.firstSighting("exchange-rates", record.currency() + "/" + record.date())) {
                    continue;
                }
                if (rates.find(record.currency(), record.date()).isPresent()) {
                    continue;
                }
                rates.record(new ExchangeRate(record.currency(), record.date(), record.kzt(), record.source()));
                count++;
            }
            return count;
        });
        if (loaded > 0) {
            log.info("Loaded {} exchange rates from the data set", loaded);
        }
    }
}
