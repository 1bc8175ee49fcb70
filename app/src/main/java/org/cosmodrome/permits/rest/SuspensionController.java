package org.cosmodrome.permits.rest;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cosmodrome.permits.ConditionKind;
import org.cosmodrome.permits.LiftingCondition;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.permits.Suspension;
import org.cosmodrome.permits.SuspensionAuthority;
import org.cosmodrome.permits.SuspensionScope;
import org.cosmodrome.permits.Suspensions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/suspensions")
@Tag(name = "Suspensions", description = "The host state's suspensions of a vehicle family, a pad or the whole site,"
        + " with their lifting conditions; the scheduler keeps launches out while one is in force")
class SuspensionController {

    private final Suspensions suspensions;
    private final SuspensionAuthority authority;

    SuspensionController(Suspensions suspensions, SuspensionAuthority authority) {
        this.suspensions = suspensions;
        this.authority = authority;
    }

    record ConditionBody(@NotNull ConditionKind kind, @Size(max = 2000) String description) {
    }

    /**
     * @param scope {@code FAMILY} when absent
     * @param start first day, {@code end} last day, both inclusive; no {@code end}: until lifted
     * @param conditions the lifting conditions; absent: investigation report, remediation, compensation
     */
    record SuspensionBody(SuspensionScope scope, @Size(max = 100) String family, @Size(max = 40) String pad,
            @NotNull LocalDate start, LocalDate end, @NotBlank @Size(max = 2000) String reason,
            @Size(max = 100) String incident, List<@Valid ConditionBody> conditions) {
    }

    record EvidenceBody(@NotBlank @Size(max = 4000) String evidence) {
    }

    record LiftBody(@NotBlank @Size(max = 2000) String reason) {
    }

    record ConditionView(int number, ConditionKind kind, String description, boolean met, String evidence,
            String metBy, Instant metAt) {
        static ConditionView of(LiftingCondition c) {
            return new ConditionView(c.number(), c.kind(), c.description(), c.met(), c.evidence(), c.metBy(),
                    c.metAt());
        }
    }

    /** @param end the planned last day (inclusive), or {@code null} until lifted */
    record SuspensionView(String id, SuspensionScope scope, String family, String pad, LocalDate start,
            LocalDate end, String reason, String imposedBy, String incident, Suspension.Status status,
            List<ConditionView> conditions, Instant liftedAt, String liftedBy, String liftReason,
            Instant recordedAt, String recordedBy) {
        static SuspensionView of(Suspension s) {
            return new SuspensionView(s.id(), s.scope(), s.family(), s.pad(), s.start(), s.plannedEnd(), s.reason(),
                    s.imposedBy(), s.incident(), s.status(), s.conditions().stream().map(ConditionView::of).toList(),
                    s.liftedAt(), s.liftedBy(), s.liftReason(), s.recordedAt(), s.recordedBy());
        }
    }

    @GetMapping
    @Operation(summary = "The host state's suspensions, active ones first, then by start")
    List<SuspensionView> list() {
        return suspensions.all().stream().map(SuspensionView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One suspension with its lifting conditions")
    SuspensionView one(@PathVariable String id) {
        return suspensions.findById(id).map(SuspensionView::of)
                .orElseThrow(() -> new RecordNotFound("suspension", id));
    }

    @PostMapping
    @Operation(summary = "Suspend launches of a vehicle family, from a pad or of the whole site",
            description = "The manifest re-plans once it is recorded, keeping the launches it stops out.")
    ResponseEntity<SuspensionView> impose(@Valid @RequestBody SuspensionBody body) {
        Suspension suspension = authority.impose(new SuspensionAuthority.Order(body.scope(), body.family(),
                body.pad(), body.start(), body.end(), body.reason().strip(),
                body.conditions() == null ? null : body.conditions().stream()
                        .map(c -> new SuspensionAuthority.ConditionRequest(c.kind(), c.description())).toList(),
                body.incident()));
        return ResponseEntity.created(URI.create("/api/v1/suspensions/" + suspension.id()))
                .body(SuspensionView.of(suspension));
    }

    @PostMapping("/{id}/conditions/{number}")
    @Operation(summary = "Tick off a lifting condition with its evidence",
            description = "The suspension lifts when this was the last open condition, and the manifest re-plans.")
    SuspensionView tick(@PathVariable String id, @PathVariable int number, @Valid @RequestBody EvidenceBody body) {
        return SuspensionView.of(authority.tick(id, number, body.evidence().strip()));
    }

    @PostMapping("/{id}/lift")
    @Operation(summary = "Lift a suspension whatever its conditions", description = "The manifest re-plans.")
    SuspensionView lift(@PathVariable String id, @Valid @RequestBody LiftBody body) {
        return SuspensionView.of(authority.lift(id, body.reason().strip()));
    }
}
