package org.cosmodrome.vehicles;

import java.math.BigDecimal;
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
 * Loads {@code vehicles.json} of the data set: each vehicle once, never over an edit made through the app.
 * Runs before the sites' data set, whose pads refer to vehicles.
 */
@Component
@Order(10)
class VehicleDataSet implements ReferenceDataLoader {

    private static final Logger log = LoggerFactory.getLogger(VehicleDataSet.class);

    private final ReferenceData referenceData;
    private final Vehicles vehicles;
    private final Ledger ledger;

    VehicleDataSet(ReferenceData referenceData, Vehicles vehicles, Ledger ledger) {
        this.referenceData = referenceData;
        this.vehicles = vehicles;
        this.ledger = ledger;
    }

    /** One vehicle as the data set file writes it. */
    record VehicleRecord(String id, String name, String family, String country, VehicleStatus status,
            String manufacturer, BigDecimal liftoffMassTonnes, BigDecimal leoPayloadTonnes,
            BigDecimal gtoPayloadTonnes, List<Stage> stages, String jettisonedOverLand, String notes,
            String confidence, List<String> sources) {

        VehicleDraft draft() {
            return new VehicleDraft(name, family, country, status, manufacturer, liftoffMassTonnes, leoPayloadTonnes,
                    gtoPayloadTonnes, stages, jettisonedOverLand, notes, confidence, sources);
        }
    }

    @Override
    @Transactional
    public void load() {
        referenceData.lock();
        int loaded = 0;
        for (VehicleRecord record : referenceData.read("vehicles.json", VehicleRecord.class)) {
            if (referenceData.firstSighting("vehicles", record.id())) {
                if (vehicles.findById(VehicleId.of(record.id())).isPresent()) {
                    log.warn("Data set vehicle {} not loaded: a vehicle with that id was entered through the app",
                            record.id());
                    continue;
                }
                VehicleDraft draft = record.draft();
                VehicleCatalog.check(draft);
                Vehicle vehicle = draft.toVehicle(VehicleId.of(record.id()), 0);
                vehicles.insert(vehicle);
                ledger.append("vehicle.loaded", "vehicle", record.id(), List.of(), vehicle);
                loaded++;
            }
        }
        if (loaded > 0) {
            log.info("Loaded {} vehicles from the data set", loaded);
        }
    }
}
