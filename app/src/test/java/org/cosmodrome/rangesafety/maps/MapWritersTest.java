package org.cosmodrome.rangesafety.maps;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.cosmodrome.rangesafety.GeoPoint;
import org.cosmodrome.rangesafety.GroundPolygon;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

/** GeoJSON and KML of areas, points and lines, as the next phase will write impact points and tracks. */
class MapWritersTest {

    private static final String KML = "http://www.opengis.net/kml/2.2";

    private final GeoPoint pad = new GeoPoint(45.996034, 63.564003);
    private final GeoPoint impact = new GeoPoint(47.5, 67.25);

    private final List<MapFeature> features = List.of(
            new MapFeature.Area("square", "A <square> & more", new GroundPolygon(List.of(new GeoPoint(0, 0),
                    new GeoPoint(0, 1), new GeoPoint(1, 1), new GeoPoint(1, 0), new GeoPoint(0, 0))),
                    properties()),
            new MapFeature.Spot("impact-1", "Impact point", impact, Map.of("stage", "boosters")),
            new MapFeature.Track("track", "Ground track", List.of(pad, impact), Map.of()));

    private static Map<String, Object> properties() {
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("en", "Square");
        names.put("ru", "Квадрат");
        names.put("kk", null);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("names", names);
        properties.put("approximate", true);
        properties.put("areaKm2", 12364.1);
        properties.put("sources", List.of("one", "two"));
        properties.put("dropped", null);
        return properties;
    }

    @Nested
    class GeoJsonOfEachKind {

        @SuppressWarnings("unchecked")
        @Test
        void writesPolygonsPointsAndLineStringsWithLongitudeFirst() {
            List<Map<String, Object>> written = (List<Map<String, Object>>) GeoJson.featureCollection(features)
                    .get("features");

            assertThat(written).extracting(f -> ((Map<String, Object>) f.get("geometry")).get("type"))
                    .containsExactly("Polygon", "Point", "LineString");
            assertThat(((Map<String, Object>) written.get(1).get("geometry")).get("coordinates"))
                    .isEqualTo(List.of(67.25, 47.5));
            assertThat(((Map<String, Object>) written.get(2).get("geometry")).get("coordinates"))
                    .isEqualTo(List.of(List.of(63.564003, 45.996034), List.of(67.25, 47.5)));
        }

        @SuppressWarnings("unchecked")
        @Test
        void putsTheIdAndNameFirstAndLeavesOutNullProperties() {
            Map<String, Object> properties = (Map<String, Object>) GeoJson.feature(features.get(0)).get("properties");

            assertThat(properties.keySet()).containsExactly("id", "name", "names", "approximate", "areaKm2",
                    "sources");
        }
    }

    @Nested
    class KmlOfEachKind {

        private Document parse(String kml) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(kml.getBytes(StandardCharsets.UTF_8)));
        }

        @Test
        void writesAPlacemarkWithTheRightGeometryForEachFeature() throws Exception {
            Document kml = parse(Kml.document("Test", features));

            assertThat(kml.getElementsByTagNameNS(KML, "Placemark").getLength()).isEqualTo(3);
            assertThat(kml.getElementsByTagNameNS(KML, "Polygon").getLength()).isEqualTo(1);
            assertThat(kml.getElementsByTagNameNS(KML, "Point").item(0).getTextContent()).isEqualTo("67.25,47.5");
            assertThat(kml.getElementsByTagNameNS(KML, "LineString").item(0).getTextContent())
                    .contains("63.564003,45.996034 67.25,47.5");
        }

        @Test
        void escapesMarkupInNamesAndFlattensMapsAndLists() throws Exception {
            Element square = (Element) parse(Kml.document("Test", features))
                    .getElementsByTagNameNS(KML, "Placemark").item(0);

            assertThat(square.getElementsByTagNameNS(KML, "name").item(0).getTextContent())
                    .isEqualTo("A <square> & more");
            assertThat(square.getElementsByTagNameNS(KML, "Data")).satisfies(data -> {
                StringBuilder names = new StringBuilder();
                for (int i = 0; i < data.getLength(); i++) {
                    Element element = (Element) data.item(i);
                    names.append(element.getAttribute("name")).append('=').append(element.getTextContent())
                            .append('|');
                }
                assertThat(names.toString()).isEqualTo("id=square|names.en=Square|names.ru=Квадрат|"
                        + "approximate=true|areaKm2=12364.1|sources=one; two|");
            });
        }

        @Test
        void writesCoordinatesWithoutExponents() throws Exception {
            Document kml = parse(Kml.document("Test", List.of(new MapFeature.Spot("tiny", "Tiny",
                    new GeoPoint(0.000001, -0.0000005), Map.of()))));

            assertThat(kml.getElementsByTagNameNS(KML, "coordinates").item(0).getTextContent())
                    .isEqualTo("-0.0000005,0.000001");
        }
    }
}
