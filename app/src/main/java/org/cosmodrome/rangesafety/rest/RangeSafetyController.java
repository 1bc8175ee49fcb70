package org.cosmodrome.rangesafety.rest;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.LocalizedName;
import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.rangesafety.Corridor;
import org.cosmodrome.rangesafety.Corridors;
import org.cosmodrome.rangesafety.DropZone;
import org.cosmodrome.rangesafety.DropZoneId;
import org.cosmodrome.rangesafety.DropZones;
import org.cosmodrome.rangesafety.RangeGeography;
import org.cosmodrome.rangesafety.StageFall;
import org.cosmodrome.rangesafety.ZoneOutline;
import org.cosmodrome.rangesafety.maps.GeoJson;
import org.cosmodrome.rangesafety.maps.Kml;
import org.cosmodrome.rangesafety.maps.MapFeature;
import org.cosmodrome.vehicles.VehicleId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/range-safety")
@Tag(name = "Range safety", description = "Drop zones of spent stages and the corridors that use them")
class RangeSafetyController {

    private final DropZones dropZones;
    private final Corridors corridors;
    private final RangeGeography geography;

    RangeSafetyController(DropZones dropZones, Corridors corridors, RangeGeography geography) {
        this.dropZones = dropZones;
        this.corridors = corridors;
        this.geography = geography;
    }

    record LocalityView(String name, LocalizedName names, double latitude, double longitude, String note) {
    }

    /**
     * @param polygon the outline's closed ring of {@code [longitude, latitude]} pairs, counter-clockwise
     * @param areaKm2 the area a source states; {@code null} where none does
     * @param drawnAreaKm2 the drawn outline's area
     */
    record DropZoneView(String id, String name, LocalizedName names, String country, String region,
            List<String> stageKinds, LocalityView referenceLocality, List<double[]> polygon, boolean approximate,
            String geometryBasis, ZoneOutline outline, Double areaKm2, double drawnAreaKm2, String notes,
            String confidence, List<String> sources) {

        static DropZoneView of(DropZone z) {
            var locality = z.referenceLocality();
            return new DropZoneView(z.id().value(), z.name().en(), z.name(), z.country(), z.region(), z.stageKinds(),
                    new LocalityView(locality.name().en(), locality.name(), locality.position().latitude(),
                            locality.position().longitude(), locality.note()),
                    z.polygon().ring().stream().map(p -> new double[] {p.longitude(), p.latitude()}).toList(),
                    z.approximate(), z.geometryBasis(), z.outline(), z.areaKm2(),
                    Math.round(z.polygon().areaKm2() * 10) / 10.0, z.notes(), z.confidence(), z.sources());
        }
    }

    /** @param dropZone the zone's id; {@code null} when the stage falls in no drop zone, as {@code note} says */
    record StageView(String stage, String dropZone, String note) {

        static StageView of(StageFall s) {
            return new StageView(s.stage(), s.dropZone() == null ? null : s.dropZone().value(), s.note());
        }
    }

    record CorridorView(String id, String vehicle, double inclinationDeg, String name, LocalizedName names,
            String pad, List<StageView> stages, String notes, String confidence, List<String> sources) {

        static CorridorView of(Corridor c) {
            return new CorridorView(c.id().value(), c.vehicle().value(), c.inclinationDeg(), c.name().en(), c.name(),
                    c.pad().value(), c.stages().stream().map(StageView::of).toList(), c.notes(), c.confidence(),
                    c.sources());
        }
    }

    @GetMapping("/drop-zones")
    @Operation(summary = "List drop zones", description = "In order of country, then id.")
    Page<DropZoneView> dropZones(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        return dropZones.find(new PageQuery(page, size)).map(DropZoneView::of);
    }

    @GetMapping("/drop-zones/{id}")
    DropZoneView dropZone(@PathVariable String id) {
        return DropZoneView.of(find(id));
    }

    @GetMapping(value = "/drop-zones.geojson", produces = GeoJson.MEDIA_TYPE)
    @Operation(summary = "Every drop zone as a GeoJSON FeatureCollection of polygons (RFC 7946)")
    ResponseEntity<Map<String, Object>> dropZonesAsGeoJson() {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, inline("drop-zones.geojson"))
                .contentType(MediaType.parseMediaType(GeoJson.MEDIA_TYPE))
                .body(GeoJson.featureCollection(features()));
    }

    @GetMapping(value = "/drop-zones.kml", produces = Kml.MEDIA_TYPE)
    @Operation(summary = "Every drop zone as a KML 2.2 document with one Placemark per zone")
    ResponseEntity<byte[]> dropZonesAsKml() {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, inline("drop-zones.kml"))
                .contentType(new MediaType(MediaType.parseMediaType(Kml.MEDIA_TYPE), StandardCharsets.UTF_8))
                .body(Kml.document("Drop zones", features()).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/corridors")
    @Operation(summary = "List corridors",
            description = "In order of inclination, then id. With an inclination, the corridors within "
                    + RangeGeography.INCLINATION_TOLERANCE_DEG + "° of it.")
    Page<CorridorView> corridors(
            @Parameter(description = "vehicle id, e.g. soyuz-2-1a") @RequestParam(required = false) String vehicle,
            @Parameter(description = "orbital inclination in degrees, e.g. 51.6") @RequestParam(required = false)
            Double inclination,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        if (inclination != null && !(inclination > 0 && inclination < 180)) {
            throw new InvalidField("inclination", "corridor.inclination.out-of-range",
                    "inclination must be more than 0 and less than 180 degrees, was " + inclination);
        }
        VehicleId vehicleId = null;
        if (vehicle != null && !vehicle.isBlank()) {
            try {
                vehicleId = VehicleId.of(vehicle.strip());
            } catch (InvalidField malformed) {
                throw new InvalidField("vehicle", malformed.code(), "vehicle: " + malformed.getMessage());
            }
        }
        return corridors.find(new Corridors.Filter(vehicleId, inclination, RangeGeography.INCLINATION_TOLERANCE_DEG),
                new PageQuery(page, size)).map(CorridorView::of);
    }

    private DropZone find(String id) {
        try {
            return geography.zone(DropZoneId.of(id)).orElseThrow(() -> new RecordNotFound("drop-zone", id));
        } catch (InvalidField malformed) {
            throw new RecordNotFound("drop-zone", id);
        }
    }

    private List<MapFeature> features() {
        return geography.zones().stream().map(RangeSafetyController::feature).toList();
    }

    private static MapFeature feature(DropZone zone) {
        Map<String, Object> properties = new LinkedHashMap<>();
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("en", zone.name().en());
        names.put("ru", zone.name().ru());
        names.put("kk", zone.name().kk());
        properties.put("names", names);
        properties.put("country", zone.country());
        properties.put("approximate", zone.approximate());
        properties.put("geometryBasis", zone.geometryBasis());
        properties.put("confidence", zone.confidence());
        return new MapFeature.Area(zone.id().value(), zone.name().en(), zone.polygon(), properties);
    }

    private static String inline(String filename) {
        return ContentDisposition.inline().filename(filename).build().toString();
    }
}
