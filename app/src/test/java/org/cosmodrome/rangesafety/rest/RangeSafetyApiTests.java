package org.cosmodrome.rangesafety.rest;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.RegistryContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cosmodrome.TestRecords.errorFields;
import static org.cosmodrome.TestRecords.json;
import static org.cosmodrome.TestRecords.problem;

/** The range-safety API as anyone reads it: no token is sent. */
@RegistryContext
class RangeSafetyApiTests {

    private static final String API = "/api/v1/range-safety";
    private static final String KML = "http://www.opengis.net/kml/2.2";

    @Autowired
    MockMvcTester mvc;

    private MvcTestResult get(String path) {
        return mvc.get().uri(API + path).exchange();
    }

    private DocumentContext ok(String path) {
        MvcTestResult result = get(path);
        assertThat(result).hasStatusOk();
        return json(result);
    }

    /** The one match of a JSON path with a filter, which answers a list. */
    private static <T> T only(DocumentContext document, String path) {
        List<T> matches = document.read(path);
        assertThat(matches).as(path).hasSize(1);
        return matches.get(0);
    }

    @Nested
    class DropZones {

        @Test
        void listsTheSixZonesOfTheDataSetToAnyone() {
            DocumentContext zones = ok("/drop-zones");

            assertThat(zones.read("$.totalItems", Integer.class)).isEqualTo(6);
            assertThat(zones.read("$.items[*].id", List.class)).containsExactly("ulytau", "zone-120-dzhangeldy",
                    "altai-327", "altai-ust-kan", "severouralsk-khmao", "tomsk");
        }

        @Test
        void answersAZoneWithItsNamesOutlineAndSources() {
            DocumentContext zone = ok("/drop-zones/altai-327");

            assertThat(zone.read("$.names.ru", String.class)).isEqualTo("Район падения № 327 (Республика Алтай)");
            assertThat(zone.read("$.country", String.class)).isEqualTo("RU");
            assertThat(zone.read("$.approximate", Boolean.class)).isTrue();
            assertThat(zone.read("$.areaKm2", Double.class)).isEqualTo(2198.0);
            assertThat(zone.read("$.drawnAreaKm2", Double.class)).isCloseTo(2198.0, within(44.0));
            assertThat(zone.read("$.outline.semiMajorKm", Double.class)).isEqualTo(35.0);
            assertThat(zone.read("$.referenceLocality.latitude", Double.class)).isEqualTo(51.5);
            assertThat(zone.read("$.polygon.length()", Integer.class)).isGreaterThanOrEqualTo(33);
            assertThat(zone.read("$.sources", List.class)).isNotEmpty();
        }

        @Test
        void answersAnUnknownZoneWithNotFound() {
            DocumentContext answer = problem(get("/drop-zones/baikal"), 404);

            assertThat(answer.read("$.code", String.class)).isEqualTo("drop-zone.not-found");
        }

        @Test
        void answersAMalformedZoneIdWithNotFound() {
            assertThat(problem(get("/drop-zones/No Such Zone"), 404).read("$.code", String.class))
                    .isEqualTo("drop-zone.not-found");
        }
    }

    @Nested
    class Corridors {

        @Test
        void listsTheFiveCorridorsByInclination() {
            DocumentContext corridors = ok("/corridors");

            assertThat(corridors.read("$.totalItems", Integer.class)).isEqualTo(5);
            assertThat(corridors.read("$.items[*].inclinationDeg", List.class))
                    .containsExactly(51.5, 51.6, 51.6, 64.8, 97.6);
        }

        @Test
        void findsTheCorridorOfAVehicleAndInclination() {
            DocumentContext found = ok("/corridors?vehicle=proton-m&inclination=51.52");

            assertThat(found.read("$.items[*].id", List.class)).containsExactly("proton-m-51-5");
            assertThat(found.read("$.items[0].stages[*].stage", List.class))
                    .containsExactly("stage-1", "stage-2", "fairing", "stage-3");
            assertThat(found.read("$.items[0].stages[3].dropZone", String.class)).isNull();
            assertThat(found.read("$.items[0].stages[3].note", String.class)).contains("Pacific");
        }

        @Test
        void findsNoneOutsideTheTolerance() {
            assertThat(ok("/corridors?vehicle=soyuz-2-1a&inclination=51.7").read("$.totalItems", Integer.class))
                    .isZero();
        }

        @Test
        void refusesAnInclinationOutsideZeroToOneEighty() {
            assertThat(errorFields(problem(get("/corridors?inclination=181"), 400))).containsExactly("inclination");
        }

        @Test
        void refusesAMalformedVehicle() {
            assertThat(errorFields(problem(get("/corridors?vehicle=Soyuz 2"), 400))).containsExactly("vehicle");
        }
    }

    @Nested
    class TheGeoJsonExport {

