package org.cosmodrome.sites.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.organizations.Organizations;
import org.cosmodrome.platform.AccessDenied;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.platform.RuleViolation;
import org.cosmodrome.platform.web.ProblemTexts;
import org.cosmodrome.sites.Pad;
import org.cosmodrome.sites.PadFilter;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.sites.PadRegistry;
import org.cosmodrome.sites.PadStatus;
import org.cosmodrome.sites.Pads;
import org.cosmodrome.vehicles.VehicleId;
import org.cosmodrome.vehicles.Vehicles;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages for pads: the list with a status filter, and a pad's detail with its history and status changes. */
@Controller
class PadPages {

    private final Pads pads;
    private final PadRegistry registry;
    private final Vehicles vehicles;
    private final Organizations organizations;
    private final Ledger ledger;
    private final CurrentActor currentActor;
    private final ProblemTexts problems;

    PadPages(Pads pads, PadRegistry registry, Vehicles vehicles, Organizations organizations, Ledger ledger,
            CurrentActor currentActor, ProblemTexts problems) {
        this.problems = problems;
        this.ledger = ledger;
        this.currentActor = currentActor;
        this.pads = pads;
        this.registry = registry;
        this.vehicles = vehicles;
        this.organizations = organizations;
    }

    @GetMapping("/pads")
    String list(@RequestParam(required = false) String status, Model model) {
        PadStatus selected = parseStatus(status).orElse(null);
        List<Pad> found = pads.find(new PadFilter(selected, null, null, null), PageQuery.all()).items();
        Set<OrganizationId> operators = new HashSet<>();
        Set<VehicleId> vehicleIds = new HashSet<>();
        found.forEach(p -> {
            if (p.operator() != null) {
                operators.add(p.operator());
            }
            vehicleIds.addAll(p.supportedVehicles());
        });
        model.addAttribute("nav", "pads");
        model.addAttribute("pads", found);
        model.addAttribute("statuses", PadStatus.values());
        model.addAttribute("selected", selected);
        model.addAttribute("operatorNames", organizations.displayNames(operators, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("vehicleNames", vehicles.names(vehicleIds));
        return "sites/pads";
    }

    @GetMapping("/pads/{id}")
    String detail(@PathVariable String id, @RequestParam(required = false) String changed, Model model,
            HttpServletResponse response) {
        Optional<Pad> pad = find(id);
        if (pad.isEmpty()) {
            return notFound(id, model, response);
        }
        fill(model, pad.get());
        parseStatus(changed).ifPresent(s -> model.addAttribute("changed", s));
        return "sites/pad";
    }

    @PostMapping("/pads/{id}/status")
    String changeStatus(@PathVariable String id, @RequestParam(required = false) String to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
            @RequestParam(required = false) String reason, Model model, HttpServletResponse response,
            java.util.Locale locale) {
        Optional<Pad> pad = find(id);
        if (pad.isEmpty()) {
            return notFound(id, model, response);
        }
        List<String> errors = new ArrayList<>();
        Optional<PadStatus> target = parseStatus(to);
        if (target.isEmpty()) {
            errors.add(problems.describe("pad.status.target-required", "to: a new status is required", locale));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(problems.describe("pad.status.reason-required", "reason: a reason is required", locale));
        }
        if (errors.isEmpty()) {
            try {
                registry.changeStatus(pad.get().id(), target.get(), effectiveOn, reason.strip(), "console");
                return "redirect:/pads/" + pad.get().id().value() + "?changed=" + target.get().name();
            } catch (InvalidField e) {
                errors.add(problems.describe(e.code(), e.getMessage(), locale));
            } catch (RuleViolation e) {
                errors.add(problems.describe(e.code(), e.getMessage(), locale));
            } catch (AccessDenied e) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                errors.add(problems.describe(e.code(), e.getMessage(), locale));
                fill(model, pads.findById(pad.get().id()).orElseThrow());
                model.addAttribute("errors", errors);
                return "sites/pad";
            }
        }
        response.setStatus(422);
        fill(model, pads.findById(pad.get().id()).orElseThrow());
        model.addAttribute("errors", errors);
        model.addAttribute("formTo", target.orElse(null));
        model.addAttribute("formReason", reason);
        model.addAttribute("formEffectiveOn", effectiveOn);
        return "sites/pad";
    }

    private static String notFound(String id, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("nav", "pads");
        model.addAttribute("missingKey", "pad.notFound");
        model.addAttribute("missingId", id);
        model.addAttribute("backHref", "/pads");
        model.addAttribute("backKey", "pad.list.title");
        return "fragments/not-found";
    }

    private void fill(Model model, Pad pad) {
        model.addAttribute("nav", "pads");
        model.addAttribute("pad", pad);
        model.addAttribute("history", pads.history(pad.id()));
        model.addAttribute("vehicleNames", vehicles.names(pad.supportedVehicles()));
        model.addAttribute("operatorName", pad.operator() == null ? null
                : organizations.displayNames(List.of(pad.operator()),
                        org.springframework.context.i18n.LocaleContextHolder.getLocale()).get(pad.operator()));
        model.addAttribute("nextStatuses", pad.status().next());
        model.addAttribute("ledgerEntries", ledger.find(Ledger.Filter.forTarget("pad", pad.id().value()),
                currentActor.get(), new PageQuery(0, 100)).items());
    }

    private Optional<Pad> find(String id) {
        try {
            return pads.findById(PadId.of(id));
        } catch (InvalidField malformed) {
            return Optional.empty();
        }
    }

    private static Optional<PadStatus> parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PadStatus.valueOf(status.strip()));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
