package org.cosmodrome.rangesafety.rest;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.rangesafety.Analyses;
import org.cosmodrome.rangesafety.Analysis;
import org.cosmodrome.rangesafety.AnalysisRequest;
import org.cosmodrome.rangesafety.AnalysisResult;
import org.cosmodrome.rangesafety.RangeGeography;
import org.cosmodrome.rangesafety.RangeSafetyAnalysis;
import org.cosmodrome.rangesafety.maps.FootprintMap;
import org.cosmodrome.rangesafety.maps.GeoJson;
import org.cosmodrome.rangesafety.maps.Kml;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.vehicles.VehicleId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/range-safety/analyses")
@Tag(name = "Range safety analyses", description = "Monte Carlo impact-dispersion analyses of a vehicle's flight to"
        + " an inclination: stage footprints, containment in the agreed drop zones, casualty expectation, go/no-go."
        + " An organisation's analyses are private to it.")
class AnalysisController {

    private final RangeSafetyAnalysis analysis;
    private final Analyses analyses;
    private final RangeGeography geography;
    private final CurrentActor currentActor;

    AnalysisController(RangeSafetyAnalysis analysis, Analyses analyses, RangeGeography geography,
            CurrentActor currentActor) {
        this.analysis = analysis;
        this.analyses = analyses;
        this.geography = geography;
        this.currentActor = currentActor;
    }

    /**
     * @param launch a manifest launch id the analysis is for, or absent for the corridor
     * @param inclination degrees
     * @param samples per stage; 10,000 when absent
     * @param seed root seed; 1 when absent
     */
    record AnalysisBody(String launch, String vehicle, String pad, Double inclination, Integer samples, Long seed) {
    }

    /** An analysis without its impact points; {@code result} only when asked for one analysis. */
    record AnalysisView(UUID id, String launch, String vehicle, String pad, double inclination, int samples,
            long seed, String modelVersion, Map<String, Double> thresholds, String status, double progress,
            String verdict, String failure, String requestedBy, Instant requestedAt, Instant finishedAt,
            AnalysisResult result) {

        static AnalysisView of(Analysis a, boolean withResult) {
            AnalysisRequest r = a.request();
            Map<String, Double> thresholds = new LinkedHashMap<>();
            thresholds.put("minContainment", a.minContainment());
            thresholds.put("maxCasualtyExpectation", a.maxCasualtyExpectation());
            return new AnalysisView(a.id(), r.launchId(), r.vehicle().value(), r.pad().value(), r.inclinationDeg(),
                    r.samples(), r.seed(), a.modelVersion(), thresholds, a.status().name(), a.progress(),
                    a.verdict() == null ? null : a.verdict().name(), a.failure(), a.requestedBy(), a.requestedAt(),
                    a.finishedAt(), withResult ? a.result() : null);
        }
    }

    @PostMapping
    @Operation(summary = "Request an analysis", description = "Queued and run in the background; poll the returned"
            + " analysis for its progress. 400 names the field when the vehicle has no trajectory model, the pad"
            + " does not support it, the pad cannot reach the inclination, or the samples are out of range.")
    ResponseEntity<AnalysisView> request(@RequestBody AnalysisBody body) {
        if (body == null) {
            throw new InvalidField("vehicle", "required", "A vehicle is required.");
        }
        require("vehicle", body.vehicle());
        require("pad", body.pad());
        if (body.inclination() == null) {
            throw new InvalidField("inclination", "required", "An inclination in degrees is required.");
        }
        AnalysisRequest request = new AnalysisRequest(blank(body.launch()) ? null : body.launch().strip(),
                new VehicleId(body.vehicle().strip()), new PadId(body.pad().strip()), body.inclination(),
                body.samples() == null ? 10_000 : body.samples(), body.seed() == null ? 1 : body.seed());
        Analysis queued = analysis.request(request);
        return ResponseEntity.accepted().location(URI.create("/api/v1/range-safety/analyses/" + queued.id()))
                .body(AnalysisView.of(queued, false));
    }

    @GetMapping
    @Operation(summary = "Analyses, newest first, without results; filter by vehicle or launch")
    Page<AnalysisView> list(@RequestParam(required = false) String vehicle,
            @RequestParam(required = false) String launch, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        Page<Analysis> found = analyses.find(vehicle, launch, currentActor.get(), new PageQuery(page, size));
        return found.map(a -> AnalysisView.of(a, false));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One analysis with its result once done: verdict, findings, per-stage statistics with 95%"
            + " intervals, 1/2/3-sigma ellipses and up to " + AnalysisResult.STORED_IMPACTS + " impacts per stage")
    AnalysisView one(@PathVariable String id) {
        return AnalysisView.of(analysis.get(parse(id), currentActor.get()), true);
    }

    @GetMapping(value = "/{id}.geojson", produces = GeoJson.MEDIA_TYPE)
    @Operation(summary = "The footprint as a GeoJSON FeatureCollection: one Point per stored impact with its stage,"
            + " the ellipses and the corridor's drop zones")
    ResponseEntity<Map<String, Object>> geojson(@PathVariable String id) {
        Analysis a = done(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(GeoJson.MEDIA_TYPE))
                .body(GeoJson.featureCollection(features(a)));
    }

    @GetMapping(value = "/{id}.kml", produces = Kml.MEDIA_TYPE)
    @Operation(summary = "The footprint as KML 2.2: impacts, ellipses and drop zones")
    ResponseEntity<String> kml(@PathVariable String id) {
        Analysis a = done(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Kml.MEDIA_TYPE))
                .body(Kml.document("Range-safety analysis " + a.id(), features(a)));
    }

    private java.util.List<org.cosmodrome.rangesafety.maps.MapFeature> features(Analysis a) {
        var zones = geography.corridorFor(a.request().vehicle(), a.request().inclinationDeg())
                .map(geography::zonesOf).orElse(java.util.List.of());
        return FootprintMap.features(a.request().vehicle().value() + " " + a.request().inclinationDeg() + "°",
                a.result(), zones);
    }

    private Analysis done(String id) {
        Analysis a = analysis.get(parse(id), currentActor.get());
        if (a.result() == null) {
            throw new RecordNotFound("analysis result", id);
        }
        return a;
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFound("analysis", id);
        }
    }

    private static void require(String field, String value) {
        if (blank(value)) {
            throw new InvalidField(field, "required", "A " + field + " is required.");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
