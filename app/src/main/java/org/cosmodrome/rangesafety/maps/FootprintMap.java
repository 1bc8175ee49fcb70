package org.cosmodrome.rangesafety.maps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cosmodrome.rangesafety.AnalysisResult;
import org.cosmodrome.rangesafety.DropZone;
import org.cosmodrome.rangesafety.GeoPoint;
import org.cosmodrome.rangesafety.GroundPolygon;

/**
 * A footprint as map features: the corridor's drop zones, the nominal ground track, then per stage its 3, 2 and 1σ
 * ellipses, its mean impact and every stored impact point. Every feature has a {@code kind} property
 * ({@code drop-zone}, {@code ground-track}, {@code ellipse}, {@code mean-impact}, {@code impact}) and, but for zones and
 * the track, a {@code stage}.
 */
public final class FootprintMap {

    private FootprintMap() {
    }

    /** @param zones the corridor's drop zones */
    public static List<MapFeature> features(String title, AnalysisResult result, List<DropZone> zones) {
        List<MapFeature> features = new ArrayList<>();
        for (DropZone zone : zones) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("kind", "drop-zone");
            p.put("country", zone.country());
            p.put("approximate", zone.approximate());
            p.put("geometryBasis", zone.geometryBasis());
            features.add(new MapFeature.Area("zone-" + zone.id().value(), zone.name().en(), zone.polygon(), p));
        }
        if (result.track().size() >= 2) {
            features.add(new MapFeature.Track("ground-track", title + ": nominal ground track",
                    result.track().stream().map(t -> new GeoPoint(t.latitude(), t.longitude())).toList(),
                    Map.of("kind", "ground-track")));
        }
        for (AnalysisResult.Stage stage : result.stages()) {
            for (int i = stage.ellipses().size() - 1; i >= 0; i--) {
                AnalysisResult.Ellipse e = stage.ellipses().get(i);
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("kind", "ellipse");
                p.put("stage", stage.stage());
                p.put("sigmas", e.sigmas());
                p.put("probability", e.probability());
                p.put("semiMajorM", Math.round(e.semiMajorM()));
                p.put("semiMinorM", Math.round(e.semiMinorM()));
                p.put("orientationDeg", Math.round(e.orientationDeg() * 10) / 10.0);
                features.add(new MapFeature.Area(stage.stage() + "-" + e.sigmas() + "sigma",
                        stage.stage() + " " + e.sigmas() + "σ", new GroundPolygon(points(e.ring())), p));
            }
            Map<String, Object> mean = new LinkedHashMap<>();
            mean.put("kind", "mean-impact");
            mean.put("stage", stage.stage());
            mean.put("zone", stage.zone());
            if (stage.containment() != null) {
                mean.put("containment", stage.containment().estimate());
            }
            mean.put("casualtyExpectation", stage.casualtyExpectation().estimate());
            features.add(new MapFeature.Spot(stage.stage() + "-mean", stage.stage() + " mean impact",
                    new GeoPoint(stage.mean()[1], stage.mean()[0]), mean));
            int i = 0;
            for (double[] impact : stage.impacts()) {
                features.add(new MapFeature.Spot(stage.stage() + "-" + i, stage.stage(),
                        new GeoPoint(impact[1], impact[0]), Map.of("kind", "impact", "stage", stage.stage())));
                i++;
            }
        }
        return features;
    }

    private static List<GeoPoint> points(List<double[]> lonLat) {
        return lonLat.stream().map(p -> new GeoPoint(p[1], p[0])).toList();
    }
}
