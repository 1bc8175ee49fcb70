package org.cosmodrome.permits.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cosmodrome.permits.LaunchPlan;
import org.cosmodrome.permits.LaunchPlanApproval;
import org.cosmodrome.permits.LaunchPlans;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.RecordNotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/launch-plans")
@Tag(name = "Launch plans", description = "The lessee's annual launch plans and the host authority's decisions;"
        + " approved numbers cap the year's launches in the manifest")
class LaunchPlanController {

    private final LaunchPlans plans;
    private final LaunchPlanApproval approval;
    private final CurrentActor currentActor;

    LaunchPlanController(LaunchPlans plans, LaunchPlanApproval approval, CurrentActor currentActor) {
        this.plans = plans;
        this.approval = approval;
        this.currentActor = currentActor;
    }

    /** @param family a vehicle family of the catalogue, {@code hazardClass} TOXIC or NON_TOXIC: one or both */
    record LineBody(@Size(max = 100) String family, @Size(max = 20) String hazardClass,
            @NotNull @Min(0) @Max(1000) Integer requested) {
    }

    record PlanBody(@NotNull @Min(1957) @Max(2100) Integer year, @Size(max = 2000) String note,
            @NotEmpty List<@Valid @NotNull LineBody> lines) {
    }

    record ApprovalBody(@Size(max = 2000) String reason) {
    }

    record LineDecisionBody(@NotNull Integer line, @NotNull Integer approved, @Size(max = 2000) String reason) {
    }

    record PartialApprovalBody(@NotEmpty List<@Valid @NotNull LineDecisionBody> lines,
            @Size(max = 2000) String reason) {
    }

    record RefusalBody(@NotBlank @Size(max = 2000) String reason) {
    }

    record LineView(int number, String family, String hazardClass, int requested, Integer approved, String reason) {
    }

    record PlanView(String id, String lessee, int year, int version, LaunchPlan.Status status, String note,
            List<LineView> lines, Instant submittedAt, String submittedBy, Instant decidedAt, String decidedBy,
            String decisionReason) {
        static PlanView of(LaunchPlan p) {
            return new PlanView(p.id(), p.lessee(), p.year(), p.version(), p.status(), p.note(),
                    p.lines().stream().map(l -> new LineView(l.number(), l.family(), l.hazardClass(), l.requested(),
                            l.approved(), l.reason())).toList(),
                    p.submittedAt(), p.submittedBy(), p.decidedAt(), p.decidedBy(), p.decisionReason());
        }
    }

    @GetMapping
    @Operation(summary = "The launch plans the caller may see, every version, newest year first")
    List<PlanView> list() {
        return plans.all().stream().filter(p -> currentActor.get().sees(List.of(p.lessee()))).map(PlanView::of)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One version of a launch plan")
    PlanView one(@PathVariable String id) {
        return plans.findById(id).filter(p -> currentActor.get().sees(List.of(p.lessee()))).map(PlanView::of)
                .orElseThrow(() -> new RecordNotFound("launch plan", id));
    }

    @PostMapping
    @Operation(summary = "Submit the caller's organisation's plan for a year",
            description = "A plan for a year that already has one is a new version: it supersedes one still waiting"
                    + " and, once decided, replaces an approved one (an amendment).")
    ResponseEntity<PlanView> submit(@Valid @RequestBody PlanBody body) {
        LaunchPlan plan = approval.submit(body.year(), body.note(), body.lines().stream()
                .map(l -> new LaunchPlanApproval.LineRequest(l.family(), l.hazardClass(), l.requested())).toList());
        return ResponseEntity.created(URI.create("/api/v1/launch-plans/" + plan.id())).body(PlanView.of(plan));
    }

    @PostMapping("/{id}/approval")
    @Operation(summary = "Approve a submitted plan in full")
    PlanView approve(@PathVariable String id, @Valid @RequestBody(required = false) ApprovalBody body) {
        return PlanView.of(approval.approve(id, body == null ? null : body.reason()));
    }

    @PostMapping("/{id}/partial-approval")
    @Operation(summary = "Approve a submitted plan in part",
            description = "Each named line is approved for that many launches (at most as asked), with a reason;"
                    + " lines not named are approved as asked.")
    PlanView approveInPart(@PathVariable String id, @Valid @RequestBody PartialApprovalBody body) {
        return PlanView.of(approval.approveInPart(id, body.lines().stream()
                .map(l -> new LaunchPlanApproval.LineDecision(l.line(), l.approved(), l.reason())).toList(),
                body.reason()));
    }

    @PostMapping("/{id}/refusal")
    @Operation(summary = "Refuse a submitted plan, with the reason")
    PlanView refuse(@PathVariable String id, @Valid @RequestBody RefusalBody body) {
        return PlanView.of(approval.refuse(id, body.reason()));
    }
}
