package org.cosmodrome.incidents.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cosmodrome.incidents.ContaminationSample;
import org.cosmodrome.incidents.Incident;
import org.cosmodrome.incidents.IncidentId;
import org.cosmodrome.incidents.IncidentKind;
import org.cosmodrome.incidents.IncidentLog;
import org.cosmodrome.incidents.Incidents;
import org.cosmodrome.incidents.NewIncident;
import org.cosmodrome.incidents.PropellantMass;
import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.platform.RecordNotFound;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "Incidents", description = "Launch failures, spills, debris and fires, and the contamination samples "
        + "taken after them; public")
class IncidentController {

    private final Incidents incidents;
    private final IncidentLog log;

    IncidentController(Incidents incidents, IncidentLog log) {
        this.incidents = incidents;
        this.log = log;
    }

    record PropellantBody(@NotBlank @Size(max = 100) String substance, @DecimalMin("0") BigDecimal aboardKg,
            @DecimalMin("0") BigDecimal releasedKg, @Size(max = 2000) String note) {
    }

    record IncidentBody(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,80}",
                    message = "must be 1-81 lowercase letters, digits and dashes") String id,
            @NotBlank @Size(max = 300) String title,
            @NotNull IncidentKind kind,
            @NotNull Instant occurredAt,
            @Size(max = 1000) String timeNote,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @Size(max = 2000) String place,
            @Size(max = 80) String vehicle,
            @Size(max = 100) String vehicleFamily,
            @Size(max = 40) String pad,
            @Size(max = 120) String launch,
            UUID rangeSafetyAnalysis,
            List<@Valid @NotNull PropellantBody> propellant,
            @DecimalMin("0") BigDecimal affectedAreaKm2,
            @Size(max = 8000) String narrative,
            @Size(max = 200) String confidence,
            List<@NotBlank String> sources) {

        NewIncident toDraft() {
            return new NewIncident(IncidentId.of(id), title, kind, occurredAt, timeNote, latitude, longitude, place,
                    vehicle, vehicleFamily, pad, launch, rangeSafetyAnalysis, propellant == null ? List.of() : propellant.stream()
                            .map(p -> new PropellantMass(p.substance().strip(), p.aboardKg(), p.releasedKg(),
                                    p.note())).toList(),
                    affectedAreaKm2, narrative, confidence, sources);
        }
    }

    record IncidentView(String id, String title, IncidentKind kind, Instant occurredAt, String timeNote,
            Double latitude, Double longitude, String place, String vehicle, String vehicleFamily, String pad,
            String launch, UUID rangeSafetyAnalysis, List<PropellantMass> propellant, BigDecimal affectedAreaKm2,
            String narrative, String confidence, List<String> sources, String recordedBy, Instant recordedAt) {

        static IncidentView of(Incident i) {
            return new IncidentView(i.id().value(), i.title(), i.kind(), i.occurredAt(), i.timeNote(), i.latitude(),
                    i.longitude(), i.place(), i.vehicle(), i.vehicleFamily(), i.pad(), i.launch(),
                    i.rangeSafetyAnalysis(), i.propellant(),
                    i.affectedAreaKm2(), i.narrative(), i.confidence(), i.sources(), i.recordedBy(),
                    i.recordedAt());
        }
    }

    /** @param rangeSafetyAnalysis the id of an existing range-safety analysis */
    record AnalysisLinkBody(@NotNull UUID rangeSafetyAnalysis) {
    }

    record SampleBody(
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @Size(max = 2000) String place,
            @NotNull LocalDate sampledOn,
            @Size(max = 100) String medium,
            @NotBlank @Size(max = 100) String substance,
            @NotNull @DecimalMin("0") BigDecimal measured,
            @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal limit,
            @NotBlank @Size(max = 40) String unit,
            @Size(max = 4000) String note,
            List<@NotBlank String> sources) {

        ContaminationSample toDraft(IncidentId incident) {
            return new ContaminationSample(null, incident, latitude, longitude, place, sampledOn, null, medium,
                    substance.strip(), measured, limit, unit.strip(), null, note,
                    sources == null ? List.of() : sources, null, null);
        }
    }

    /**
     * @param exceedanceFactor how many times the limit: measured / limit, or the reported ratio where the sources give
     *        only that
     */
    record SampleView(long id, String incident, Double latitude, Double longitude, String place,
            LocalDate sampledOn, String dateNote, String medium, String substance, BigDecimal measured,
            BigDecimal limit, String unit, BigDecimal exceedanceFactor, boolean exceedsLimit, String note,
            List<String> sources, String recordedBy, Instant recordedAt) {

        static SampleView of(ContaminationSample s) {
            return new SampleView(s.id(), s.incident().value(), s.latitude(), s.longitude(), s.place(),
                    s.sampledOn(), s.dateNote(), s.medium(), s.substance(), s.measured(), s.limit(), s.unit(),
                    s.exceedanceFactor(), s.exceedsLimit(), s.note(), s.sources(), s.recordedBy(),
                    s.recordedAt());
        }
    }

    @GetMapping
    @Operation(summary = "List incidents", description = "Newest first.")
    Page<IncidentView> list(@RequestParam(required = false) IncidentKind kind,
            @Parameter(description = "vehicle family, e.g. UR-500/Proton") @RequestParam(required = false)
            String vehicleFamily,
            @Parameter(description = "first day, inclusive") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day, inclusive") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        return incidents.find(new Incidents.Filter(kind, vehicleFamily,
                        from == null ? null : from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                        to == null ? null : to.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()),
                new PageQuery(page, size)).map(IncidentView::of);
    }

    @GetMapping("/{id}")
    IncidentView get(@PathVariable String id) {
        return IncidentView.of(incidents.findById(parse(id)).orElseThrow(() -> new RecordNotFound("incident", id)));
    }

    @PostMapping
    @Operation(summary = "Record an incident", description = "Publishes IncidentRecorded, which may suspend launches.")
    ResponseEntity<IncidentView> create(@Valid @RequestBody IncidentBody body) {
        Incident incident = log.record(body.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + incident.id().value()))
                .body(IncidentView.of(incident));
    }

    @PostMapping("/{id}/analysis")
    @Operation(summary = "Link an incident to a range-safety analysis",
            description = "Sets or replaces the link; the analysis must exist and be visible to the caller.")
    IncidentView linkAnalysis(@PathVariable String id, @Valid @RequestBody AnalysisLinkBody body) {
        return IncidentView.of(log.linkAnalysis(parse(id), body.rangeSafetyAnalysis()));
    }

    @GetMapping("/{id}/samples")
    @Operation(summary = "List an incident's contamination samples", description = "In the order recorded.")
    Page<SampleView> samples(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        PageQuery query = new PageQuery(page, size);
        IncidentId incident = parse(id);
        if (incidents.findById(incident).isEmpty()) {
            throw new RecordNotFound("incident", id);
        }
        List<ContaminationSample> all = incidents.samples(incident);
        int fromIndex = (int) Math.min(query.offset(), all.size());
        return Page.of(all.subList(fromIndex, Math.min(fromIndex + query.size(), all.size())), query, all.size())
                .map(SampleView::of);
    }

    @PostMapping("/{id}/samples")
    @Operation(summary = "Record a contamination sample")
    ResponseEntity<SampleView> addSample(@PathVariable String id, @Valid @RequestBody SampleBody body) {
        IncidentId incident = parse(id);
        ContaminationSample sample = log.recordSample(incident, body.toDraft(incident));
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + id + "/samples"))
                .body(SampleView.of(sample));
    }

    private static IncidentId parse(String id) {
        try {
            return IncidentId.of(id);
        } catch (RuntimeException malformed) {
            throw new RecordNotFound("incident", id);
        }
    }
}
