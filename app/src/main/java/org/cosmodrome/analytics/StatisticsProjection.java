package org.cosmodrome.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cosmodrome.incidents.Incident;
import org.cosmodrome.incidents.IncidentRecorded;
import org.cosmodrome.incidents.Incidents;
import org.cosmodrome.manifest.Launch;
import org.cosmodrome.manifest.LaunchFilter;
import org.cosmodrome.manifest.LaunchId;
import org.cosmodrome.manifest.LaunchNetChanged;
import org.cosmodrome.manifest.LaunchStatus;
import org.cosmodrome.manifest.LaunchStatusChange;
import org.cosmodrome.manifest.LaunchStatusChanged;
import org.cosmodrome.manifest.LaunchSummary;
import org.cosmodrome.manifest.Launches;
import org.cosmodrome.manifest.NetChange;
import org.cosmodrome.manifest.NetChangeKind;
import org.cosmodrome.manifest.NetPrecision;
import org.cosmodrome.manifest.Orbit;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.platform.ReferenceDataLoader;
import org.cosmodrome.vehicles.Vehicle;
import org.cosmodrome.vehicles.VehicleId;
import org.cosmodrome.vehicles.Vehicles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the statistics' read models ({@link LaunchFacts}) from the manifest's and the incidents' events, and
 * catches them up at start from those modules' query APIs, never from their tables.
 * <p>
 * The listeners run synchronously in the publisher's transaction: a launch's outcome and its count, a slip and its
 * count, commit or roll back together. The catch-up runs as the last part of the data-set load (after the manifest's
 * and the incidents' own loads), so seeded launches and incidents count too; like the listeners it stores each source
 * record once, so it may run any number of times.
 */
@Component
@Order(100)
class StatisticsProjection implements ReferenceDataLoader {

    private static final Logger log = LoggerFactory.getLogger(StatisticsProjection.class);

    /** The statuses of a launch that has flown and has an outcome. */
    static final Set<LaunchStatus> FLOWN = EnumSet.of(LaunchStatus.SUCCESS, LaunchStatus.PARTIAL_FAILURE,
            LaunchStatus.FAILURE);

    private final LaunchFacts facts;
    private final Launches launches;
    private final Incidents incidents;
    private final Vehicles vehicles;

    StatisticsProjection(LaunchFacts facts, Launches launches, Incidents incidents, Vehicles vehicles) {
        this.facts = facts;
        this.launches = launches;
        this.incidents = incidents;
        this.vehicles = vehicles;
    }

    @EventListener
    void on(LaunchStatusChanged changed) {
        if (!FLOWN.contains(changed.to())) {
            return;
        }
        LaunchSummary summary = changed.launch();
        Orbit orbit = launches.findById(summary.id()).map(Launch::orbit).orElse(null);
        facts.add(flown(summary.id(), summary.organization().value(), summary.vehicle(), summary.pad(),
                summary.day(), changed.at(), changed.to(), orbit));
    }

    @EventListener
    void on(LaunchNetChanged changed) {
        if (changed.kind() != NetChangeKind.SLIP) {
            return;
        }
        facts.add(new LaunchFacts.Slip(changed.launch().id().value(), changed.at(), changed.to().at(),
                changed.launch().organization().value(), changed.reason().name(),
                slipDays(changed.from().day(), changed.to().day()), changed.publicLaunch()));
    }

    @EventListener
    void on(IncidentRecorded recorded) {
        facts.add(new LaunchFacts.RecordedIncident(recorded.incident(), recorded.kind().name(),
                siteDay(recorded.occurredAt())));
    }

    /**
     * Stores what the manifest and the incident log hold and the read models lack: every launch that flew, every
     * NET slip and every incident, seeded ones included.
     */
    @Override
    @Transactional
    public void load() {
        int added = 0;
        Actor system = Actor.system("analytics");
        int pageNumber = 0;
        Page<Launch> page;
        do {
            page = launches.find(LaunchFilter.none(), system, new PageQuery(pageNumber++, PageQuery.MAX_SIZE));
            List<LaunchId> ids = page.items().stream().map(Launch::id).toList();
            Map<LaunchId, List<LaunchStatusChange>> statuses = launches.statusHistories(ids);
            Map<LaunchId, List<NetChange>> nets = launches.netHistories(ids);
            for (Launch launch : page.items()) {
                added += catchUp(launch, statuses.getOrDefault(launch.id(), List.of()),
                        nets.getOrDefault(launch.id(), List.of()));
            }
        } while (!page.items().isEmpty() && page.items().size() == PageQuery.MAX_SIZE);
        pageNumber = 0;
        Page<Incident> incidentPage;
        do {
            incidentPage = incidents.find(Incidents.Filter.any(), new PageQuery(pageNumber++, PageQuery.MAX_SIZE));
            for (Incident incident : incidentPage.items()) {
                if (facts.add(new LaunchFacts.RecordedIncident(incident.id().value(), incident.kind().name(),
                        siteDay(incident.occurredAt())))) {
                    added++;
                }
            }
        } while (incidentPage.items().size() == PageQuery.MAX_SIZE);
        if (added > 0) {
            log.info("Statistics caught up with {} launches, slips and incidents", added);
        }
    }

    private int catchUp(Launch launch, List<LaunchStatusChange> statuses, List<NetChange> nets) {
        int added = 0;
        if (FLOWN.contains(launch.status())) {
            Instant outcomeAt = statuses.stream().filter(c -> c.to() == launch.status())
                    .map(LaunchStatusChange::recordedAt).reduce((first, second) -> second).orElse(launch.requestedAt());
            if (facts.add(flown(launch.id(), launch.organization().value(), launch.vehicle().value(),
                    launch.scheduledPad() == null ? null : launch.scheduledPad().value(), launch.scheduledDate(),
                    outcomeAt, launch.status(), launch.orbit()))) {
                added++;
            }
        }
        for (NetChange change : nets) {
            if (change.kind() == NetChangeKind.SLIP && facts.add(new LaunchFacts.Slip(launch.id().value(),
                    change.recordedAt(), change.to().at(), launch.organization().value(), change.reason().name(),
                    slipDays(change.from().day(), change.to().day()), launch.isPublic()))) {
                added++;
            }
        }
        return added;
    }

    private LaunchFacts.FlownLaunch flown(LaunchId id, String organization, String vehicle, String pad,
            LocalDate day, Instant at, LaunchStatus outcome, Orbit orbit) {
        String family = vehicles.findById(new VehicleId(vehicle)).map(Vehicle::family).orElse(vehicle);
        return new LaunchFacts.FlownLaunch(id.value(), organization, vehicle, family, pad,
                day != null ? day : siteDay(at), outcome.name(), orbitName(orbit));
    }

    /**
     * The orbit as the statistics group it: a named orbit by its name ({@code ISS}, {@code SSO}, ...), a custom one
     * by its inclination band of 10°, e.g. {@code 50-60°} for 51.8° (lower end inclusive, upper exclusive).
     */
    static String orbitName(Orbit orbit) {
        if (orbit == null) {
            return "unknown";
        }
        if (orbit.named() != null) {
            return orbit.named().name();
        }
        int low = (int) Math.floor(orbit.inclination() / 10) * 10;
        return String.format(Locale.ROOT, "%d-%d°", low, low + 10);
    }

    /** Whole days between the NET's day before and after, never negative. */
    static int slipDays(LocalDate from, LocalDate to) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(from, to));
    }

    static LocalDate siteDay(Instant at) {
        return at.atZone(NetPrecision.SITE_TIME).toLocalDate();
    }
}
