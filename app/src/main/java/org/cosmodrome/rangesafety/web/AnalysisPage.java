package org.cosmodrome.rangesafety.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.web.DisplayFormats;
import org.cosmodrome.platform.web.JsonIsland;
import org.cosmodrome.rangesafety.Analysis;
import org.cosmodrome.rangesafety.AnalysisResult;
import org.cosmodrome.rangesafety.Assessment;
import org.cosmodrome.rangesafety.DropZone;
import org.cosmodrome.rangesafety.DropZoneId;
import org.cosmodrome.rangesafety.FootprintAssessment;
import org.cosmodrome.rangesafety.RangeGeography;
import org.cosmodrome.rangesafety.RangeSafetyAnalysis;
import org.cosmodrome.sites.Pad;
import org.cosmodrome.sites.Pads;
import org.cosmodrome.vehicles.Vehicles;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/**
 * An analysis's page: its progress while it is queued or running (a bar the page polls every second), then its
 * verdict with the findings, the map of the stages' footprints, the per-stage figures and its inputs; or why it
 * failed. An analysis the viewer may not see is answered like one that does not exist.
 */
@Controller
class AnalysisPage {

    /** One colour per stage, in separation order, for the map and its legend alike. */
    static final List<String> STAGE_COLOURS = List.of("#c2185b", "#00796b", "#e65100", "#5e35b1", "#1565c0",
            "#6d4c41");

    private final RangeSafetyAnalysis analysis;
    private final RangeGeography geography;
    private final Pads pads;
    private final Vehicles vehicles;
    private final CurrentActor currentActor;
    private final MessageSource messages;
    private final DisplayFormats formats;
    private final JsonMapper json;

    AnalysisPage(RangeSafetyAnalysis analysis, RangeGeography geography, Pads pads, Vehicles vehicles,
            CurrentActor currentActor, MessageSource messages, DisplayFormats formats, JsonMapper json) {
        this.analysis = analysis;
        this.geography = geography;
        this.pads = pads;
        this.vehicles = vehicles;
        this.currentActor = currentActor;
        this.messages = messages;
        this.formats = formats;
        this.json = json;
    }

    /** A stage as the table and the legend show it. */
    record StageView(String label, String zoneName, String colour, AnalysisResult.Stage figures,
            AnalysisResult.Ellipse outermost) {
    }

    /** Positions are {@code [latitude, longitude]}, Leaflet's order. */
    record MapEllipse(int sigmas, String label, List<double[]> ring) {
    }

    record MapStage(String stage, String label, String colour, List<double[]> impacts, double[] mean,
            String meanLabel, List<MapEllipse> ellipses) {
    }

    record MapData(RangeSafetyPage.MapFrame frame, List<RangeSafetyPage.MapZone> zones, List<double[]> track,
            String trackLabel, List<MapStage> stages, RangeSafetyPage.MapPad pad) {
    }

    @GetMapping("/range-safety/analyses/{id}")
    String page(@PathVariable String id, Model model, HttpServletResponse response, Locale locale) {
        Optional<Analysis> found = find(id);
        if (found.isEmpty()) {
            return notFound(id, model, response);
        }
        Analysis a = found.get();
        Optional<Pad> pad = pads.findById(a.request().pad());
        model.addAttribute("nav", "range-safety");
        model.addAttribute("analysis", a);
        model.addAttribute("vehicleName", vehicles.names(List.of(a.request().vehicle()))
                .getOrDefault(a.request().vehicle(), a.request().vehicle().value()));
        model.addAttribute("padDesignation", pad.map(Pad::designation).orElse(a.request().pad().value()));
        if (a.result() != null) {
            AnalysisResult result = a.result();
            Map<String, DropZone> zones = zonesOf(result);
            List<StageView> stages = new ArrayList<>();
            for (int i = 0; i < result.stages().size(); i++) {
                AnalysisResult.Stage s = result.stages().get(i);
                stages.add(new StageView(stageLabel(s.stage(), locale),
                        s.zone() == null ? null : Optional.ofNullable(zones.get(s.zone()))
                                .map(z -> z.name().in(locale)).orElse(s.zone()),
                        STAGE_COLOURS.get(i % STAGE_COLOURS.size()), s,
                        s.ellipses().stream().filter(e -> e.sigmas() == 3).findFirst().orElse(null)));
            }
            model.addAttribute("stages", stages);
            model.addAttribute("findings", result.findings().stream().map(f -> finding(f, locale)).toList());
            model.addAttribute("inOrbit", result.inOrbit().stream().map(s -> stageLabel(s, locale)).toList());
            model.addAttribute("mapJson", JsonIsland.of(json, map(result, stages, zones, pad.orElse(null),
                    locale)));
        }
        return "rangesafety/analysis";
    }

