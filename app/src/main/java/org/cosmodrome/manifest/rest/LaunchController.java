package org.cosmodrome.manifest.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.cosmodrome.manifest.Launch;
import org.cosmodrome.manifest.LaunchFilter;
import org.cosmodrome.manifest.LaunchId;
import org.cosmodrome.manifest.LaunchSight;
import org.cosmodrome.manifest.LaunchStatus;
import org.cosmodrome.manifest.Launches;
import org.cosmodrome.manifest.Manifest;
import org.cosmodrome.manifest.rest.LaunchBodies.DraftBody;
import org.cosmodrome.manifest.rest.LaunchBodies.LaunchView;
import org.cosmodrome.manifest.rest.LaunchBodies.NetBody;
import org.cosmodrome.manifest.rest.LaunchBodies.NetChangeView;
import org.cosmodrome.manifest.rest.LaunchBodies.StatusChangeBody;
import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.IfMatch;
import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.vehicles.VehicleId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.cosmodrome.manifest.rest.LaunchBodies.blank;
import static org.cosmodrome.manifest.rest.LaunchBodies.field;

@RestController
@RequestMapping("/api/v1/launches")
@Tag(name = "Launches", description = "Launch requests and launches: lifecycle, NET and its history. A tenant sees"
        + " its own requests in full and other organisations' launches only on the public manifest.")
class LaunchController {

    private final Manifest manifest;
    private final Launches launches;
    private final CurrentActor currentActor;

    LaunchController(Manifest manifest, Launches launches, CurrentActor currentActor) {
        this.manifest = manifest;
        this.launches = launches;
        this.currentActor = currentActor;
    }

    @GetMapping
    @Operation(summary = "List launches", description = "In order of planned day. Anonymous callers and other"
            + " organisations get the public manifest only (scheduled-or-later launches, public fields).")
    Page<LaunchView> list(@RequestParam(required = false) LaunchStatus status,
            @Parameter(description = "vehicle id, e.g. soyuz-2-1a") @RequestParam(required = false) String vehicle,
            @Parameter(description = "planned pad id, e.g. 31-6") @RequestParam(required = false) String pad,
            @Parameter(description = "tenant organisation id") @RequestParam(required = false) String organization,
            @Parameter(description = "planned (or latest acceptable) day on or after")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "planned (or earliest acceptable) day on or before")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        LaunchFilter filter = new LaunchFilter(status,
                blank(vehicle) ? null : field("vehicle", () -> VehicleId.of(vehicle.strip())),
                blank(pad) ? null : field("pad", () -> PadId.of(pad.strip())),
                blank(organization) ? null : field("organization", () -> OrganizationId.of(organization.strip())),
                from, to);
        var actor = currentActor.get();
        return launches.find(filter, actor, new PageQuery(page, size)).map(l -> LaunchView.of(
                actor.sees(List.of(l.organization().value())) ? new LaunchSight.Full(l)
                        : new LaunchSight.PublicOnly(l), manifest.nextFor(l)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A launch: in full for its tenant and overseers, else its public fields")
    ResponseEntity<LaunchView> get(@PathVariable String id) {
        LaunchSight sight = manifest.sight(parse(id)).orElseThrow(() -> new RecordNotFound("launch", id));
        return ResponseEntity.ok().eTag(Integer.toString(sight.launch().version()))
                .body(LaunchView.of(sight, manifest.nextFor(sight.launch())));
    }

    @PostMapping
    @Operation(summary = "Request a launch", description = "Stored as REQUESTED; the next re-plan places it.")
    ResponseEntity<LaunchView> request(@Valid @RequestBody DraftBody body) {
        LaunchId id = blank(body.id()) ? null : field("id", () -> LaunchId.of(body.id().strip()));
        Launch launch = manifest.request(id, body.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/launches/" + launch.id().value()))
                .eTag(Integer.toString(launch.version()))
                .body(LaunchView.of(new LaunchSight.Full(launch), manifest.nextFor(launch)));
    }

    @PostMapping("/{id}/status-changes")
    @Operation(summary = "Move a launch to another status with a coded reason",
            description = "409 when the lifecycle forbids it; send If-Match with the ETag last read to refuse"
                    + " overwriting someone else's change.")
    ResponseEntity<LaunchView> changeStatus(@PathVariable String id, @Valid @RequestBody StatusChangeBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Launch launch = manifest.changeStatus(parse(id), body.to(), body.reason(), body.note(),
                IfMatch.version(ifMatch));
        return ResponseEntity.status(HttpStatus.CREATED).eTag(Integer.toString(launch.version()))
                .body(LaunchView.of(new LaunchSight.Full(launch), manifest.nextFor(launch)));
    }

    @PostMapping("/{id}/net")
    @Operation(summary = "Set a launch's NET with its precision",
            description = "The change is classed against the NET before: SLIP, PULL_IN, FIRMED or LOOSENED.")
    ResponseEntity<NetChangeView> changeNet(@PathVariable String id, @Valid @RequestBody NetBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var change = manifest.changeNet(parse(id), body.toNet(), body.reason(), IfMatch.version(ifMatch));
        return ResponseEntity.status(HttpStatus.CREATED).body(NetChangeView.of(change));
    }

    @GetMapping("/{id}/net-history")
    @Operation(summary = "A launch's append-only NET history, oldest first (its tenant and overseers only)")
    List<NetChangeView> netHistory(@PathVariable String id) {
        Launch launch = manifest.visible(parse(id));
        return launches.netHistory(launch.id()).stream().map(NetChangeView::of).toList();
    }

    private static LaunchId parse(String id) {
        try {
            return LaunchId.of(id);
        } catch (RuntimeException malformed) {
            throw new RecordNotFound("launch", id);
        }
    }
}
