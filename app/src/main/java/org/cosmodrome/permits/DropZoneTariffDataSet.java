package org.cosmodrome.permits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.platform.ReferenceData;
import org.cosmodrome.platform.ReferenceDataLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads {@code drop-zone-tariffs.json} of the data set: the drop zones' tariffs, each once and never over a tariff of
 * the same id entered otherwise. Runs after range safety, whose zones the tariffs name.
 */
@Component
@Order(55)
class DropZoneTariffDataSet implements ReferenceDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DropZoneTariffDataSet.class);

    private final ReferenceData referenceData;
    private final DropZoneTariffs tariffs;
    private final Ledger ledger;

    DropZoneTariffDataSet(ReferenceData referenceData, DropZoneTariffs tariffs, Ledger ledger) {
        this.referenceData = referenceData;
        this.tariffs = tariffs;
        this.ledger = ledger;
    }

    /** One tariff of the file; the {@code ...Basis} fields, which say where each number comes from, are not stored. */
    record TariffRecord(String id, String zone, BigDecimal yearlyFee, Integer launchesIncluded,
            BigDecimal extraLaunchFee, String currency, String payer, String operator, LocalDate validFrom,
            LocalDate validTo, String note, List<String> sources) {

        DropZoneTariff toTariff() {
            return new DropZoneTariff(id, zone, yearlyFee, launchesIncluded, extraLaunchFee, currency, payer,
                    operator, validFrom, validTo, note, sources);
        }
    }

    record DataSet(List<TariffRecord> tariffs) {
    }

    @Override
    @Transactional
    public void load() {
        referenceData.lock();
        DataSet data = referenceData.read("drop-zone-tariffs.json", DataSet.class).get(0);
        int loaded = 0;
        for (TariffRecord record : data.tariffs()) {
            if (!referenceData.firstSighting("drop-zone-tariffs", record.id())) {
                continue;
            }
            if (tariffs.findById(record.id()).isPresent()) {
                log.warn("Data set tariff {} not loaded: that id is taken", record.id());
                continue;
            }
            DropZoneTariff tariff = record.toTariff();
            tariffs.insert(tariff);
            ledger.append("drop-zone-tariff.loaded", "drop-zone-tariff", tariff.id(), List.of(), tariff);
            loaded++;
        }
        if (loaded > 0) {
            log.info("Loaded {} drop-zone tariffs from the data set", loaded);
        }
    }
}
