package org.cosmodrome.rangesafety;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.physics.geodesy.GeoPolygon;
import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.cosmodrome.physics.trajectory.InclinationNotReachable;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.sites.Pad;
import org.cosmodrome.sites.Pads;
import org.cosmodrome.vehicles.VehicleId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

/**
 * Range-safety analyses: takes requests, runs them one at a time in the background with progress, stores each result
 * with its inputs, seed, thresholds and model version so it can be re-run and reproduced, and answers the scheduler's
 * question whether a launch's corridor is cleared. Every request and every outcome is entered in the ledger.
 * <p>
 * Analyses survive restarts: what was queued or running when the server stopped is run again at start-up (with the
 * same seed, so to the same result).
 */
@Service
public class RangeSafetyAnalysis {

    private static final Logger log = LoggerFactory.getLogger(RangeSafetyAnalysis.class);

    private final Analyses analyses;
    private final RangeGeography geography;
    private final Pads pads;
    private final TrajectoryModel trajectories;
    private final HazardModel hazard;
    private final RangeSafetySettings settings;
    private final Ledger ledger;
    private final CurrentActor currentActor;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "range-safety-analysis");
        thread.setDaemon(true);
        return thread;
    });

    RangeSafetyAnalysis(Analyses analyses, RangeGeography geography, Pads pads, TrajectoryModel trajectories,
            RangeSafetySettings settings, Ledger ledger, CurrentActor currentActor, TransactionTemplate transaction,
            Clock clock, ApplicationEventPublisher events) {
        this.analyses = analyses;
        this.geography = geography;
        this.pads = pads;
        this.trajectories = trajectories;
        HazardModel model = HazardModel.baikonur();
        this.hazard = model.withThresholds(
                settings.minContainment() != null ? settings.minContainment() : model.minContainment(),
                settings.maxCasualtyExpectation() != null ? settings.maxCasualtyExpectation()
                        : model.maxCasualtyExpectation());
        this.settings = settings;
        this.ledger = ledger;
        this.currentActor = currentActor;
        this.transaction = transaction;
        this.clock = clock;
        this.events = events;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** The thresholds and models analyses run under. */
    public HazardModel hazardModel() {
        return hazard;
    }

    /** @return whether the vehicle has a trajectory model, so its launches can be analysed */
    public boolean canAnalyse(VehicleId vehicle) {
        return trajectories.covers(vehicle.value());
    }

    /**
     * Queues an analysis as the current actor; it starts once the ones before it finish.
     *
     * @throws InvalidField naming {@code vehicle}, {@code pad}, {@code inclination} or {@code samples} when the
     *         request cannot be analysed
     */
    public Analysis request(AnalysisRequest request) {
        validate(request);
        Actor actor = currentActor.get();
        Analysis queued = transaction.execute(status -> {
            String organization = actor.readsEverything() ? null : actor.organization();
            Analysis analysis = new Analysis(UUID.randomUUID(), request, organization,
                    FootprintAssessment.MODEL_VERSION, hazard.minContainment(), hazard.maxCasualtyExpectation(),
                    AnalysisStatus.QUEUED, 0, null, null, null, actor.user(), clock.instant(), null);
            analyses.insert(analysis);
            ledger.append("rangesafety.analysis.requested", "analysis", analysis.id().toString(),
                    organization == null ? List.of() : List.of(organization), request);
            return analysis;
        });
        worker.submit(() -> run(queued.id()));
        return queued;
    }

    /**
     * An analysis as {@code viewer} may see it: an organisation's analyses are hidden from other organisations.
     */
    public Optional<Analysis> find(UUID id, Actor viewer) {
        return analyses.findById(id).filter(a -> visibleTo(a, viewer));
    }

    /** @throws RecordNotFound when there is no such analysis or the viewer may not see it */
    public Analysis get(UUID id, Actor viewer) {
        return find(id, viewer).orElseThrow(() -> new RecordNotFound("analysis", id.toString()));
    }

    static boolean visibleTo(Analysis a, Actor viewer) {
        return a.organization() == null || viewer.readsEverything() || a.organization().equals(viewer.organization());
    }

    /**
     * Whether a launch may be scheduled as far as range safety goes: the launch's own last analysis decides if it has
     * one, else the corridor's standing analysis. A NO_GO or failed analysis refuses it.
     *
     * @param launchId the launch, or {@code null} for a request not yet stored
     */
    public Clearance clearance(String launchId, VehicleId vehicle, double inclinationDeg) {
        Optional<Analysis> decisive = launchId == null ? Optional.empty() : analyses.latestForLaunch(launchId);
        if (decisive.isEmpty()) {
            decisive = analyses.latestForCorridor(vehicle, inclinationDeg, RangeGeography.INCLINATION_TOLERANCE_DEG);
        }
        if (decisive.isEmpty()) {
            return new Clearance(Clearance.State.NOT_ANALYSED, null, "No range-safety analysis covers "
                    + vehicle.value() + " to " + inclinationDeg + "° yet.");
        }
        Analysis a = decisive.get();
        if (a.status() == AnalysisStatus.FAILED) {
            return new Clearance(Clearance.State.REFUSED, a.id(), "Range-safety analysis " + a.id()
                    + " failed: " + a.failure());
        }
        if (a.verdict() == Verdict.NO_GO) {
            return new Clearance(Clearance.State.REFUSED, a.id(), "Range-safety analysis " + a.id()
                    + " is no-go: " + describe(a.result().findings()) + ".");
        }
        return new Clearance(Clearance.State.CLEARED, a.id(), "Range-safety analysis " + a.id() + " is go.");
    }

    private static String describe(List<Assessment.Finding> findings) {
        return String.join("; ", findings.stream().map(f -> switch (f.code()) {
            case FootprintAssessment.CONTAINMENT_BELOW_THRESHOLD -> String.format(java.util.Locale.ROOT,
                    "%s lands in its zone %.1f%% of the time, below %.1f%%", f.stage(), 100 * f.value(),
                    100 * f.threshold());
            case FootprintAssessment.CASUALTY_EXPECTATION_ABOVE_THRESHOLD -> String.format(java.util.Locale.ROOT,
                    "casualty expectation %.2g above %.2g", f.value(), f.threshold());
            case FootprintAssessment.STAGE_WITHOUT_DROP_ZONE -> f.stage() + " has no agreed drop zone";
            default -> f.code();
        }).toList());
    }

    /** Runs again what a stop interrupted, then gives each corridor without an analysis its standing one. */
    @EventListener(ApplicationReadyEvent.class)
    void resume() {
        for (UUID id : analyses.unfinished()) {
            worker.submit(() -> run(id));
        }
        if (settings.analyseCorridorsOnStart()) {
            worker.submit(this::analyseCorridors);
        }
    }

    private void analyseCorridors() {
        currentActor.runAs(Actor.system("range-safety"), () -> {
            for (Corridor corridor : geography.corridors()) {
                if (!trajectories.covers(corridor.vehicle().value()) || analyses.existsForCorridor(corridor.vehicle(),
                        corridor.inclinationDeg(), RangeGeography.INCLINATION_TOLERANCE_DEG)) {
                    continue;
                }
                try {
                    request(new AnalysisRequest(null, corridor.vehicle(), corridor.pad(), corridor.inclinationDeg(),
                            settings.standardSamples(), settings.standardSeed()));
                } catch (RuntimeException e) {
                    log.warn("Corridor {} could not be analysed: {}", corridor.id(), e.getMessage());
                }
            }
        });
    }

    private void validate(AnalysisRequest request) {
        if (request.vehicle() == null || !trajectories.covers(request.vehicle().value())) {
            throw new InvalidField("vehicle", "no-trajectory-model", "No trajectory model exists for vehicle '"
                    + (request.vehicle() == null ? null : request.vehicle().value()) + "'; analysable vehicles: "
                    + String.join(", ", analysable()) + ".");
        }
        Pad pad = request.pad() == null ? null : pads.findById(request.pad()).orElse(null);
        if (pad == null) {
            throw new InvalidField("pad", "unknown", "No pad '" + (request.pad() == null ? null
                    : request.pad().value()) + "'.");
        }
        if (!pad.supportedVehicles().contains(request.vehicle())) {
            throw new InvalidField("pad", "vehicle-not-supported", "Pad " + pad.designation() + " does not support "
                    + request.vehicle().value() + ".");
        }
        double inclination = request.inclinationDeg();
        if (!(inclination > 0 && inclination < 180)) {
            throw new InvalidField("inclination", "out-of-range", "An inclination is between 0 and 180 degrees.");
        }
        double latitude = Math.abs(pad.latitude());
        if (inclination < latitude || inclination > 180 - latitude) {
            throw new InvalidField("inclination", "not-reachable", new InclinationNotReachable(pad.latitude(),
                    inclination).getMessage());
        }
        if (request.samples() < RangeSafetySettings.MIN_SAMPLES || request.samples() > settings.maxSamples()) {
            throw new InvalidField("samples", "out-of-range", "Samples per stage must be from "
                    + RangeSafetySettings.MIN_SAMPLES + " to " + settings.maxSamples() + ".");
        }
    }

    private List<String> analysable() {
        return geography.corridors().stream().map(c -> c.vehicle().value()).filter(trajectories::covers).distinct()
                .toList();
    }

    private void run(UUID id) {
        Optional<Analysis> found = analyses.findById(id);
        if (found.isEmpty() || found.get().status().finished()) {
            return;
        }
        Analysis analysis = found.get();
        transaction.executeWithoutResult(status -> analyses.started(id));
        try {
            AnalysisResult result = compute(analysis);
            finish(analysis, result, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // shutting down: left RUNNING, resumed at the next start
        } catch (RuntimeException e) {
            log.warn("Range-safety analysis {} failed", id, e);
            finish(analysis, null, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private AnalysisResult compute(Analysis analysis) throws InterruptedException {
        AnalysisRequest request = analysis.request();
        Corridor corridor = geography.corridorFor(request.vehicle(), request.inclinationDeg())
                .orElseThrow(() -> new IllegalStateException("No corridor is agreed for " + request.vehicle().value()
                        + " to " + request.inclinationDeg() + "°: its stages have no drop zones."));
        Map<String, FootprintAssessment.StageZone> zones = new LinkedHashMap<>();
        for (StageFall fall : corridor.stages()) {
            if (fall.dropZone() == null) {
                zones.put(fall.stage(), FootprintAssessment.StageZone.NONE_NEEDED);
            } else {
                DropZone zone = geography.zone(fall.dropZone()).orElseThrow(() -> new IllegalStateException(
                        "Drop zone " + fall.dropZone() + " of corridor " + corridor.id() + " does not exist."));
                zones.put(fall.stage(), new FootprintAssessment.StageZone(zone.id().value(), polygon(zone)));
            }
        }
        Pad pad = pads.findById(request.pad()).orElseThrow();
        TrajectoryModel.Flight flight = trajectories.fly(request.vehicle().value(), corridor.mission(),
                GeodeticPoint.ofDegrees(pad.latitude(), pad.longitude(), TrajectoryModel.PAD_HEIGHT_M), request.inclinationDeg());
        HazardModel model = hazard.withThresholds(analysis.minContainment(), analysis.maxCasualtyExpectation());
        double[] reported = {0};
        Assessment assessment = new FootprintAssessment(model).assess(request.vehicle().value(),
                flight.separations(), zones, request.samples(), request.seed(), settings.workerThreads(),
                (done, total) -> {
                    double percent = Math.floor(99.0 * done / total);
                    synchronized (reported) {
                        if (percent >= reported[0] + 2) {
                            reported[0] = percent;
                            analyses.progressed(analysis.id(), percent);
                        }
                    }
                });
        return AnalysisResult.of(assessment, flight.track());
    }

    static GeoPolygon polygon(DropZone zone) {
        return zone.polygon().toGeoPolygon();
    }

    private void finish(Analysis analysis, AnalysisResult result, String failure) {
        Instant now = clock.instant();
        currentActor.runAs(Actor.system("range-safety"), () -> transaction.executeWithoutResult(status -> {
            if (analyses.lockById(analysis.id()).map(a -> a.status().finished()).orElse(true)) {
                return;
            }
            AnalysisRequest request = analysis.request();
            Clearance before = clearance(request.launchId(), request.vehicle(), request.inclinationDeg());
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("analysis", analysis.id().toString());
            if (result != null) {
                analyses.done(analysis.id(), result, now);
                change.put("verdict", result.verdict().name());
                change.put("casualtyExpectation", result.casualtyExpectation().estimate());
                change.put("findings", result.findings().stream().map(Assessment.Finding::code).toList());
                ledger.append("rangesafety.analysis.completed", "analysis", analysis.id().toString(),
                        analysis.organization() == null ? List.of() : List.of(analysis.organization()), change);
            } else {
                analyses.failed(analysis.id(), failure, now);
                change.put("failure", failure);
                ledger.append("rangesafety.analysis.failed", "analysis", analysis.id().toString(),
                        analysis.organization() == null ? List.of() : List.of(analysis.organization()), change);
            }
            Clearance after = clearance(request.launchId(), request.vehicle(), request.inclinationDeg());
            if (before.refused() != after.refused()) {
                events.publishEvent(new ClearanceChanged(analysis.id(), request.launchId(),
                        request.vehicle().value(), request.inclinationDeg(), before.state(), after.state()));
            }
        }));
    }
}
