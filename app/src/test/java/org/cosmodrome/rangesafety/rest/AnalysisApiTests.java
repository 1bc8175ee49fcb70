package org.cosmodrome.rangesafety.rest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Principals;
import org.cosmodrome.Principals.Member;
import org.cosmodrome.RegistryContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.TestRecords.body;
import static org.cosmodrome.TestRecords.errorFields;
import static org.cosmodrome.TestRecords.json;
import static org.cosmodrome.TestRecords.problem;

/** Requesting a range-safety analysis, following its progress and reading its footprint. */
@RegistryContext
class AnalysisApiTests {

    private static final String API = "/api/v1/range-safety/analyses";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    private MvcTestResult post(Member member, String body) {
        var request = mvc.post().uri(API).contentType(MediaType.APPLICATION_JSON).content(body);
        if (member != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, principals.bearer(member));
        }
        return request.exchange();
    }

    private MvcTestResult get(String path, Member member) {
        var request = mvc.get().uri(path);
        if (member != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, principals.bearer(member));
        }
        return request.exchange();
    }

    /** Polls the analysis until it is finished, for at most two minutes. */
    private DocumentContext finished(String id, Member member) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            DocumentContext analysis = json(get(API + "/" + id, member));
            String status = analysis.read("$.status");
            if (status.equals("DONE") || status.equals("FAILED")) {
                return analysis;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("analysis " + id + " did not finish in two minutes");
    }

    @Nested
    class Refusals {

        @Test
        void namesTheVehicleWhenItHasNoTrajectoryModel() {
            DocumentContext p = problem(post(Principals.OPERATOR,
                    "{\"vehicle\": \"vikram-1\", \"pad\": \"31-6\", \"inclination\": 51.6}"), 400);
            assertThat(errorFields(p)).containsExactly("vehicle");
        }

        @Test
        void namesThePadWhenItDoesNotSupportTheVehicle() {
            DocumentContext p = problem(post(Principals.OPERATOR,
                    "{\"vehicle\": \"soyuz-2-1a\", \"pad\": \"81-24\", \"inclination\": 51.6}"), 400);
            assertThat(errorFields(p)).containsExactly("pad");
        }

        @Test
        void namesTheInclinationWhenThePadCannotReachIt() {
            // Baikonur lies at 46° N: no direct launch reaches an inclination below that
            DocumentContext p = problem(post(Principals.OPERATOR,
                    "{\"vehicle\": \"soyuz-2-1a\", \"pad\": \"31-6\", \"inclination\": 40}"), 400);
            assertThat(errorFields(p)).containsExactly("inclination");
            assertThat(p.read("$.detail", String.class)).contains("cannot be reached");
        }

        @Test
        void namesTheSamplesWhenTooFewToDecide() {
            DocumentContext p = problem(post(Principals.OPERATOR,
                    "{\"vehicle\": \"soyuz-2-1a\", \"pad\": \"31-6\", \"inclination\": 51.6, \"samples\": 5}"), 400);
            assertThat(errorFields(p)).containsExactly("samples");
        }

        @Test
        void refusesABidderAndAnyoneNotSignedIn() {
            String body = "{\"vehicle\": \"soyuz-2-1a\", \"pad\": \"31-6\", \"inclination\": 51.6}";
            assertThat(post(Principals.BIDDER, body)).hasStatus(403);
            assertThat(post(null, body)).hasStatus(401);
        }
    }

    @Nested
    class Footprint {

        @Test
        void soyuzToTheIssPlaneIsGoWithItsBoostersAndCoreInTheirZones() throws InterruptedException {
            MvcTestResult accepted = post(Principals.OPERATOR, """
                    {"vehicle": "soyuz-2-1a", "pad": "31-6", "inclination": 51.6, "samples": 600, "seed": 7}""");
            assertThat(accepted).as(body(accepted)).hasStatus(202);
            String id = json(accepted).read("$.id");
            assertThat(accepted.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo(API + "/" + id);

            DocumentContext done = finished(id, Principals.OPERATOR);
            assertThat(done.read("$.status", String.class)).as(done.jsonString()).isEqualTo("DONE");
            assertThat(done.read("$.verdict", String.class)).isEqualTo("GO");
            assertThat(done.read("$.progress", Double.class)).isEqualTo(100.0);
            assertThat(done.read("$.seed", Long.class)).isEqualTo(7L);
            assertThat(done.read("$.modelVersion", String.class)).startsWith("rangesafety-");
            assertThat(done.read("$.result.stages[*].stage", List.class)).containsExactly("boosters", "fairing", "core");
            // no source names where Soyuz fairings fall: the corridor gives them no zone, so no containment either
            assertThat(done.read("$.result.stages[*].zone", List.class)).containsExactly("ulytau", null,
                    "altai-ust-kan");
            List<Double> containment = done.read("$.result.stages[?(@.zone)].containment.estimate");
            assertThat(containment).hasSize(2).allSatisfy(c -> assertThat(c).isGreaterThanOrEqualTo(0.97));
            assertThat(done.read("$.result.stages[0].ellipses[*].sigmas", List.class)).containsExactly(1, 2, 3);
            assertThat(done.read("$.result.casualtyExpectation.estimate", Double.class)).isLessThanOrEqualTo(1e-4);
            assertThat(done.read("$.result.stages[0].impacts.length()", Integer.class)).isEqualTo(600);
        }

        @Test
        void theSameRequestAndSeedGiveTheSameResult() throws InterruptedException {
            String request = """
                    {"vehicle": "soyuz-2-1b", "pad": "31-6", "inclination": 97.6, "samples": 200, "seed": 3}""";
            String first = json(post(Principals.OPERATOR, request)).read("$.id");
            String second = json(post(Principals.OPERATOR, request)).read("$.id");
            Map<String, Object> a = finished(first, Principals.OPERATOR).read("$.result");
            Map<String, Object> b = finished(second, Principals.OPERATOR).read("$.result");
            assertThat(b).isEqualTo(a);
        }

        @Test
        void exportsImpactsEllipsesAndZonesAsGeoJsonAndKml() throws Exception {
            String id = json(post(Principals.OPERATOR, """
                    {"vehicle": "soyuz-2-1a", "pad": "31-6", "inclination": 51.6, "samples": 150}""")).read("$.id");
            finished(id, Principals.OPERATOR);

            MvcTestResult geojson = get(API + "/" + id + ".geojson", Principals.LESSEE);
            assertThat(geojson).hasStatusOk();
            assertThat(geojson).contentType().isCompatibleWith("application/geo+json");
            DocumentContext collection = json(geojson);
            assertThat(collection.read("$.type", String.class)).isEqualTo("FeatureCollection");
            List<String> boosterPoints = collection.read(
                    "$.features[?(@.properties.kind == 'impact' && @.properties.stage == 'boosters')].geometry.type");
            assertThat(boosterPoints).hasSize(150).containsOnly("Point");
            assertThat(collection.read("$.features[?(@.properties.kind == 'ellipse')].properties.sigmas",
                    List.class)).hasSize(9);
            assertThat(collection.read("$.features[?(@.properties.kind == 'drop-zone')].id", List.class))
                    .containsExactlyInAnyOrder("zone-ulytau", "zone-altai-ust-kan");

            MvcTestResult kml = get(API + "/" + id + ".kml", Principals.LESSEE);
            assertThat(kml).hasStatusOk();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(body(kml).getBytes(StandardCharsets.UTF_8)));
            assertThat(document.getElementsByTagNameNS("http://www.opengis.net/kml/2.2", "Placemark").getLength())
                    .isGreaterThan(300);
        }
    }

    @Nested
    class Privacy {

        @Test
        void aTenantsAnalysisIsHiddenFromOtherTenantsButNotFromOverseers() throws InterruptedException {
            String id = json(post(Principals.LESSEE, """
                    {"vehicle": "soyuz-2-1a", "pad": "31-6", "inclination": 51.6, "samples": 100}""")).read("$.id");
            assertThat(get(API + "/" + id, Principals.SKYROOT)).hasStatus(404);
            assertThat(get(API + "/" + id, Principals.HOST)).hasStatusOk();
            assertThat(get(API + "/" + id, Principals.LESSEE)).hasStatusOk();
            List<String> seenBySkyroot = json(get(API + "?size=500", Principals.SKYROOT)).read("$.items[*].id");
            assertThat(seenBySkyroot).doesNotContain(id);
        }

        @Test
        void anUnknownAnalysisIsNotFound() {
            problem(get(API + "/00000000-0000-0000-0000-000000000000", Principals.OPERATOR), 404);
            problem(get(API + "/not-a-uuid", Principals.OPERATOR), 404);
        }
    }
}
