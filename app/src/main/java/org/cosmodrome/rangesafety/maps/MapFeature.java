package org.cosmodrome.rangesafety.maps;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cosmodrome.rangesafety.GeoPoint;
import org.cosmodrome.rangesafety.GroundPolygon;

/**
 * One thing to put on a map, for {@link GeoJson} and {@link Kml}: an area, a point or a line, with an id, a name and
 * properties. Property values are strings, numbers, booleans, lists of them, or maps of them (a name in three
 * languages); {@code null} values are left out.
 */
public sealed interface MapFeature permits MapFeature.Area, MapFeature.Spot, MapFeature.Track {

    String id();

    String name();

    /** The feature's properties in the order they are written. */
    Map<String, Object> properties();

    /** An area bounded by a polygon's ring (counter-clockwise, closed). */
    record Area(String id, String name, GroundPolygon polygon, Map<String, Object> properties)
            implements MapFeature {

        public Area {
            properties = copy(properties);
        }
    }

    /** A point: an impact point, a pad, a reference locality. */
    record Spot(String id, String name, GeoPoint position, Map<String, Object> properties) implements MapFeature {

        public Spot {
            properties = copy(properties);
        }
    }

    /** A line through two or more points: a ground track. */
    record Track(String id, String name, List<GeoPoint> path, Map<String, Object> properties)
            implements MapFeature {

        public Track {
            if (path == null || path.size() < 2) {
                throw new IllegalArgumentException("a line needs at least two points");
            }
            path = List.copyOf(path);
            properties = copy(properties);
        }
    }

    /** An unmodifiable copy in the same order, without {@code null} values (which {@code Map.copyOf} refuses). */
    private static Map<String, Object> copy(Map<String, Object> properties) {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (properties != null) {
            properties.forEach((key, value) -> {
                if (value != null) {
                    copy.put(key, value);
                }
            });
        }
        return java.util.Collections.unmodifiableMap(copy);
    }
}