        @Test
        void isAFeatureCollectionWithOnePolygonPerZone() {
            MvcTestResult result = get("/drop-zones.geojson");

            assertThat(result).hasStatusOk().contentType().isCompatibleWith("application/geo+json");
            DocumentContext geojson = json(result);
            assertThat(geojson.read("$.type", String.class)).isEqualTo("FeatureCollection");
            assertThat(geojson.read("$.features.length()", Integer.class)).isEqualTo(6);
            assertThat(geojson.read("$.features[*].type", List.class)).containsOnly("Feature");
            assertThat(geojson.read("$.features[*].geometry.type", List.class)).containsOnly("Polygon");
        }

        @Test
        void carriesEachZonesNamesAndHowItWasDrawn() {
            DocumentContext geojson = json(get("/drop-zones.geojson"));
            Map<String, Object> ulytau = only(geojson, "$.features[?(@.id == 'ulytau')].properties");

            assertThat(ulytau).containsKeys("id", "names", "country", "approximate", "geometryBasis", "confidence");
            assertThat(ulytau.get("approximate")).isEqualTo(true);
            assertThat(((Map<?, ?>) ulytau.get("names")).get("kk")).isEqualTo("Ұлытау облысындағы құлау ауданы"
                    + " (Жезқазған — Сәтбаев)");
        }

        /** RFC 7946: positions are [longitude, latitude]; rings are closed and counter-clockwise. */
        @Test
        void writesClosedCounterClockwiseRingsInLongitudeLatitudeOrder() {
            DocumentContext geojson = json(get("/drop-zones.geojson"));
            DocumentContext zones = ok("/drop-zones");

            List<String> ids = geojson.read("$.features[*].id");
            for (String id : ids) {
                List<List<Double>> ring = only(geojson, "$.features[?(@.id == '" + id + "')].geometry.coordinates[0]");
                Map<String, Object> outline = only(zones, "$.items[?(@.id == '" + id + "')].outline");
                double latitude = ((Number) outline.get("centreLatitude")).doubleValue();
                double longitude = ((Number) outline.get("centreLongitude")).doubleValue();

                assertThat(ring.get(0)).as(id).isEqualTo(ring.get(ring.size() - 1));
                double meanLongitude = ring.stream().skip(1).mapToDouble(p -> p.get(0)).average().orElseThrow();
                double meanLatitude = ring.stream().skip(1).mapToDouble(p -> p.get(1)).average().orElseThrow();
                assertThat(meanLongitude).as("%s: first of each position is the longitude", id)
                        .isCloseTo(longitude, within(0.05));
                assertThat(meanLatitude).as("%s: second is the latitude", id).isCloseTo(latitude, within(0.05));
                double twiceArea = 0;
                for (int i = 0; i < ring.size() - 1; i++) {
                    twiceArea += ring.get(i).get(0) * ring.get(i + 1).get(1) - ring.get(i + 1).get(0) * ring.get(i).get(1);
                }
                assertThat(twiceArea).as("%s is counter-clockwise", id).isPositive();
            }
        }
    }

    @Nested
    class TheKmlExport {

        private Document parse(MvcTestResult result) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
        }

        @Test
        void isKmlTwoTwoWithOnePlacemarkPerZone() throws Exception {
            MvcTestResult result = get("/drop-zones.kml");

            assertThat(result).hasStatusOk().contentType()
                    .isCompatibleWith(MediaType.parseMediaType("application/vnd.google-earth.kml+xml"));
            Document kml = parse(result);
            assertThat(kml.getDocumentElement().getLocalName()).isEqualTo("kml");
            assertThat(kml.getDocumentElement().getNamespaceURI()).isEqualTo(KML);
            assertThat(kml.getElementsByTagNameNS(KML, "Placemark").getLength()).isEqualTo(6);
            assertThat(kml.getElementsByTagNameNS(KML, "Polygon").getLength()).isEqualTo(6);
        }

        @Test
        void givesEachPlacemarkAClosedRingAndItsZonesNameInRussian() throws Exception {
            NodeList placemarks = parse(get("/drop-zones.kml")).getElementsByTagNameNS(KML, "Placemark");

            for (int i = 0; i < placemarks.getLength(); i++) {
                Element placemark = (Element) placemarks.item(i);
                String[] tuples = placemark.getElementsByTagNameNS(KML, "coordinates").item(0).getTextContent()
                        .strip().split("\\s+");
                assertThat(tuples.length).isGreaterThanOrEqualTo(33);
                assertThat(tuples[0]).isEqualTo(tuples[tuples.length - 1]).matches("\\d+(\\.\\d+)?,\\d+(\\.\\d+)?");
                assertThat(data(placemark, "names.ru")).containsPattern("\\p{IsCyrillic}");
                assertThat(data(placemark, "approximate")).isEqualTo("true");
            }
        }

        private String data(Element placemark, String name) {
            NodeList data = placemark.getElementsByTagNameNS(KML, "Data");
            for (int i = 0; i < data.getLength(); i++) {
                Element element = (Element) data.item(i);
                if (name.equals(element.getAttribute("name"))) {
                    return element.getElementsByTagNameNS(KML, "value").item(0).getTextContent();
                }
            }
            return null;
        }
    }
}
