package org.cosmodrome.rangesafety.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cosmodrome.platform.AccessDenied;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.platform.Role;
import org.cosmodrome.platform.web.JsonIsland;
import org.cosmodrome.rangesafety.Analyses;
import org.cosmodrome.rangesafety.Analysis;
import org.cosmodrome.rangesafety.AnalysisRequest;
import org.cosmodrome.rangesafety.Corridor;
import org.cosmodrome.rangesafety.DropZone;
import org.cosmodrome.rangesafety.DropZoneId;
import org.cosmodrome.rangesafety.GeoPoint;
import org.cosmodrome.rangesafety.GreatCircle;
import org.cosmodrome.rangesafety.RangeGeography;
import org.cosmodrome.rangesafety.RangeSafetyAnalysis;
import org.cosmodrome.rangesafety.RangeSafetySettings;
import org.cosmodrome.rangesafety.ZoneOutline;
import org.cosmodrome.sites.Pad;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.sites.PadFilter;
import org.cosmodrome.sites.Pads;
import org.cosmodrome.vehicles.Vehicle;
import org.cosmodrome.vehicles.VehicleFilter;
import org.cosmodrome.vehicles.VehicleId;
import org.cosmodrome.vehicles.Vehicles;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The range-safety page: a map of the drop zones and corridors, the same in two tables, the latest analyses the viewer
 * may see and, for those who may ask for one, the form requesting an analysis.
 */
@Controller
class RangeSafetyPage {

    /** Longest straight piece of a drawn ground line, in kilometres: short enough to follow the great circle. */
    private static final double SEGMENT_KM = 50;

    private final RangeGeography geography;
    private final Pads pads;
    private final Vehicles vehicles;
    private final MessageSource messages;
    private final JsonMapper json;
    private final RangeSafetyAnalysis analysis;
    private final Analyses analyses;
    private final RangeSafetySettings settings;
    private final CurrentActor currentActor;

    RangeSafetyPage(RangeGeography geography, Pads pads, Vehicles vehicles, MessageSource messages,
            JsonMapper json, RangeSafetyAnalysis analysis, Analyses analyses, RangeSafetySettings settings,
            CurrentActor currentActor) {
        this.analysis = analysis;
        this.analyses = analyses;
        this.settings = settings;
        this.currentActor = currentActor;
        this.geography = geography;
        this.pads = pads;
        this.vehicles = vehicles;
        this.messages = messages;
        this.json = json;
    }

    /** A zone as its table row shows it, texts in the page's language. */
    record ZoneRow(String id, String name, String country, String region, List<String> stageKinds,
            String referenceName, GeoPoint reference, String referenceNote, ZoneOutline outline, double drawnAreaKm2,
            Double statedAreaKm2, boolean approximate, String geometryBasis, String confidence, int sources) {
    }

    /** Where one stage falls: {@code zoneId} and {@code zoneName} are {@code null} for no zone. */
    record StageRow(String stage, String zoneId, String zoneName, String note) {
    }

    record CorridorRow(String id, String name, String vehicleId, String vehicleName, double inclinationDeg,
            String padId, String padDesignation, List<StageRow> stages, String notes, String confidence) {
    }

    /** Positions for the map script are {@code [latitude, longitude]}, Leaflet's order. */
    record MapZone(String id, String label, boolean approximate, List<double[]> ring) {
    }

    record MapCorridor(String id, String name, List<double[]> path) {
    }

    record MapPad(String id, String label, double latitude, double longitude) {
    }

    record MapFrame(String attribution, String zoomIn, String zoomOut) {
    }

    record MapData(MapFrame frame, List<MapZone> zones, List<MapCorridor> corridors, List<MapPad> pads) {
    }

    /** Analyses shown in the list, newest first. */
    static final int LISTED_ANALYSES = 20;

    /** Roles that may request an analysis, as the endpoint rules say. */
    static final List<Role> REQUESTERS = List.of(Role.SPACEPORT_OPERATOR, Role.HOST_AUTHORITY,
            Role.LAUNCH_PROVIDER, Role.LESSEE);

    /** A row of the analyses list, with the names the viewer reads. */
    record AnalysisRow(String id, String vehicle, String pad, double inclinationDeg, int samples, long seed,
            String status, String verdict, java.time.Instant requestedAt) {
    }

    /** The request form's fields as typed, to show them again beside a refusal. */
    record AnalysisForm(String vehicle, String pad, String inclination, String samples, String seed) {

        static AnalysisForm empty() {
            return new AnalysisForm(null, null, "51.6", "10000", "1");
        }
    }

    @GetMapping("/range-safety")
    String page(Model model, Locale locale) {
        fill(model, locale, AnalysisForm.empty(), Map.of());
        return "rangesafety/range-safety";
    }

