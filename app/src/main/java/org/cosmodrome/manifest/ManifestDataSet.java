package org.cosmodrome.manifest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.platform.ReferenceData;
import org.cosmodrome.platform.ReferenceDataLoader;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.vehicles.VehicleId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads {@code scheduling.json} (the site's scheduling rules) and {@code launch-requests.json} (the launches the
 * console shows on first start) of the data set: each record once, never over an edit made through the app. Runs
 * after the vehicles, organisations and pads it refers to.
 */
@Component
@Order(50)
class ManifestDataSet implements ReferenceDataLoader {

    private static final Logger log = LoggerFactory.getLogger(ManifestDataSet.class);
    static final String RECORDED_BY = "data-set";

    private final ReferenceData referenceData;
    private final SchedulingRules rules;
    private final Launches launches;
    private final Manifest manifest;
    private final Ledger ledger;
    private final Clock clock;

    ManifestDataSet(ReferenceData referenceData, SchedulingRules rules, Launches launches, Manifest manifest,
            Ledger ledger, Clock clock) {
        this.referenceData = referenceData;
        this.rules = rules;
        this.launches = launches;
        this.manifest = manifest;
        this.ledger = ledger;
        this.clock = clock;
    }

    record SiteRecord(String id, int rangeSeparationDays, String note, List<String> sources) {
    }

    record SchedulingRecord(SiteRecord site, List<SiteRules.VehicleRule> vehicles,
            List<SiteRules.DropZone> dropZones, List<SiteRules.Corridor> corridors, List<SiteRules.HazardCap> caps) {
    }

    record OrbitRecord(NamedOrbit named, Double inclination, Double altitudeKm) {
        Orbit toOrbit() {
            return named != null ? new Orbit(named, named.inclination(), altitudeKm)
                    : Orbit.custom(inclination, altitudeKm);
        }
    }

    record PlacementRecord(String pad, LocalDate date) {
    }

    record NetRecord(Instant at, NetPrecision precision) {
    }

    /** A launch of the data set; {@code status} CONFIRMED with a {@code placement} for one agreed already. */
    record LaunchRecord(String id, String organization, String mission, String payload, double payloadMassKg,
            String vehicle, OrbitRecord orbit, LocalDate earliest, LocalDate latest, LocalDate desired,
            PriorityClass priority, String fixedPad, LaunchStatus status, PlacementRecord placement, NetRecord net,
            String note) {
    }

    @Override
    @Transactional
    public void load() {
        referenceData.lock();
        for (SchedulingRecord record : referenceData.read("scheduling.json", SchedulingRecord.class)) {
            loadRules(record);
        }
        int loaded = 0;
        for (LaunchRecord record : referenceData.read("launch-requests.json", LaunchRecord.class)) {
            if (referenceData.firstSighting("launch-requests", record.id())) {
                if (launches.findById(LaunchId.of(record.id())).isPresent()) {
                    log.warn("Data set launch {} not loaded: a launch with that id was entered through the app",
                            record.id());
                    continue;
                }
                loadLaunch(record);
                loaded++;
            }
        }
        if (loaded > 0) {
            log.info("Loaded {} launch requests from the data set", loaded);
        }
    }

    private void loadRules(SchedulingRecord record) {
        if (record.site() != null && referenceData.firstSighting("scheduling", "site:" + record.site().id())) {
            rules.insertSite(record.site().id(), record.site().rangeSeparationDays(), record.site().sources());
            ledger.append("manifest.rules.loaded", "site-rule", record.site().id(), List.of(), record.site());
        }
        for (SiteRules.VehicleRule rule : record.vehicles()) {
            if (referenceData.firstSighting("scheduling", "vehicle:" + rule.vehicle())) {
                rules.insertVehicle(withSources(rule));
                ledger.append("manifest.rules.loaded", "vehicle-rule", rule.vehicle(), List.of(), rule);
            }
        }
        for (SiteRules.DropZone zone : record.dropZones()) {
            if (referenceData.firstSighting("scheduling", "drop-zone:" + zone.id())) {
                rules.insertDropZone(new SiteRules.DropZone(zone.id(), zone.name(), zone.country(),
                        zone.maxLaunchesPerYear(), zone.closures() == null ? List.of() : zone.closures(),
                        zone.notes(), zone.confidence(), zone.sources() == null ? List.of() : zone.sources()));
                ledger.append("manifest.rules.loaded", "drop-zone", zone.id(), List.of(), zone);
            }
        }
        for (SiteRules.Corridor corridor : record.corridors()) {
            if (referenceData.firstSighting("scheduling", "corridor:" + corridor.inclination())) {
                rules.insertCorridor(new SiteRules.Corridor(corridor.inclination(), corridor.name(),
                        corridor.dropZones(), corridor.sources() == null ? List.of() : corridor.sources()));
                ledger.append("manifest.rules.loaded", "corridor", Double.toString(corridor.inclination()),
                        List.of(), corridor);
            }
        }
        for (SiteRules.HazardCap cap : record.caps()) {
            if (referenceData.firstSighting("scheduling", "cap:" + cap.hazardClass())) {
                rules.insertCap(new SiteRules.HazardCap(cap.hazardClass(), cap.maxPerYear(), cap.assumption(),
                        cap.sources() == null ? List.of() : cap.sources()));
                ledger.append("manifest.rules.loaded", "hazard-cap", cap.hazardClass(), List.of(), cap);
            }
        }
    }

    private static SiteRules.VehicleRule withSources(SiteRules.VehicleRule rule) {
        return new SiteRules.VehicleRule(rule.vehicle(), rule.turnaroundDays(), rule.notes(),
                rule.sources() == null ? List.of() : rule.sources());
    }

    private void loadLaunch(LaunchRecord r) {
        LaunchDraft draft = new LaunchDraft(OrganizationId.of(r.organization()), r.mission(), r.payload(),
                r.payloadMassKg(), VehicleId.of(r.vehicle()), r.orbit().toOrbit(),
                new LaunchWindow(r.earliest(), r.latest(), r.desired()), r.priority(),
                r.fixedPad() == null ? null : PadId.of(r.fixedPad()));
        LaunchId id = LaunchId.of(r.id());
        manifest.request(id, draft);
        if (r.net() != null) {
            manifest.changeNet(id, new Net(r.net().at(), r.net().precision()), ReasonCode.REQUESTED, null);
        }
        if (r.placement() != null) {
            launches.place(id, PadId.of(r.placement().pad()), r.placement().date(), List.of());
            manifest.changeStatus(id, LaunchStatus.SCHEDULED, ReasonCode.REPLANNED, r.note(), null);
            if (r.status() == LaunchStatus.CONFIRMED) {
                manifest.changeStatus(id, LaunchStatus.CONFIRMED, ReasonCode.MANIFEST_CONFIRMED, r.note(), null);
            }
        }
    }
}
