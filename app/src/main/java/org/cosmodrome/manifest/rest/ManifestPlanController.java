package org.cosmodrome.manifest.rest;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.cosmodrome.manifest.LaunchSight;
import org.cosmodrome.manifest.LaunchStatus;
import org.cosmodrome.manifest.Manifest;
import org.cosmodrome.manifest.ManifestPlanning;
import org.cosmodrome.manifest.Plans;
import org.cosmodrome.manifest.ReplanJob;
import org.cosmodrome.manifest.StoredPlan;
import org.cosmodrome.manifest.rest.LaunchBodies.DraftBody;
import org.cosmodrome.manifest.rest.LaunchBodies.NetView;
import org.cosmodrome.planning.FitOption;
import org.cosmodrome.platform.RecordNotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/manifest")
@Tag(name = "Manifest plan", description = "The current plan with its explanations, re-plans as background jobs,"
        + " and 'where can this fit' for a draft request")
class ManifestPlanController {

    private final Plans plans;
    private final Manifest manifest;
    private final ManifestPlanning planning;

    ManifestPlanController(Plans plans, Manifest manifest, ManifestPlanning planning) {
        this.plans = plans;
        this.manifest = manifest;
        this.planning = planning;
    }

    /**
     * What the plan did with one launch; {@code explanation}, {@code moved} and the window only for those who may see
     * the launch in full.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PlanEntryView(String launch, String mission, String vehicle, LaunchStatus status, String pad,
            LocalDate date, NetView net, Boolean moved, String fromPad, LocalDate fromDate,
            List<String> explanation) {
    }

    record PlanView(String id, Instant createdAt, String score, boolean feasible, String solver, long seed,
            long millis, List<PlanEntryView> scheduled, List<PlanEntryView> unscheduled) {
    }

    record ReplanView(String id, ReplanJob.State state, int progress, String bestScore, String plan, String error,
            Instant startedAt, Instant finishedAt) {
        static ReplanView of(ReplanJob job) {
            return new ReplanView(job.id(), job.state(), job.progress(), job.bestScore(), job.planId(), job.error(),
                    job.startedAt(), job.finishedAt());
        }
    }

    record FitView(List<FitOption> options) {
    }

    @GetMapping("/plan")
    @Operation(summary = "The current plan", description = "Every launch it placed and every request it could not,"
            + " with the explanation in plain words (for those who may see the launch in full).")
    PlanView plan() {
        StoredPlan plan = plans.current().orElseThrow(() -> new RecordNotFound("plan", "current"));
        List<PlanEntryView> entries = plan.entries().stream().map(this::view).flatMap(Optional::stream).toList();
        return new PlanView(plan.id(), plan.createdAt(), plan.score(), plan.feasible(), plan.solver(), plan.seed(),
                plan.millis(), entries.stream().filter(e -> e.pad() != null).toList(),
                entries.stream().filter(e -> e.pad() == null).toList());
    }

    private Optional<PlanEntryView> view(StoredPlan.Entry entry) {
        return manifest.sight(entry.launch()).flatMap(sight -> {
            var l = sight.launch();
            if (sight instanceof LaunchSight.Full) {
                return Optional.of(new PlanEntryView(l.id().value(), l.mission(), l.vehicle().value(), l.status(),
                        entry.pad(), entry.date(), NetView.of(l.net()), entry.moved(), entry.fromPad(),
                        entry.fromDate(), entry.explanation()));
            }
            if (entry.pad() == null) {
                return Optional.empty();
            }
            return Optional.of(new PlanEntryView(l.id().value(), l.mission(), l.vehicle().value(), l.status(),
                    entry.pad(), null, NetView.of(l.net()), null, null, null, null));
        });
    }

    @PostMapping("/replans")
    @Operation(summary = "Re-plan the manifest", description = "Starts a background job (or returns the one running)"
            + " and answers 202 with its location; poll it for progress 0-100 and the plan.")
    ResponseEntity<ReplanView> replan() {
        ReplanJob job = planning.startReplan();
        return ResponseEntity.accepted().location(URI.create("/api/v1/manifest/replans/" + job.id()))
                .body(ReplanView.of(job));
    }

    @GetMapping("/replans/{id}")
    @Operation(summary = "A re-plan job: state, progress 0-100, best score so far, the stored plan once done")
    ReplanView replan(@PathVariable String id) {
        return planning.job(id).map(ReplanView::of).orElseThrow(() -> new RecordNotFound("replan", id));
    }

    @PostMapping("/fit")
    @Operation(summary = "Where can this fit", description = "The best few pads and days for a draft request, with"
            + " their cost to the plan, given the stored manifest; nothing is stored.")
    FitView fit(@Valid @RequestBody DraftBody body) {
        return new FitView(planning.whereCanThisFit(body.toDraft()));
    }
}
