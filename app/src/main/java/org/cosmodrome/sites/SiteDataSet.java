package org.cosmodrome.sites;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.platform.LocalizedName;
import org.cosmodrome.platform.ReferenceData;
import org.cosmodrome.platform.ReferenceDataLoader;
import org.cosmodrome.vehicles.VehicleId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads {@code cosmodrome.json}, {@code launch-record.json} and {@code pads.json} of the data set: each record once,
 * never over an edit made through the app. A pad's shipped status history must itself follow the lifecycle; a data
 * set that breaks it stops the start-up rather than storing an impossible history.
 */
@Component
@Order(30)
class SiteDataSet implements ReferenceDataLoader {

    private static final Logger log = LoggerFactory.getLogger(SiteDataSet.class);
    static final String RECORDED_BY = "data-set";

    private final ReferenceData referenceData;
    private final Pads pads;
    private final PadRegistry registry;
    private final LaunchRecord launchRecord;
    private final Clock clock;
    private final Ledger ledger;

    SiteDataSet(ReferenceData referenceData, Pads pads, PadRegistry registry, LaunchRecord launchRecord,
            Clock clock, Ledger ledger) {
        this.ledger = ledger;
        this.referenceData = referenceData;
        this.pads = pads;
        this.registry = registry;
        this.launchRecord = launchRecord;
        this.clock = clock;
    }

    record Names(String en, String ru, String kk) {
    }

    record CosmodromeRecord(String id, Names names, double referenceLatitude, double referenceLongitude,
            Double elevationMetres, String timeZone, String leaseArea, String infrastructure, String totalLaunches,
            String town, List<String> sources) {
    }

    record LaunchCountRecord(int year, Integer launches, String basis, String confidence, String source) {
    }

    record Mark(String date, String note) {
        LaunchMark toMark() {
            return new LaunchMark(date, note);
        }
    }

    record StatusRecord(PadStatus status, LocalDate since, String note) {
    }

    /** A pad's name in Russian and Kazakh. */
    record Translations(String ru, String kk) {
    }

    record PadRecord(String id, String designation, String site, String name, String popularName,
            Translations names, Translations popularNames, double latitude,
            double longitude, String coordinatePrecision, List<String> supportedVehicles, String operator,
            Mark firstLaunch, Mark lastLaunch, Integer launchCount, String launchCountNote,
            List<StatusRecord> statusHistory, String notes, String confidence, List<String> sources) {

        Pad toPad() {
            if (statusHistory == null || statusHistory.isEmpty()) {
                throw new IllegalStateException("pad " + designation + " has no status history in the data set");
            }
            StatusRecord current = statusHistory.get(statusHistory.size() - 1);
            LocalizedName localName = names == null ? LocalizedName.of(name)
                    : new LocalizedName(name, names.ru(), names.kk());
            LocalizedName localPopularName = popularName == null ? null : popularNames == null
                    ? LocalizedName.of(popularName) : new LocalizedName(popularName, popularNames.ru(),
                    popularNames.kk());
            return new Pad(PadId.of(id), designation, site, localName, localPopularName, latitude, longitude,
                    coordinatePrecision, current.status(), current.since(),
                    operator == null ? null : OrganizationId.of(operator),
                    supportedVehicles.stream().map(VehicleId::of).toList(),
                    firstLaunch == null ? null : firstLaunch.toMark(), lastLaunch == null ? null : lastLaunch.toMark(),
                    launchCount, launchCountNote, notes, confidence, sources == null ? List.of() : sources, 0);
        }
    }

    @Override
    @Transactional
    public void load() {
        referenceData.lock();
        for (CosmodromeRecord c : referenceData.read("cosmodrome.json", CosmodromeRecord.class)) {
            if (referenceData.firstSighting("cosmodrome", c.id())) {
                launchRecord.insert(new Cosmodrome(c.id(), c.names().en(), c.names().ru(), c.names().kk(),
                        c.referenceLatitude(), c.referenceLongitude(), c.elevationMetres(), c.timeZone(),
                        c.leaseArea(), c.infrastructure(), c.totalLaunches(), c.town(), c.sources()));
            }
        }
        for (LaunchCountRecord count : referenceData.read("launch-record.json", LaunchCountRecord.class)) {
            if (referenceData.firstSighting("launch-record", Integer.toString(count.year()))) {
                launchRecord.insert(new AnnualLaunchCount(count.year(), count.launches(), count.basis(),
                        count.confidence(), count.source()));
            }
        }
        int loaded = 0;
        for (PadRecord record : referenceData.read("pads.json", PadRecord.class)) {
            if (!referenceData.firstSighting("pads", record.id())) {
                continue;
            }
            Pad pad = record.toPad();
            if (pads.findById(pad.id()).isPresent()) {
                log.warn("Data set pad {} not loaded: a pad with that designation was entered through the app",
                        record.designation());
                continue;
            }
            registry.check(pad);
            pads.insert(pad);
            PadStatus previous = null;
            for (StatusRecord entry : record.statusHistory()) {
                if (previous != null && !previous.canBecome(entry.status())) {
                    throw new TransitionNotAllowed(pad.id(), previous, entry.status());
                }
                pads.appendStatusChange(new PadStatusChange(pad.id(), previous, entry.status(), entry.since(),
                        entry.note(), clock.instant(), RECORDED_BY));
                previous = entry.status();
            }
            ledger.append("pad.loaded", "pad", pad.id().value(), List.of(), record);
            loaded++;
        }
        if (loaded > 0) {
            log.info("Loaded {} pads from the data set", loaded);
        }
    }
}
