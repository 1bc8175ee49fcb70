package org.cosmodrome.rangesafety;

import java.util.List;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.platform.LocalizedName;
import org.cosmodrome.platform.ReferenceData;
import org.cosmodrome.platform.ReferenceDataLoader;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.sites.Pads;
import org.cosmodrome.vehicles.VehicleId;
import org.cosmodrome.vehicles.Vehicles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads {@code drop-zones.json} of the data set: each zone and corridor once. A zone's outline is drawn here from
 * its reference locality and {@link ZoneOutline}. Runs after the vehicles and pads the corridors name; a corridor
 * naming a vehicle, pad or zone that does not exist stops the start-up rather than storing a dangling reference.
 */
@Component
@Order(45)
class RangeSafetyDataSet implements ReferenceDataLoader {

    private static final Logger log = LoggerFactory.getLogger(RangeSafetyDataSet.class);

    private final ReferenceData referenceData;
    private final DropZones dropZones;
    private final Corridors corridors;
    private final Vehicles vehicles;
    private final Pads pads;
    private final Ledger ledger;

    RangeSafetyDataSet(ReferenceData referenceData, DropZones dropZones, Corridors corridors, Vehicles vehicles,
            Pads pads, Ledger ledger) {
        this.referenceData = referenceData;
        this.dropZones = dropZones;
        this.corridors = corridors;
        this.vehicles = vehicles;
        this.pads = pads;
        this.ledger = ledger;
    }

    record Names(String en, String ru, String kk) {
        LocalizedName toName() {
            return new LocalizedName(en, ru, kk);
        }
    }

    record LocalityRecord(Names names, double latitude, double longitude, String note) {
    }

    record ZoneRecord(String id, Names names, String country, String region, List<String> stageKinds,
            LocalityRecord referenceLocality, ZoneOutline outline, Double areaKm2, boolean approximate,
            String geometryBasis, String notes, String confidence, List<String> sources) {

        DropZone toZone() {
            if (outline == null) {
                throw new IllegalStateException("drop zone " + id + " has no outline in the data set");
            }
            GeoPoint centre = new GeoPoint(referenceLocality.latitude(), referenceLocality.longitude());
            return new DropZone(DropZoneId.of(id), names.toName(), country, region,
                    stageKinds == null ? List.of() : stageKinds, outline.around(outline.centreOr(centre)), outline,
                    approximate,
                    geometryBasis, new ReferenceLocality(referenceLocality.names().toName(), centre,
                    referenceLocality.note()), areaKm2, notes, confidence, sources == null ? List.of() : sources);
        }
    }

    record StageRecord(String stage, String dropZone, String note) {
    }

    record CorridorRecord(String id, String vehicle, double inclinationDeg, Names names, String pad,
            List<StageRecord> stages, String notes, String confidence, List<String> sources, String mission) {

        Corridor toCorridor() {
            return new Corridor(CorridorId.of(id), VehicleId.of(vehicle), inclinationDeg, names.toName(),
                    PadId.of(pad), stages.stream().map(s -> new StageFall(s.stage(),
                    s.dropZone() == null ? null : DropZoneId.of(s.dropZone()), s.note())).toList(), notes,
                    confidence, sources == null ? List.of() : sources, mission);
        }
    }

    record DropZonesFile(String note, List<ZoneRecord> zones, List<CorridorRecord> corridors) {
    }

    @Override
    @Transactional
    public void load() {
        referenceData.lock();
        int zones = 0;
        int loadedCorridors = 0;
        for (DropZonesFile file : referenceData.read("drop-zones.json", DropZonesFile.class)) {
            for (ZoneRecord record : file.zones()) {
                if (referenceData.firstSighting("drop-zones", record.id())) {
                    DropZone zone = record.toZone();
                    dropZones.insert(zone);
                    ledger.append("drop-zone.loaded", "drop-zone", record.id(), List.of(), record);
                    zones++;
                }
            }
            for (CorridorRecord record : file.corridors()) {
                if (referenceData.firstSighting("corridors", record.id())) {
                    Corridor corridor = record.toCorridor();
                    check(corridor);
                    corridors.insert(corridor);
                    ledger.append("corridor.loaded", "corridor", record.id(), List.of(), record);
                    loadedCorridors++;
                }
            }
        }
        if (zones + loadedCorridors > 0) {
            log.info("Loaded {} drop zones and {} corridors from the data set", zones, loadedCorridors);
        }
    }

    private void check(Corridor corridor) {
        if (vehicles.existing(List.of(corridor.vehicle())).isEmpty()) {
            throw new IllegalStateException("corridor " + corridor.id() + " names vehicle " + corridor.vehicle()
                    + ", which is not in the catalogue");
        }
        if (pads.findById(corridor.pad()).isEmpty()) {
            throw new IllegalStateException("corridor " + corridor.id() + " names pad " + corridor.pad()
                    + ", which is not in the registry");
        }
        for (DropZoneId zone : corridor.dropZones()) {
            if (dropZones.findById(zone).isEmpty()) {
                throw new IllegalStateException("corridor " + corridor.id() + " sends a stage to drop zone " + zone
                        + ", which is not loaded");
            }
        }
    }
}
