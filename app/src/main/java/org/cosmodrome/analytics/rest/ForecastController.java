package org.cosmodrome.analytics.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cosmodrome.analytics.ForecastPlanning;
import org.cosmodrome.analytics.ForecastRun;
import org.cosmodrome.analytics.ForecastStoredScenario;
import org.cosmodrome.analytics.ForecastTables;
import org.cosmodrome.planning.forecast.ForecastReport;
import org.cosmodrome.planning.forecast.ForecastScenario;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/forecasts")
@Tag(name = "Forecasts", description = "Capacity forecasts: scenarios of demand, site and dated events, run in the"
        + " background as Monte Carlo samples of year plans; what could not fly each year and the resource that"
        + " bound it. Operator and host authority write, auditors read; tenants have no access.")
class ForecastController {

    private static final String TEXT_CSV = "text/csv";

    private final ForecastPlanning planning;

    ForecastController(ForecastPlanning planning) {
        this.planning = planning;
    }

    record ScenarioView(UUID id, String name, String dataSetId, String createdBy, Instant createdAt,
            ForecastScenario scenario) {

        static ScenarioView of(ForecastStoredScenario s, boolean withScenario) {
            return new ScenarioView(s.id(), s.name(), s.dataSetId(), s.createdBy(), s.createdAt(),
                    withScenario ? s.scenario() : null);
        }
    }

    /** @param scenario the stored scenario's id; {@code seed} and {@code samples} override the scenario's */
    record RunBody(UUID scenario, Long seed, Integer samples) {
    }

    record RunView(UUID id, UUID scenario, String name, String status, int done, int total, double percent,
            long seed, int samples, boolean cancelAsked, String failure, UUID rerunOf, String requestedBy,
            Instant requestedAt, Instant startedAt, Instant finishedAt, ForecastScenario inputs,
            ForecastReport report) {

        static RunView of(ForecastRun r, boolean whole) {
            return new RunView(r.id(), r.scenarioId(), r.inputs().name(), r.status().name(), r.done(), r.total(),
                    r.percent(), r.seed(), r.samples(), r.cancelAsked(), r.failure(), r.rerunOf(), r.requestedBy(),
                    r.requestedAt(), r.startedAt(), r.finishedAt(), whole ? r.inputs() : null,
                    whole ? r.report() : null);
        }
    }

    @GetMapping("/scenarios")
    @Operation(summary = "Stored scenarios, oldest first, without their bodies")
    List<ScenarioView> scenarios() {
        return planning.scenarios().stream().map(s -> ScenarioView.of(s, false)).toList();
    }

    @GetMapping("/scenarios/{id}")
    @Operation(summary = "One scenario with its body: growth, site, demand streams and dated events")
    ScenarioView scenario(@PathVariable String id) {
        return ScenarioView.of(planning.scenario(parse(id, "forecast-scenario")), true);
    }

    @PostMapping("/scenarios")
    @Operation(summary = "Save a scenario", description = "The body is a scenario as GET /scenarios/{id} answers it"
            + " under `scenario`. 400 names the first wrong field, e.g. `streams[2].vehicle` or `growth.low`.")
    ResponseEntity<ScenarioView> save(@RequestBody ForecastScenario body) {
        if (body == null) {
            throw new InvalidField("name", "required", "A scenario is required.");
        }
        ForecastStoredScenario saved = planning.save(body);
        return ResponseEntity.created(URI.create("/api/v1/forecasts/scenarios/" + saved.id()))
                .body(ScenarioView.of(saved, true));
    }

    @PostMapping("/runs")
    @Operation(summary = "Run a scenario in the background", description = "202 with the run's Location; poll it"
            + " for status and progress (year plans solved of samples x years), then read the report.")
    ResponseEntity<RunView> start(@RequestBody RunBody body) {
        if (body == null || body.scenario() == null) {
            throw new InvalidField("scenario", "required", "The id of a stored scenario is required.");
        }
        ForecastRun run = planning.start(body.scenario(), body.seed(), body.samples());
        return ResponseEntity.accepted().location(URI.create("/api/v1/forecasts/runs/" + run.id()))
                .body(RunView.of(run, false));
    }

    @GetMapping("/runs")
    @Operation(summary = "The latest 100 runs, newest first, without inputs and reports")
    List<RunView> runs() {
        return planning.recentRuns(100).stream().map(r -> RunView.of(r, false)).toList();
    }

    @GetMapping("/runs/{id}")
    @Operation(summary = "A run: status, progress, its inputs and, once done, the report")
    RunView run(@PathVariable String id) {
        return RunView.of(planning.run(parse(id, "forecast-run")), true);
    }

    @PostMapping("/runs/{id}/cancel")
    @Operation(summary = "Cancel a run", description = "A queued run is cancelled at once, a running one stops"
            + " after its current year plans. 409 `forecast.run.finished` when it has finished.")
    ResponseEntity<RunView> cancel(@PathVariable String id) {
        return ResponseEntity.accepted().body(RunView.of(planning.cancel(parse(id, "forecast-run")), false));
    }

    @PostMapping("/runs/{id}/rerun")
    @Operation(summary = "Run again with the identical inputs and seed", description = "202 with the new run's"
            + " Location; its report equals the first run's.")
    ResponseEntity<RunView> rerun(@PathVariable String id) {
        ForecastRun run = planning.rerun(parse(id, "forecast-run"));
        return ResponseEntity.accepted().location(URI.create("/api/v1/forecasts/runs/" + run.id()))
                .body(RunView.of(run, false));
    }

    @GetMapping(value = "/runs/{id}/years.csv", produces = TEXT_CSV)
    @Operation(summary = "Per year: demand, flown and unflown bands, ceiling and binding resource, as CSV")
    ResponseEntity<String> years(@PathVariable String id) {
        return csv(id, "years");
    }

    @GetMapping(value = "/runs/{id}/binding.csv", produces = TEXT_CSV)
    @Operation(summary = "Per year and binding resource: unflown launches as P10, median, P90 and mean, as CSV")
    ResponseEntity<String> binding(@PathVariable String id) {
        return csv(id, "binding");
    }

    private ResponseEntity<String> csv(String id, String table) {
        ForecastRun run = planning.run(parse(id, "forecast-run"));
        if (run.report() == null) {
            throw new RecordNotFound("forecast-report", id);
        }
        String body = table.equals("years") ? ForecastTables.years(run.report())
                : ForecastTables.binding(run.report());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(TEXT_CSV + ";charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"forecast-" + id + "-" + table + ".csv\"")
                .body(body);
    }

    private static UUID parse(String id, String type) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFound(type, id);
        }
    }
}
