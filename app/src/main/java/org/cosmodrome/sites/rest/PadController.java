package org.cosmodrome.sites.rest;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.platform.IfMatch;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.LocalizedName;
import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.sites.LaunchMark;
import org.cosmodrome.sites.Pad;
import org.cosmodrome.sites.PadFilter;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.sites.PadRegistry;
import org.cosmodrome.sites.PadStatus;
import org.cosmodrome.sites.PadStatusChange;
import org.cosmodrome.sites.Pads;
import org.cosmodrome.vehicles.VehicleId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/pads")
@Tag(name = "Pads", description = "Launch pads with coordinates, supported vehicles and a status lifecycle")
class PadController {

    private final Pads pads;
    private final PadRegistry registry;

    PadController(Pads pads, PadRegistry registry) {
        this.pads = pads;
        this.registry = registry;
    }

    record PadView(String id, String designation, String site, String name, LocalizedName names,
            String popularName, LocalizedName popularNames, double latitude,
            double longitude, String coordinatePrecision, PadStatus status, LocalDate statusSince,
            Set<PadStatus> allowedTransitions, String operator, List<String> supportedVehicles,
            LaunchMark firstLaunch, LaunchMark lastLaunch, Integer launchCount, String launchCountNote, String notes,
            String confidence, List<String> sources, int version) {

        static PadView of(Pad p) {
            return new PadView(p.id().value(), p.designation(), p.site(), p.name().en(), p.name(),
                    p.popularName() == null ? null : p.popularName().en(), p.popularName(), p.latitude(),
                    p.longitude(), p.coordinatePrecision(), p.status(), p.statusSince(), p.status().next(),
                    p.operator() == null ? null : p.operator().value(),
                    p.supportedVehicles().stream().map(VehicleId::value).toList(), p.firstLaunch(), p.lastLaunch(),
                    p.launchCount(), p.launchCountNote(), p.notes(), p.confidence(), p.sources(), p.version());
        }
    }

    record StatusChangeView(PadStatus from, PadStatus to, LocalDate effectiveOn, String reason, Instant recordedAt,
            String recordedBy) {

        static StatusChangeView of(PadStatusChange c) {
            return new StatusChangeView(c.from(), c.to(), c.effectiveOn(), c.reason(), c.recordedAt(),
                    c.recordedBy());
        }
    }

    record StatusChangeBody(
            @NotNull PadStatus to,
            @Parameter(description = "day it took effect at the cosmodrome; today when absent") LocalDate effectiveOn,
            @NotBlank @Size(max = 2000) String reason) {
    }

    record NewPadBody(
            @NotBlank @Pattern(regexp = "[0-9A-Za-z]+(/[0-9A-Za-z]+)?",
                    message = "must be a site number or site/pad, such as 31/6") String designation,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String nameRu,
            @Size(max = 200) String nameKk,
            @Size(max = 200) String popularName,
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @Size(max = 500) String coordinatePrecision,
            @NotNull PadStatus status,
            @NotNull LocalDate statusSince,
            String operator,
            List<@NotBlank String> supportedVehicles,
            @Size(max = 4000) String notes,
            List<@NotBlank String> sources) {
    }

    record SupportedVehiclesBody(@NotNull List<@NotBlank String> vehicles) {
    }

    @GetMapping
    @Operation(summary = "List pads", description = "In order of site number, then designation.")
    Page<PadView> list(@RequestParam(required = false) PadStatus status,
            @Parameter(description = "site (launch complex) number, e.g. 31") @RequestParam(required = false)
            String site,
            @Parameter(description = "vehicle id the pad supports, e.g. soyuz-2-1a") @RequestParam(required = false)
            String vehicle,
            @Parameter(description = "organisation id of the operator") @RequestParam(required = false)
            String operator,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        PadFilter filter = new PadFilter(status, site,
                vehicle == null || vehicle.isBlank() ? null : field("vehicle", () -> VehicleId.of(vehicle)),
                operator == null || operator.isBlank() ? null : field("operator", () -> OrganizationId.of(operator)));
        return pads.find(filter, new PageQuery(page, size)).map(PadView::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<PadView> get(@PathVariable String id) {
        Pad pad = pads.findById(parse(id)).orElseThrow(() -> new RecordNotFound("pad", id));
        return ResponseEntity.ok().eTag(Integer.toString(pad.version())).body(PadView.of(pad));
    }

    @GetMapping("/{id}/status-history")
    @Operation(summary = "A pad's dated status history, oldest first")
    List<StatusChangeView> history(@PathVariable String id) {
        PadId padId = parse(id);
        pads.findById(padId).orElseThrow(() -> new RecordNotFound("pad", id));
        return pads.history(padId).stream().map(StatusChangeView::of).toList();
    }

    @PostMapping("/{id}/status-changes")
    @Operation(summary = "Move a pad to another status",
            description = "Refused with 409 when the lifecycle forbids the move (a museum never becomes active).")
    ResponseEntity<PadView> changeStatus(@PathVariable String id, @Valid @RequestBody StatusChangeBody body) {
        Pad pad = registry.changeStatus(parse(id), body.to(), body.effectiveOn(), body.reason().strip(), "api");
        return ResponseEntity.status(HttpStatus.CREATED).eTag(Integer.toString(pad.version())).body(PadView.of(pad));
    }

    @PostMapping
    @Operation(summary = "Add a pad (a new pad of the special economic zone, say)")
    ResponseEntity<PadView> create(@Valid @RequestBody NewPadBody body) {
        String designation = body.designation().strip();
        String site = designation.contains("/") ? designation.substring(0, designation.indexOf('/')) : designation;
        Pad pad = new Pad(PadId.forDesignation(designation), designation, site,
                new LocalizedName(body.name().strip(), blankToNull(body.nameRu()), blankToNull(body.nameKk())),
                body.popularName() == null || body.popularName().isBlank() ? null
                        : LocalizedName.of(body.popularName().strip()), body.latitude(), body.longitude(), body.coordinatePrecision(), body.status(),
                body.statusSince(),
                body.operator() == null || body.operator().isBlank() ? null
                        : field("operator", () -> OrganizationId.of(body.operator())),
                vehicleIds(body.supportedVehicles(), "supportedVehicles"), null, null, null, null, body.notes(),
                "entered through the API", body.sources() == null ? List.of() : body.sources(), 0);
        Pad created = registry.register(pad, "registered", "api");
        return ResponseEntity.created(URI.create("/api/v1/pads/" + created.id().value()))
                .eTag(Integer.toString(created.version())).body(PadView.of(created));
    }

    @PutMapping("/{id}/vehicles")
    @Operation(summary = "Set the vehicles a pad supports",
            description = "Send If-Match with the ETag last read to refuse overwriting someone else's change.")
    PadView supportVehicles(@PathVariable String id, @Valid @RequestBody SupportedVehiclesBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return PadView.of(registry.supportVehicles(parse(id), vehicleIds(body.vehicles(), "vehicles"),
                IfMatch.version(ifMatch)));
    }

    private static List<VehicleId> vehicleIds(List<String> ids, String field) {
        if (ids == null) {
            return List.of();
        }
        return java.util.stream.IntStream.range(0, ids.size())
                .mapToObj(i -> field(field + "[" + i + "]", () -> VehicleId.of(ids.get(i).strip())))
                .toList();
    }

    private static <T> T field(String field, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidField malformed) {
            throw new InvalidField(field, malformed.code(), field + ": " + malformed.getMessage());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static PadId parse(String id) {
        try {
            return PadId.of(id);
        } catch (RuntimeException malformed) {
            throw new RecordNotFound("pad", id);
        }
    }
}
