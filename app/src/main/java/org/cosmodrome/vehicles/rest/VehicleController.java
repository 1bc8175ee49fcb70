package org.cosmodrome.vehicles.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cosmodrome.platform.IfMatch;
import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.vehicles.PropellantClass;
import org.cosmodrome.vehicles.Stage;
import org.cosmodrome.vehicles.Vehicle;
import org.cosmodrome.vehicles.VehicleCatalog;
import org.cosmodrome.vehicles.VehicleDraft;
import org.cosmodrome.vehicles.VehicleFilter;
import org.cosmodrome.vehicles.VehicleId;
import org.cosmodrome.vehicles.VehicleStatus;
import org.cosmodrome.vehicles.Vehicles;
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
@RequestMapping("/api/v1/vehicles")
@Tag(name = "Vehicles", description = "The launch vehicle catalogue, with stages, propellants and hazard classes")
class VehicleController {

    private final Vehicles vehicles;
    private final VehicleCatalog catalog;

    VehicleController(Vehicles vehicles, VehicleCatalog catalog) {
        this.vehicles = vehicles;
        this.catalog = catalog;
    }

    record StageBody(
            @NotNull @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(9) Integer position,
            @NotBlank @Size(max = 120) String name,
            @Size(max = 120) String engine,
            @NotBlank @Size(max = 120) String fuel,
            @Size(max = 120) String oxidiser,
            @NotNull PropellantClass propellantClass,
            Boolean optional) {

        Stage toStage() {
            return new Stage(position, name.strip(), engine, fuel.strip(), oxidiser, propellantClass,
                    Boolean.TRUE.equals(optional));
        }
    }

    record VehicleBody(
            @NotBlank @Size(max = 120) String name,
            @Size(max = 80) String family,
            @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter country code") String country,
            @NotNull VehicleStatus status,
            @Size(max = 200) String manufacturer,
            @DecimalMin(value = "0", inclusive = false) BigDecimal liftoffMassTonnes,
            @DecimalMin(value = "0", inclusive = false) BigDecimal leoPayloadTonnes,
            @DecimalMin(value = "0", inclusive = false) BigDecimal gtoPayloadTonnes,
            @NotEmpty List<@Valid @NotNull StageBody> stages,
            @Size(max = 2000) String jettisonedOverLand,
            @Size(max = 4000) String notes,
            @Size(max = 200) String confidence,
            List<@NotBlank String> sources) {

        VehicleDraft toDraft() {
            return new VehicleDraft(name, family, country, status, manufacturer, liftoffMassTonnes, leoPayloadTonnes,
                    gtoPayloadTonnes, stages.stream().map(StageBody::toStage).toList(), jettisonedOverLand, notes,
                    confidence, sources);
        }
    }

    record NewVehicleBody(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}",
                    message = "must be 1-63 lowercase letters, digits and dashes") String id,
            @NotNull @Valid VehicleBody vehicle) {
    }

    record StageView(int position, String name, String engine, String fuel, String oxidiser,
            PropellantClass propellantClass, boolean toxic, boolean optional) {
    }

    record VehicleView(String id, String name, String family, String country, VehicleStatus status,
            String manufacturer, BigDecimal liftoffMassTonnes, BigDecimal leoPayloadTonnes,
            BigDecimal gtoPayloadTonnes, boolean toxic, boolean mayBeToxic, List<PropellantClass> propellantClasses,
            List<StageView> stages, String jettisonedOverLand, String notes, String confidence, List<String> sources,
            int version) {

        static VehicleView of(Vehicle v) {
            return new VehicleView(v.id().value(), v.name(), v.family(), v.country(), v.status(), v.manufacturer(),
                    v.liftoffMassTonnes(), v.leoPayloadTonnes(), v.gtoPayloadTonnes(), v.burnsToxicPropellant(),
                    v.mayBurnToxicPropellant(), v.propellantClasses(),
                    v.stages().stream().map(s -> new StageView(s.position(), s.name(), s.engine(), s.fuel(),
                            s.oxidiser(), s.propellantClass(), s.isToxic(), s.optional())).toList(),
                    v.jettisonedOverLand(), v.notes(), v.confidence(), v.sources(), v.version());
        }
    }

    @GetMapping
    @Operation(summary = "List vehicles", description = "Active first, then in development, then retired; by name.")
    Page<VehicleView> list(
            @RequestParam(required = false) VehicleStatus status,
            @RequestParam(required = false) PropellantClass propellantClass,
            @Parameter(description = "true: burns toxic hypergolic propellant on every flight")
            @RequestParam(required = false) Boolean toxic,
            @RequestParam(required = false) String family,
            @Parameter(description = "text contained in the name") @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        return vehicles.find(new VehicleFilter(status, propellantClass, toxic, family, q), new PageQuery(page, size))
                .map(VehicleView::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<VehicleView> get(@PathVariable String id) {
        Vehicle vehicle = vehicles.findById(parse(id)).orElseThrow(() -> new RecordNotFound("vehicle", id));
        return ResponseEntity.ok().eTag(Integer.toString(vehicle.version())).body(VehicleView.of(vehicle));
    }

    @PostMapping
    @Operation(summary = "Add a vehicle to the catalogue")
    ResponseEntity<VehicleView> create(@Valid @RequestBody NewVehicleBody body) {
        Vehicle vehicle = catalog.register(VehicleId.of(body.id()), body.vehicle().toDraft());
        return ResponseEntity.created(URI.create("/api/v1/vehicles/" + vehicle.id().value()))
                .eTag(Integer.toString(vehicle.version())).body(VehicleView.of(vehicle));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a vehicle's record",
            description = "Send If-Match with the ETag last read to refuse overwriting someone else's change.")
    ResponseEntity<VehicleView> replace(@PathVariable String id, @Valid @RequestBody VehicleBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Vehicle vehicle = catalog.revise(parse(id), body.toDraft(), IfMatch.version(ifMatch));
        return ResponseEntity.ok().eTag(Integer.toString(vehicle.version())).body(VehicleView.of(vehicle));
    }

    private static VehicleId parse(String id) {
        try {
            return VehicleId.of(id);
        } catch (RuntimeException malformed) {
            throw new RecordNotFound("vehicle", id);
        }
    }
}