    /** The progress bar alone, for the page to poll; once the analysis is finished it tells htmx to reload. */
    @GetMapping("/range-safety/analyses/{id}/progress")
    String progress(@PathVariable String id, Model model, HttpServletResponse response) {
        Optional<Analysis> found = find(id);
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("analysis", null);
            return "rangesafety/analysis :: progress";
        }
        if (found.get().status().finished()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("analysis", found.get());
        return "rangesafety/analysis :: progress";
    }

    private Optional<Analysis> find(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return analysis.find(uuid, currentActor.get());
    }

    private Map<String, DropZone> zonesOf(AnalysisResult result) {
        Map<String, DropZone> zones = new LinkedHashMap<>();
        result.stages().stream().map(AnalysisResult.Stage::zone).filter(z -> z != null).distinct()
                .forEach(z -> geography.zone(DropZoneId.of(z)).ifPresent(zone -> zones.put(z, zone)));
        return zones;
    }

    private MapData map(AnalysisResult result, List<StageView> stages, Map<String, DropZone> zones, Pad pad,
            Locale locale) {
        List<MapStage> mapStages = new ArrayList<>();
        for (StageView view : stages) {
            AnalysisResult.Stage s = view.figures();
            mapStages.add(new MapStage(s.stage(), view.label(), view.colour(), leaflet(s.impacts()),
                    new double[] {s.mean()[1], s.mean()[0]},
                    messages.getMessage("rangesafety.analysis.map.mean", new Object[] {view.label()}, locale),
                    s.ellipses().stream().map(e -> new MapEllipse(e.sigmas(),
                            messages.getMessage("rangesafety.analysis.map.ellipse", new Object[] {view.label(),
                                    e.sigmas(), formats.number(100 * e.probability(), 1)}, locale),
                            leaflet(e.ring()))).toList()));
        }
        return new MapData(new RangeSafetyPage.MapFrame(text("map.attribution", locale), text("map.zoomIn", locale),
                text("map.zoomOut", locale)),
                zones.values().stream().map(z -> new RangeSafetyPage.MapZone(z.id().value(), z.name().in(locale),
                        z.approximate(), z.polygon().ring().stream()
                                .map(p -> new double[] {p.latitude(), p.longitude()}).toList())).toList(),
                result.track().stream().map(p -> new double[] {p.latitude(), p.longitude()}).toList(),
                text("rangesafety.analysis.map.track", locale), mapStages,
                pad == null ? null : new RangeSafetyPage.MapPad(pad.id().value(),
                        messages.getMessage("rangesafety.map.pad", new Object[] {pad.designation(),
                                pad.name().in(locale)}, locale), pad.latitude(), pad.longitude()));
    }

    /** A coded finding in the page's language, with its value against its threshold. */
    private String finding(Assessment.Finding f, Locale locale) {
        String subject = f.stage() == null ? text("rangesafety.finding.launch", locale) : stageLabel(f.stage(), locale);
        Object[] args = switch (f.code()) {
            case FootprintAssessment.CONTAINMENT_BELOW_THRESHOLD -> new Object[] {subject,
                    formats.number(100 * f.value(), 1), formats.number(100 * f.threshold(), 1)};
            case FootprintAssessment.CASUALTY_EXPECTATION_ABOVE_THRESHOLD -> new Object[] {subject,
                    formats.significant(f.value(), 2), formats.significant(f.threshold(), 2)};
            default -> new Object[] {subject};
        };
        return messages.getMessage("rangesafety.finding." + f.code(), args, f.code(), locale);
    }

    private String stageLabel(String stage, Locale locale) {
        return messages.getMessage("rangesafety.stage." + stage, null, stage, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static List<double[]> leaflet(List<double[]> lonLat) {
        return lonLat.stream().map(p -> new double[] {p[1], p[0]}).toList();
    }

    private static String notFound(String id, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("nav", "range-safety");
        model.addAttribute("missingKey", "rangesafety.analysis.notFound");
        model.addAttribute("missingId", id);
        model.addAttribute("backHref", "/range-safety");
        model.addAttribute("backKey", "rangesafety.title");
        return "fragments/not-found";
    }
}
