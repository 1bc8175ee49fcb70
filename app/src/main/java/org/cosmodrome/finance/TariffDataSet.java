package org.cosmodrome.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.platform.ReferenceData;
import org.cosmodrome.platform.ReferenceDataLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads {@code finance-tariffs.json} of the data set: tenants' tariffs per launch and per pad-day, each once and never
 * over a tariff of the same id entered otherwise. The {@code ...Basis} fields are kept together as the basis.
 */
@Component
@Order(75)
class TariffDataSet implements ReferenceDataLoader {

    private static final Logger log = LoggerFactory.getLogger(TariffDataSet.class);

    private final ReferenceData referenceData;
    private final Tariffs tariffs;
    private final Ledger ledger;

    TariffDataSet(ReferenceData referenceData, Tariffs tariffs, Ledger ledger) {
        this.referenceData = referenceData;
        this.tariffs = tariffs;
        this.ledger = ledger;
    }

    record TariffRecord(String id, Tariff.Kind kind, List<String> payers, String payersBasis, BigDecimal amount,
            String amountBasis, Currency currency, String operator, String operatorBasis, LocalDate validFrom,
            String validFromBasis, LocalDate validTo) {

        Tariff toTariff() {
            String basis = Stream.of(payersBasis, amountBasis, operatorBasis, validFromBasis).filter(Objects::nonNull)
                    .collect(Collectors.joining(" "));
            return new Tariff(id, kind, payers, Money.of(amount, currency), operator, validFrom, validTo, basis);
        }
    }

    record DataSet(List<TariffRecord> tariffs) {
    }

    @Override
    @Transactional
    public void load() {
        referenceData.lock();
        DataSet data = referenceData.read("finance-tariffs.json", DataSet.class).get(0);
        int loaded = 0;
        for (TariffRecord record : data.tariffs()) {
            if (!referenceData.firstSighting("finance-tariffs", record.id())) {
                continue;
            }
            if (tariffs.find(record.id()).isPresent()) {
                log.warn("Data set tariff {} not loaded: that id is taken", record.id());
                continue;
            }
            Tariff tariff = record.toTariff();
            tariffs.insert(tariff);
            ledger.append("tariff.loaded", "tariff", tariff.id(), List.of(), tariff);
            loaded++;
        }
        if (loaded > 0) {
            log.info("Loaded {} tariffs from the data set", loaded);
        }
    }
}
