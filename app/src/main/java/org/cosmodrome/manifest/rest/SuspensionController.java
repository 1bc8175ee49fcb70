package org.cosmodrome.manifest.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cosmodrome.manifest.ManifestPlanning;
import org.cosmodrome.manifest.Suspension;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/suspensions")
@Tag(name = "Suspensions", description = "Host-state suspensions of a vehicle family; re-plans keep launches out")
class SuspensionController {

    private final ManifestPlanning planning;

    SuspensionController(ManifestPlanning planning) {
        this.planning = planning;
    }

    /** @param start first day, {@code end} last day, both inclusive */
    record SuspensionBody(@NotBlank @Size(max = 100) String family, @NotNull LocalDate start,
            @NotNull LocalDate end, @NotBlank @Size(max = 2000) String reason) {
    }

    @GetMapping
    @Operation(summary = "The host state's suspensions, in order of start")
    List<Suspension> list() {
        return planning.suspensions();
    }

    @PostMapping
    @Operation(summary = "Suspend a vehicle family from start to end (inclusive)",
            description = "The next re-plan keeps the family's launches out of the period.")
    ResponseEntity<Suspension> suspend(@Valid @RequestBody SuspensionBody body) {
        Suspension suspension = planning.suspend(body.family().strip(), body.start(), body.end(),
                body.reason().strip());
        return ResponseEntity.created(URI.create("/api/v1/suspensions")).body(suspension);
    }
}