    @PostMapping("/range-safety/analyses")
    String requestAnalysis(@ModelAttribute AnalysisForm form, Model model, HttpServletResponse response,
            Locale locale) {
        try {
            Analysis queued = analysis.request(request(form));
            return "redirect:/range-safety/analyses/" + queued.id();
        } catch (InvalidField e) {
            response.setStatus(422);
            // Only the samples' texts take arguments; others are not run through MessageFormat (quotes stay).
            Object[] args = e.field().equals("samples") ? new Object[] {RangeSafetySettings.MIN_SAMPLES,
                    settings.maxSamples()} : null;
            fill(model, locale, form, Map.of(e.field(), messages.getMessage("rangesafety.form.error." + e.field()
                    + "." + e.code(), args, e.getMessage(), locale)));
        } catch (AccessDenied e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            fill(model, locale, form, Map.of("form", e.getMessage()));
        }
        return "rangesafety/range-safety";
    }

    private static AnalysisRequest request(AnalysisForm form) {
        if (blank(form.vehicle())) {
            throw new InvalidField("vehicle", "required", "A vehicle is required.");
        }
        if (blank(form.pad())) {
            throw new InvalidField("pad", "required", "A pad is required.");
        }
        VehicleId vehicle;
        PadId pad;
        try {
            vehicle = new VehicleId(form.vehicle().strip());
        } catch (RuntimeException e) {
            throw new InvalidField("vehicle", "required", "A vehicle is required.");
        }
        try {
            pad = new PadId(form.pad().strip());
        } catch (RuntimeException e) {
            throw new InvalidField("pad", "unknown", "No pad '" + form.pad() + "'.");
        }
        double inclination = number("inclination", form.inclination());
        double samples = number("samples", form.samples());
        if (samples != Math.rint(samples) || Math.abs(samples) > Integer.MAX_VALUE) {
            throw new InvalidField("samples", "not-a-number", "Samples must be a whole number.");
        }
        double seed = blank(form.seed()) ? 1 : number("seed", form.seed());
        if (seed != Math.rint(seed) || Math.abs(seed) > Long.MAX_VALUE / 2) {
            throw new InvalidField("seed", "not-a-number", "The seed must be a whole number.");
        }
        return new AnalysisRequest(null, vehicle, pad, inclination, (int) samples, (long) seed);
    }

