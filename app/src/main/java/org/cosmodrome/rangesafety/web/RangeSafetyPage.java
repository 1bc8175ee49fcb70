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

import org.cosmodrome.platform.web.JsonIsland;
import org.cosmodrome.rangesafety.Corridor;
import org.cosmodrome.rangesafety.DropZone;
import org.cosmodrome.rangesafety.DropZoneId;
import org.cosmodrome.rangesafety.GeoPoint;
import org.cosmodrome.rangesafety.GreatCircle;
import org.cosmodrome.rangesafety.RangeGeography;
import org.cosmodrome.rangesafety.ZoneOutline;
import org.cosmodrome.sites.Pad;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.sites.Pads;
import org.cosmodrome.vehicles.Vehicles;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/** The range-safety page: a map of the drop zones and corridors, and the same in two tables. */
@Controller
class RangeSafetyPage {

    /** Longest straight piece of a drawn ground line, in kilometres: short enough to follow the great circle. */
    private static final double SEGMENT_KM = 50;

    private final RangeGeography geography;
    private final Pads pads;
    private final Vehicles vehicles;
    private final MessageSource messages;
    private final JsonMapper json;

    RangeSafetyPage(RangeGeography geography, Pads pads, Vehicles vehicles, MessageSource messages,
            JsonMapper json) {
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

    @GetMapping("/range-safety")
    String page(Model model, Locale locale) {
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
        return "rangesafety/range-safety";
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
