package org.cosmodrome.permits.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.cosmodrome.permits.LaunchPlan;
import org.cosmodrome.permits.LaunchPlanApproval;
import org.cosmodrome.permits.LaunchPlans;
import org.cosmodrome.permits.Suspension;
import org.cosmodrome.permits.SuspensionAuthority;
import org.cosmodrome.permits.Suspensions;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.Role;
import org.cosmodrome.platform.RuleViolation;
import org.cosmodrome.platform.web.ProblemTexts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The host state's oversight in the console: the suspensions with their lifting conditions (the host authority ticks
 * them off and lifts), and the launch plans with requested against approved launches per family and hazard class
 * (the host authority decides a submitted one).
 */
@Controller
class PermitPages {

    private final Suspensions suspensions;
    private final SuspensionAuthority authority;
    private final LaunchPlans plans;
    private final LaunchPlanApproval approval;
    private final CurrentActor currentActor;
    private final ProblemTexts problems;

    PermitPages(Suspensions suspensions, SuspensionAuthority authority, LaunchPlans plans,
            LaunchPlanApproval approval, CurrentActor currentActor, ProblemTexts problems) {
        this.suspensions = suspensions;
        this.authority = authority;
        this.plans = plans;
        this.approval = approval;
        this.currentActor = currentActor;
        this.problems = problems;
    }

    @GetMapping("/suspensions")
    String suspensions(Model model) {
        List<Suspension> all = suspensions.all();
        model.addAttribute("nav", "suspensions");
        model.addAttribute("active", all.stream().filter(Suspension::active).toList());
        model.addAttribute("lifted", all.stream().filter(s -> !s.active()).toList());
        model.addAttribute("authority", currentActor.get().has(Role.HOST_AUTHORITY));
        return "permits/suspensions";
    }

    @PostMapping("/suspensions/{id}/conditions/{number}")
    String tick(@PathVariable String id, @PathVariable int number, @RequestParam(required = false) String evidence,
            Model model, HttpServletResponse response, Locale locale) {
        if (evidence == null || evidence.isBlank()) {
            return refused(List.of(problems.describe("suspension.condition.evidence-required",
                    "evidence: say what shows the condition is met", locale)), model, response);
        }
        try {
            authority.tick(id, number, evidence.strip());
            return "redirect:/suspensions";
        } catch (RuleViolation | RecordNotFound e) {
            return refused(List.of(problems.describe(code(e), e.getMessage(), locale)), model, response);
        }
    }

    @PostMapping("/suspensions/{id}/lift")
    String lift(@PathVariable String id, @RequestParam(required = false) String reason, Model model,
            HttpServletResponse response, Locale locale) {
        if (reason == null || reason.isBlank()) {
            return refused(List.of(problems.describe("suspension.lift.reason-required",
                    "reason: say why it is lifted", locale)), model, response);
        }
        try {
            authority.lift(id, reason.strip());
            return "redirect:/suspensions";
        } catch (RuleViolation | RecordNotFound e) {
            return refused(List.of(problems.describe(code(e), e.getMessage(), locale)), model, response);
        }
    }

    private String refused(List<String> errors, Model model, HttpServletResponse response) {
        response.setStatus(422);
        suspensions(model);
        model.addAttribute("errors", errors);
        return "permits/suspensions";
    }

    @GetMapping("/launch-plans")
    String plans(Model model) {
        model.addAttribute("nav", "launch-plans");
        model.addAttribute("plans", plans.all().stream().filter(p -> currentActor.get().sees(List.of(p.lessee())))
                .toList());
        model.addAttribute("authority", currentActor.get().has(Role.HOST_AUTHORITY));
        return "permits/launch-plans";
    }

    /**
     * The host authority's decision on a submitted plan: {@code outcome} {@code refuse}, or {@code approve} with an
     * approved number per line ({@code approved}, in line order; fewer than asked makes it a partial approval).
     */
    @PostMapping("/launch-plans/{id}/decision")
    String decide(@PathVariable String id, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) List<Integer> approved,
            @RequestParam(required = false) List<String> lineReason, @RequestParam(required = false) String reason,
            Model model, HttpServletResponse response, Locale locale) {
        try {
            LaunchPlan plan = plans.findById(id).orElseThrow(() -> new RecordNotFound("launch plan", id));
            if ("refuse".equals(outcome)) {
                approval.refuse(id, reason);
            } else {
                List<LaunchPlanApproval.LineDecision> decisions = new ArrayList<>();
                for (int i = 0; i < plan.lines().size(); i++) {
                    LaunchPlan.Line line = plan.lines().get(i);
                    Integer count = approved != null && i < approved.size() ? approved.get(i) : null;
                    String why = lineReason != null && i < lineReason.size() ? lineReason.get(i) : null;
                    decisions.add(new LaunchPlanApproval.LineDecision(line.number(),
                            count == null ? line.requested() : count, why));
                }
                approval.approveInPart(id, decisions, reason);
            }
            return "redirect:/launch-plans";
        } catch (InvalidField | RuleViolation | RecordNotFound e) {
            response.setStatus(422);
            plans(model);
            model.addAttribute("errors", List.of(problems.describe(code(e), e.getMessage(), locale)));
            return "permits/launch-plans";
        }
    }

    private static String code(RuntimeException e) {
        if (e instanceof InvalidField f) {
            return f.code();
        }
        if (e instanceof RuleViolation r) {
            return r.code();
        }
        return "not-found";
    }
}