    private static double number(String field, String text) {
        if (blank(text)) {
            throw new InvalidField(field, "required", field + " is required.");
        }
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.').replace(" ", "").replace("\u00a0", ""));
            if (!Double.isFinite(value)) {
                throw new NumberFormatException(text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidField(field, "not-a-number", field + " must be a number, was '" + text + "'.");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The page's model: the geography, the analyses list and the form with its errors by field. */
    private void fill(Model model, Locale locale, AnalysisForm form, Map<String, String> errors) {
        List<DropZone> zones = geography.zones();
        List<Corridor> corridors = geography.corridors();
        Map<DropZoneId, DropZone> zonesById = zones.stream()
                .collect(Collectors.toMap(DropZone::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<PadId, Pad> padsById = padsOf(corridors.stream().map(Corridor::pad).distinct().toList());
        var vehicleNames = vehicles.names(corridors.stream().map(Corridor::vehicle).distinct().toList());

        model.addAttribute("nav", "range-safety");
        model.addAttribute("zones", zones.stream().map(z -> zoneRow(z, locale)).toList());
        model.addAttribute("corridors", corridors.stream().map(c -> new CorridorRow(c.id().value(),
                c.name().in(locale), c.vehicle().value(), vehicleNames.getOrDefault(c.vehicle(), c.vehicle().value()),
                c.inclinationDeg(), c.pad().value(), Optional.ofNullable(padsById.get(c.pad())).map(Pad::designation)
                        .orElse(c.pad().value()),
                c.stages().stream().map(s -> new StageRow(text("rangesafety.stage." + s.stage(), s.stage(), locale),
                        s.dropZone() == null ? null : s.dropZone().value(),
                        s.dropZone() == null || !zonesById.containsKey(s.dropZone()) ? null
                                : zonesById.get(s.dropZone()).name().in(locale), s.note())).toList(),
                c.notes(), c.confidence())).toList());
        model.addAttribute("mapJson", JsonIsland.of(json, new MapData(
                new MapFrame(text("map.attribution", null, locale), text("map.zoomIn", null, locale),
                        text("map.zoomOut", null, locale)),
                zones.stream().map(z -> new MapZone(z.id().value(), z.approximate()
                        ? messages.getMessage("rangesafety.map.approximate", new Object[] {z.name().in(locale)},
                        locale) : z.name().in(locale), z.approximate(), leaflet(z.polygon().ring()))).toList(),
                corridors.stream().filter(c -> padsById.containsKey(c.pad()))
                        .map(c -> new MapCorridor(c.id().value(), c.name().in(locale),
                                leaflet(groundLine(padsById.get(c.pad()), c, zonesById)))).toList(),
                padsById.values().stream().map(p -> new MapPad(p.id().value(),
                        messages.getMessage("rangesafety.map.pad", new Object[] {p.designation(),
                                p.name().in(locale)}, locale), p.latitude(), p.longitude())).toList())));
        fillAnalyses(model, form, errors);
    }

    private void fillAnalyses(Model model, AnalysisForm form, Map<String, String> errors) {
        Actor viewer = currentActor.get();
        List<Analysis> latest = viewer.isAnonymous() ? List.of()
                : analyses.find(null, null, viewer, new PageQuery(0, LISTED_ANALYSES)).items();
        List<Vehicle> analysable = vehicles.find(VehicleFilter.none(), PageQuery.all()).items().stream()
                .filter(v -> analysis.canAnalyse(v.id())).toList();
        List<Pad> launchPads = pads.find(PadFilter.none(), PageQuery.all()).items().stream()
                .filter(p -> p.supportedVehicles().stream().anyMatch(analysis::canAnalyse)).toList();
        Map<PadId, Pad> padsById = padsOf(latest.stream().map(a -> a.request().pad()).distinct().toList());
        var vehicleNames = vehicles.names(latest.stream().map(a -> a.request().vehicle()).distinct().toList());
        model.addAttribute("analyses", latest.stream().map(a -> new AnalysisRow(a.id().toString(),
                vehicleNames.getOrDefault(a.request().vehicle(), a.request().vehicle().value()),
                Optional.ofNullable(padsById.get(a.request().pad())).map(Pad::designation)
                        .orElse(a.request().pad().value()),
                a.request().inclinationDeg(), a.request().samples(), a.request().seed(), a.status().name(),
                a.verdict() == null ? null : a.verdict().name(), a.requestedAt())).toList());
        model.addAttribute("signedIn", !viewer.isAnonymous());
        model.addAttribute("mayRequest", REQUESTERS.stream().anyMatch(viewer::has));
        if (form.vehicle() == null && !analysable.isEmpty()) {
            // Preselect a pair that fits: the first analysable vehicle and the first pad that supports it.
            VehicleId first = analysable.get(0).id();
            form = new AnalysisForm(first.value(), launchPads.stream().filter(p -> p.supportedVehicles()
                    .contains(first)).map(p -> p.id().value()).findFirst().orElse(null), form.inclination(),
                    form.samples(), form.seed());
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("vehicleOptions", analysable);
        model.addAttribute("padOptions", launchPads);
        model.addAttribute("minSamples", RangeSafetySettings.MIN_SAMPLES);
        model.addAttribute("maxSamples", settings.maxSamples());
    }

    private ZoneRow zoneRow(DropZone z, Locale locale) {
        return new ZoneRow(z.id().value(), z.name().in(locale),
                text("rangesafety.country." + z.country(), z.country(), locale), z.region(), z.stageKinds(),
                z.referenceLocality().name().in(locale), z.referenceLocality().position(),
                z.referenceLocality().note(), z.outline(), z.polygon().areaKm2(), z.areaKm2(), z.approximate(),
                z.geometryBasis(), z.confidence(), z.sources().size());
    }

    private Map<PadId, Pad> padsOf(Collection<PadId> ids) {
        Map<PadId, Pad> found = new LinkedHashMap<>();
        ids.forEach(id -> pads.findById(id).ifPresent(pad -> found.put(id, pad)));
        return found;
    }

    /** The corridor's ground line: from its pad through the centres of its zones, along great circles. */
    private static List<GeoPoint> groundLine(Pad pad, Corridor corridor, Map<DropZoneId, DropZone> zones) {
        List<GeoPoint> line = new ArrayList<>();
        GeoPoint from = new GeoPoint(pad.latitude(), pad.longitude());
        line.add(from);
        for (DropZoneId id : corridor.dropZones()) {
            DropZone zone = zones.get(id);
            if (zone == null) {
                continue;
            }
            GeoPoint to = zone.centre();
            int segments = (int) Math.max(1, Math.ceil(GreatCircle.distanceKm(from, to) / SEGMENT_KM));
            List<GeoPoint> leg = GreatCircle.path(from, to, segments);
            line.addAll(leg.subList(1, leg.size()));
            from = to;
        }
        return line;
    }

    private static List<double[]> leaflet(List<GeoPoint> points) {
        return points.stream().map(p -> new double[] {p.latitude(), p.longitude()}).toList();
    }

    private String text(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
