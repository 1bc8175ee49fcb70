package org.cosmodrome.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.planning.forecast.ForecastScenario;
import org.cosmodrome.platform.ReferenceData;
import org.cosmodrome.platform.ReferenceDataLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads {@code forecast.json}: the Baikonur base scenario and its variants, once each. The demand streams, events and
 * declared pads come from the file; the site (pads, vehicles, rules) from what is stored when it is loaded
 * ({@link ForecastSite}), after the modules that hold them. The first year is the calendar year after the one it is
 * loaded in, at the cosmodrome.
 */
@Component
@Order(95)
class ForecastDataSet implements ReferenceDataLoader {

    private static final Logger log = LoggerFactory.getLogger(ForecastDataSet.class);
    static final ZoneId SITE_TIME = ZoneId.of("Asia/Qyzylorda");

    private final ReferenceData referenceData;
    private final ForecastScenarios scenarios;
    private final ForecastSite site;
    private final Ledger ledger;
    private final Clock clock;

    ForecastDataSet(ReferenceData referenceData, ForecastScenarios scenarios, ForecastSite site, Ledger ledger,
            Clock clock) {
        this.referenceData = referenceData;
        this.scenarios = scenarios;
        this.site = site;
        this.ledger = ledger;
        this.clock = clock;
    }

    record GrowthRecord(double rate, double low, double high, String note) {
    }

    record PadRecord(String id, List<String> vehicles, String note) {
    }

    record StreamRecord(String id, String label, String tenant, String vehicle, double inclination, int priority,
            double perYear, double spread, boolean grows, int windowDays, String note) {
    }

    record EventRecord(String id, String label, LocalDate date, boolean enabled, List<String> startsStreams,
            List<String> endsStreams, List<String> opensPads, List<String> closesPads, String note) {
    }

    record BaseRecord(String id, String name, int years, long seed, int samples, String samplesNote,
            GrowthRecord growth, List<PadRecord> pads, List<StreamRecord> streams, List<EventRecord> events) {
    }

    /**
     * A variant of the base.
     *
     * @param eventDates events of the base moved to another day
     * @param removedEvents events of the base taken out, with the streams they start and the declared pads they open
     */
    record VariantRecord(String id, String name, Map<String, LocalDate> eventDates, List<String> removedEvents,
            String note) {
    }

    record DataSet(String about, BaseRecord base, List<VariantRecord> variants) {
    }

    @Override
    @Transactional
    public void load() {
        referenceData.lock();
        DataSet data = referenceData.read("forecast.json", DataSet.class).get(0);
        int firstYear = LocalDate.now(clock.withZone(SITE_TIME)).getYear() + 1;
        ForecastScenario base = base(data.base(), firstYear);
        store(data.base().id(), base);
        for (VariantRecord variant : data.variants()) {
            store(variant.id(), variant(base, variant));
        }
    }

    private void store(String dataSetId, ForecastScenario scenario) {
        if (!referenceData.firstSighting("forecast-scenarios", dataSetId)) {
            return;
        }
        if (scenarios.findByDataSetId(dataSetId).isPresent()) {
            return;
        }
        ForecastStoredScenario stored = new ForecastStoredScenario(UUID.randomUUID(), scenario.name(), scenario,
                dataSetId, "system:data-set", clock.instant());
        scenarios.insert(stored);
        ledger.append("forecast.scenario.loaded", "forecast-scenario", stored.id().toString(), List.of(),
                Map.of("dataSetId", dataSetId, "name", scenario.name()));
        log.info("Loaded the forecast scenario {} from the data set", dataSetId);
    }

    private ForecastScenario base(BaseRecord b, int firstYear) {
        List<ForecastScenario.DemandStream> streams = b.streams().stream()
                .map(s -> new ForecastScenario.DemandStream(s.id(), s.label(), s.tenant(), s.vehicle(),
                        s.inclination(), s.priority(), s.perYear(), s.spread(), s.grows(), s.windowDays()))
                .toList();
        List<ForecastScenario.ScenarioEvent> events = b.events().stream()
                .map(e -> new ForecastScenario.ScenarioEvent(e.id(), e.label(), e.date(), e.enabled(),
                        e.startsStreams(), e.endsStreams(), e.opensPads(), e.closesPads()))
                .toList();
        List<ForecastScenario.PadSpec> declared = b.pads().stream()
                .map(p -> new ForecastScenario.PadSpec(p.id(), p.vehicles(), List.of())).toList();
        Set<String> vehicles = new LinkedHashSet<>();
        streams.forEach(s -> vehicles.add(s.vehicle()));
        Set<String> opened = new LinkedHashSet<>();
        events.forEach(e -> opened.addAll(e.opensPads()));
        LocalDate first = LocalDate.of(firstYear, 1, 1);
        LocalDate last = LocalDate.of(firstYear + b.years() - 1, 12, 31);
        ForecastScenario.Site s = site.build(vehicles, declared, opened, first, last);
        return new ForecastScenario(b.name(), firstYear, b.years(), b.seed(), b.samples(),
                new ForecastScenario.Growth(b.growth().rate(), b.growth().low(), b.growth().high()), s, streams,
                events);
    }

    /** The base with some events moved, and some removed with what they start and open. */
    static ForecastScenario variant(ForecastScenario base, VariantRecord v) {
        Set<String> removed = new LinkedHashSet<>(v.removedEvents() == null ? List.of() : v.removedEvents());
        Set<String> goneStreams = new LinkedHashSet<>();
        Set<String> gonePads = new LinkedHashSet<>();
        List<ForecastScenario.ScenarioEvent> events = new ArrayList<>();
        for (ForecastScenario.ScenarioEvent e : base.events()) {
            if (removed.contains(e.id())) {
                goneStreams.addAll(e.startsStreams());
                gonePads.addAll(e.opensPads());
                continue;
            }
            LocalDate date = v.eventDates() == null ? e.date() : v.eventDates().getOrDefault(e.id(), e.date());
            events.add(new ForecastScenario.ScenarioEvent(e.id(), e.label(), date, e.enabled(), e.startsStreams(),
                    e.endsStreams(), e.opensPads(), e.closesPads()));
        }
        List<ForecastScenario.DemandStream> streams = base.streams().stream()
                .filter(s -> !goneStreams.contains(s.id())).toList();
        ForecastScenario.Site site = base.site();
        List<ForecastScenario.PadSpec> pads = site.pads().stream()
                .filter(p -> !(gonePads.contains(p.id()) && p.vehicles().stream().allMatch(
                        vehicle -> streams.stream().noneMatch(s -> s.vehicle().equals(vehicle)))))
                .toList();
        ForecastScenario.Site trimmed = new ForecastScenario.Site(site.rangeSeparationDays(), site.vehicles(), pads,
                site.dropZones(), site.corridors(), site.caps(), site.suspensions());
        return new ForecastScenario(v.name(), base.firstYear(), base.years(), base.seed(), base.samples(),
                base.growth(), trimmed, streams, events);
    }
}
