package org.cosmodrome.incidents.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.cosmodrome.incidents.Claim;
import org.cosmodrome.incidents.ClaimId;
import org.cosmodrome.incidents.ClaimItem;
import org.cosmodrome.incidents.ClaimItemKind;
import org.cosmodrome.incidents.Claims;
import org.cosmodrome.incidents.ContaminationSample;
import org.cosmodrome.incidents.DamageClaims;
import org.cosmodrome.incidents.Incident;
import org.cosmodrome.incidents.IncidentId;
import org.cosmodrome.incidents.Incidents;
import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.organizations.Organizations;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.platform.web.DisplayFormats;
import org.cosmodrome.platform.web.JsonIsland;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The incidents page (a map of the incidents and the contamination samples, and both in tables), an incident's page,
 * and a claim's page with its timeline: both assessments side by side, the negotiation, the settlement, the payments
 * and what is outstanding. Incidents are public; a claim the viewer may not read is answered as absent.
 */
@Controller
class IncidentPages {

    private final Incidents incidents;
    private final Claims claims;
    private final DamageClaims damageClaims;
    private final Organizations organizations;
    private final CurrentActor currentActor;
    private final MessageSource messages;
    private final DisplayFormats formats;
    private final JsonMapper json;

    IncidentPages(Incidents incidents, Claims claims, DamageClaims damageClaims, Organizations organizations,
            CurrentActor currentActor, MessageSource messages, DisplayFormats formats, JsonMapper json) {
        this.incidents = incidents;
        this.claims = claims;
        this.damageClaims = damageClaims;
        this.organizations = organizations;
        this.currentActor = currentActor;
        this.messages = messages;
        this.formats = formats;
        this.json = json;
    }

    record MapFrame(String attribution, String zoomIn, String zoomOut) {
    }

    /** Positions for the map script are latitude and longitude in degrees. */
    record MapPoint(String id, String label, double latitude, double longitude, String href) {
    }

    record MapData(MapFrame frame, List<MapPoint> incidents, List<MapPoint> samples) {
    }

    /** One row of the side-by-side assessments: what each party puts on one kind of item. */
    record AssessmentRow(ClaimItemKind kind, List<ClaimItem> claimed, List<ClaimItem> countered,
            BigDecimal claimedTotal, BigDecimal counteredTotal) {
    }

    @GetMapping("/incidents")
    String list(Model model, Locale locale) {
        List<Incident> all = incidents.find(Incidents.Filter.any(), PageQuery.all()).items();
        List<ContaminationSample> samples = incidents.allSamples();
        model.addAttribute("nav", "incidents");
        model.addAttribute("incidents", all);
        model.addAttribute("samples", samples);
        model.addAttribute("titles", all.stream().collect(java.util.stream.Collectors.toMap(i -> i.id().value(),
                Incident::title)));
        model.addAttribute("mapJson", JsonIsland.of(json, map(all, samples, locale)));
        return "incidents/incidents";
    }

    @GetMapping("/incidents/{id}")
    String incident(@PathVariable String id, Model model, HttpServletResponse response, Locale locale) {
        Optional<Incident> found = parseIncident(id).flatMap(incidents::findById);
        if (found.isEmpty()) {
            return notFound(model, response, "incidents.incident.notFound", id);
        }
        Incident incident = found.get();
        List<ContaminationSample> samples = incidents.samples(incident.id());
        List<Claim> visible = currentActor.get().isAnonymous() ? List.of()
                : claims.find(new Claims.Filter(incident.id(), currentActor.get()), PageQuery.all()).items();
        model.addAttribute("nav", "incidents");
        model.addAttribute("incident", incident);
        model.addAttribute("samples", samples);
        model.addAttribute("claims", visible);
        model.addAttribute("partyNames", names(visible, locale));
        model.addAttribute("mapJson", JsonIsland.of(json, map(List.of(incident), samples, locale)));
        return "incidents/incident";
    }

    @GetMapping("/claims/{id}")
    String claim(@PathVariable String id, Model model, HttpServletResponse response, Locale locale) {
        Optional<Claim> found;
        try {
            found = damageClaims.find(ClaimId.of(id), currentActor.get());
        } catch (IllegalArgumentException malformed) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            return notFound(model, response, "incidents.claim.notFound", id);
        }
        Claim claim = found.get();
        List<AssessmentRow> rows = new ArrayList<>();
        for (ClaimItemKind kind : ClaimItemKind.values()) {
            List<ClaimItem> claimed = claim.items().stream().filter(i -> i.kind() == kind).toList();
            List<ClaimItem> countered = claim.counterItems().stream().filter(i -> i.kind() == kind).toList();
            if (!claimed.isEmpty() || !countered.isEmpty()) {
                rows.add(new AssessmentRow(kind, claimed, countered, total(claimed), total(countered)));
            }
        }
        model.addAttribute("nav", "incidents");
        model.addAttribute("claim", claim);
        model.addAttribute("incident", incidents.findById(claim.incident()).orElse(null));
        model.addAttribute("rows", rows);
        model.addAttribute("partyNames", names(List.of(claim), locale));
        return "incidents/claim";
    }

    private static BigDecimal total(List<ClaimItem> items) {
        return items.isEmpty() ? null
                : items.stream().map(i -> i.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Map<String, String> names(List<Claim> of, Locale locale) {
        Set<OrganizationId> ids = new HashSet<>();
        of.forEach(c -> {
            ids.add(OrganizationId.of(c.claimant()));
            ids.add(OrganizationId.of(c.respondent()));
            c.steps().forEach(s -> ids.add(OrganizationId.of(s.by())));
            c.payments().forEach(p -> ids.add(OrganizationId.of(p.payer())));
        });
        Map<String, String> names = new java.util.HashMap<>();
        organizations.displayNames(ids, locale).forEach((id, name) -> names.put(id.value(), name));
        ids.forEach(id -> names.putIfAbsent(id.value(), id.value()));
        return names;
    }

    private MapData map(List<Incident> shown, List<ContaminationSample> samples, Locale locale) {
        List<MapPoint> incidentPoints = shown.stream().filter(Incident::located)
                .map(i -> new MapPoint(i.id().value(), messages.getMessage("incidents.map.incident",
                        new Object[] {i.title(), formats.instant(i.occurredAt())}, locale), i.latitude(),
                        i.longitude(), "/incidents/" + i.id().value()))
                .toList();
        List<MapPoint> samplePoints = samples.stream().filter(ContaminationSample::located)
                .map(s -> new MapPoint(String.valueOf(s.id()), messages.getMessage("incidents.map.sample",
                        new Object[] {s.substance(), formats.significant(s.exceedanceFactor(), 3)}, locale),
                        s.latitude(), s.longitude(), "/incidents/" + s.incident().value()))
                .toList();
        return new MapData(new MapFrame(text("map.attribution", locale), text("map.zoomIn", locale),
                text("map.zoomOut", locale)), incidentPoints, samplePoints);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static Optional<IncidentId> parseIncident(String id) {
        try {
            return Optional.of(IncidentId.of(id));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static String notFound(Model model, HttpServletResponse response, String key, String id) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("nav", "incidents");
        model.addAttribute("missingKey", key);
        model.addAttribute("missingId", id);
        model.addAttribute("backHref", "/incidents");
        model.addAttribute("backKey", "incidents.title");
        return "fragments/not-found";
    }

}
