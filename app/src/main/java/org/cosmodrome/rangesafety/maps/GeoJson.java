package org.cosmodrome.rangesafety.maps;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cosmodrome.rangesafety.GeoPoint;

/**
 * Features as a GeoJSON FeatureCollection (RFC 7946): positions as {@code [longitude, latitude]} in WGS 84 degrees,
 * polygon rings closed and counter-clockwise. Builds the document as maps and lists for any JSON writer to serialise.
 */
public final class GeoJson {

    /** The media type of GeoJSON (RFC 7946, section 12). */
    public static final String MEDIA_TYPE = "application/geo+json";

    private GeoJson() {
    }

    /**
     * A FeatureCollection of {@code features}, in their order. Each feature carries its id as the feature's
     * {@code id}, and its name and properties as its {@code properties} ({@code id} and {@code name} first).
     */
    public static Map<String, Object> featureCollection(List<? extends MapFeature> features) {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features.stream().map(GeoJson::feature).toList());
        return collection;
    }

    static Map<String, Object> feature(MapFeature feature) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", feature.id());
        properties.put("name", feature.name());
        properties.putAll(feature.properties());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("type", "Feature");
        result.put("id", feature.id());
        result.put("geometry", geometry(feature));
        result.put("properties", properties);
        return result;
    }

    private static Map<String, Object> geometry(MapFeature feature) {
        Map<String, Object> geometry = new LinkedHashMap<>();
        if (feature instanceof MapFeature.Area area) {
            geometry.put("type", "Polygon");
            geometry.put("coordinates", List.of(positions(area.polygon().ring())));
        } else if (feature instanceof MapFeature.Spot spot) {
            geometry.put("type", "Point");
            geometry.put("coordinates", position(spot.position()));
        } else if (feature instanceof MapFeature.Track track) {
            geometry.put("type", "LineString");
            geometry.put("coordinates", positions(track.path()));
        }
        return geometry;
    }

    private static List<List<Double>> positions(List<GeoPoint> points) {
        return points.stream().map(GeoJson::position).toList();
    }

    private static List<Double> position(GeoPoint point) {
        return List.of(point.longitude(), point.latitude());
    }
}
