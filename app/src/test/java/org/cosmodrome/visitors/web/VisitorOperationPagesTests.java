package org.cosmodrome.visitors.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Principals;
import org.cosmodrome.Principals.Member;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.visitors.ViewingPoint;
import org.cosmodrome.visitors.VisitorCatalogue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.TestRecords.body;
import static org.cosmodrome.TestRecords.json;

/**
 * The operator's visitor pages: the places shown match the bookings made through the API, a pass approved from the
 * page confirms the visitor's held booking, and nobody but the operator reaches the pages or the visitors' documents.
 */
@RegistryContext
class VisitorOperationPagesTests {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    @Autowired
    VisitorCatalogue catalogue;

    @Autowired
    CurrentActor currentActor;

    MvcTestResult post(String path, Member member, String body) {
        return mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(body)
                .header(HttpHeaders.AUTHORIZATION, principals.bearer(member)).exchange();
    }

    MvcTestResult get(String path, Member member) {
        return mvc.get().uri(path).header(HttpHeaders.AUTHORIZATION, principals.bearer(member)).exchange();
    }

    /** A launch of the operator on pad 31/6 on 2028-03-10. */
    String launch() {
        MvcTestResult created = post("/api/v1/launches", Principals.OPERATOR, """
                {"mission": "Soyuz places %s", "organization": "roscosmos", "payload": "Cargo",
                 "payloadMassKg": 2500, "vehicle": "soyuz-2-1a", "orbit": {"named": "ISS"},
                 "earliest": "2028-03-01", "latest": "2028-05-31", "desired": "2028-03-10",
                 "priority": "COMMERCIAL", "fixedPad": "31-6"}""".formatted(TestRecords.uniqueId("places")));
        assertThat(created).as(body(created)).hasStatus(201);
        String id = json(created).read("$.id");
        MvcTestResult net = post("/api/v1/launches/" + id + "/net", Principals.OPERATOR,
                "{\"net\": \"2028-03-10\", \"precision\": \"DAY\", \"reason\": \"REQUESTED\"}");
        assertThat(net).as(body(net)).hasStatus(201);
        return id;
    }

    /** A viewing point of two places about 6 km from 31/6, open for a Soyuz. */
    String point() {
        String id = TestRecords.uniqueId("ops-point");
        currentActor.runAs(Actor.system("test"), () -> catalogue.addViewingPoint(new ViewingPoint(id,
                "Operator test point " + id, 46.05, 63.60, 2, "test: a point away from 31/6")));
        return id;
    }

    DocumentContext book(String launch, String point, String name, String document) {
        MvcTestResult made = post("/api/v1/bookings", Principals.OPERATOR, """
                {"launch": "%s", "point": "%s", "name": "%s", "nationality": "DE", "documentNumber": "%s"}"""
                .formatted(launch, point, name, document));
        assertThat(made).as(body(made)).hasStatus(201);
        return json(made);
    }

    String passFor(String visitor, String day) {
        MvcTestResult applied = post("/api/v1/passes", Principals.OPERATOR,
                "{\"visitor\": \"" + visitor + "\", \"day\": \"" + day + "\"}");
        assertThat(applied).as(body(applied)).hasStatus(201);
        return json(applied).read("$.id");
    }

    static String csrf(MvcTestResult page) {
        Matcher m = CSRF_FIELD.matcher(body(page));
        assertThat(m.find()).as("a CSRF field on the page").isTrue();
        return m.group(1);
    }

    /** The text of the cell {@code column} in the row {@code row} of the capacity page. */
    static String cell(String page, String row, String column) {
        int start = page.indexOf("data-testid=\"" + row + "\"");
        assertThat(start).as("row %s on the page", row).isNotNegative();
        int end = page.indexOf("</tr>", start);
        Matcher m = Pattern.compile("data-testid=\"" + column + "\">([^<]*)<").matcher(page.substring(start, end));
        assertThat(m.find()).as("cell %s of %s", column, row).isTrue();
        return m.group(1);
    }

    @Test
    void thePlacesShownAreThoseOfTheBookingsMadeThroughTheApiAndAPassApprovedOnThePageConfirmsTheHeldBooking() {
        String launch = launch();
        String point = point();
        DocumentContext first = book(launch, point, "Places First", "DOC-PLACES-1");
        DocumentContext second = book(launch, point, "Places Second", "DOC-PLACES-2");
        DocumentContext third = book(launch, point, "Places Third", "DOC-PLACES-3");
        assertThat(List.of(first.read("$.status", String.class), second.read("$.status", String.class),
                third.read("$.status", String.class))).containsExactly("HELD_AWAITING_PASS", "HELD_AWAITING_PASS",
                "WAITLISTED");
        MockHttpSession operator = principals.consoleSession(mvc, Principals.OPERATOR);
        String row = "capacity-row-" + launch + "-" + point;

        MvcTestResult before = mvc.get().uri("/visitors/operations?lang=en").session(operator).exchange();
        assertThat(before).hasStatusOk();
        String page = body(before);
        assertThat(List.of(cell(page, row, "capacity"), cell(page, row, "confirmed"), cell(page, row, "held"),
                cell(page, row, "waitlisted"), cell(page, row, "free"))).containsExactly("2", "0", "2", "1", "0");
        assertThat(page).contains("capacity-chart", "/js/visitor-capacity.js", "visitor-capacity-data");

        String pass = passFor(first.read("$.visitor"), "2028-03-10");
        MvcTestResult queue = mvc.get().uri("/visitors/passes?lang=en").session(operator).exchange();
        assertThat(queue).hasStatusOk();
        assertThat(body(queue)).contains("data-testid=\"pending-" + pass + "\"", "Places First", "DE");
        MvcTestResult decided = mvc.post().uri("/visitors/passes/" + pass + "/decision").session(operator)
                .param("_csrf", csrf(queue)).param("decision", "APPROVED").exchange();
        assertThat(decided).hasStatus3xxRedirection();
        assertThat(decided.getResponse().getRedirectedUrl()).endsWith("/visitors/passes");

        assertThat(json(get("/api/v1/bookings/" + first.read("$.id"), Principals.OPERATOR))
                .read("$.status", String.class)).isEqualTo("CONFIRMED");
        assertThat(json(get("/api/v1/passes/" + pass, Principals.OPERATOR)).read("$.status", String.class))
                .isEqualTo("APPROVED");
        String after = body(mvc.get().uri("/visitors/operations?lang=en").session(operator).exchange());
        assertThat(List.of(cell(after, row, "confirmed"), cell(after, row, "held"), cell(after, row, "waitlisted"),
                cell(after, row, "free"))).containsExactly("1", "1", "1", "0");
        String passes = body(mvc.get().uri("/visitors/passes?lang=en").session(operator).exchange());
        assertThat(passes).doesNotContain("data-testid=\"pending-" + pass + "\"")
                .contains("data-testid=\"decided-" + pass + "\"");

        MvcTestResult csv = mvc.get().uri("/visitors/operations.csv").session(operator).exchange();
        assertThat(csv).hasStatusOk();
        assertThat(body(csv)).startsWith("kind,launch,mission,tour,point,day,capacity,confirmed")
                .contains("viewing," + launch + ",").contains("," + point + ",2028-03-10,2,1,1,1,0,true,");
    }

    @Test
    void aPointInsideTheHazardRadiusIsShownClosedWithItsDistance() {
        String launch = launch();
        String inside = TestRecords.uniqueId("ops-inside");
        currentActor.runAs(Actor.system("test"), () -> catalogue.addViewingPoint(new ViewingPoint(inside,
                "Too close " + inside, 46.0005, 63.566, 10, "test: about 0.5 km from 31/6")));
        book(launch, point(), "Keeps Launch Listed", "DOC-LISTED");

        String page = body(mvc.get().uri("/visitors/operations?lang=en")
                .session(principals.consoleSession(mvc, Principals.OPERATOR)).exchange());

        String row = "capacity-row-" + launch + "-" + inside;
        assertThat(cell(page, row, "free")).isEqualTo("0");
        int start = page.indexOf("data-testid=\"" + row + "\"");
        assertThat(page.substring(start, page.indexOf("</tr>", start))).contains("Closed:", "hazard radius");
    }

    @Test
    void aVisitorOrATenantGetsNoPageAndNeverSeesADocumentNumber() {
        String launch = launch();
        DocumentContext booking = book(launch, point(), "Hidden Person", "DOC-SECRET-77");
        String pass = passFor(booking.read("$.visitor"), "2028-03-10");
        List<String> pages = List.of("/visitors/operations", "/visitors/operations.csv", "/visitors/passes",
                "/visitors/messages");

        List<MvcTestResult> refused = new ArrayList<>();
        for (Member member : List.of(Principals.VISITOR, Principals.LESSEE, Principals.SKYROOT)) {
            MockHttpSession session = principals.consoleSession(mvc, member);
            for (String path : pages) {
                refused.add(mvc.get().uri(path).session(session).exchange());
            }
            MvcTestResult own = mvc.get().uri("/visitors").session(session).exchange();
            assertThat(own).hasStatusOk();
            assertThat(body(own)).doesNotContain("DOC-SECRET-77", "Hidden Person")
                    .doesNotContain("nav-visitor-passes");
            MvcTestResult forged = mvc.post().uri("/visitors/passes/" + pass + "/decision").session(session)
                    .param("_csrf", csrf(own)).param("decision", "APPROVED").exchange();
            assertThat(forged).hasStatus(403);
        }
        for (String path : pages) {
            refused.add(mvc.get().uri(path).exchange());
        }

        assertThat(refused).allSatisfy(answer -> {
            assertThat(answer.getResponse().getStatus()).isIn(302, 401, 403);
            assertThat(body(answer)).doesNotContain("DOC-SECRET-77", "Hidden Person");
        });
        assertThat(refused.subList(0, 12)).allSatisfy(answer -> assertThat(answer).hasStatus(403));
        assertThat(json(get("/api/v1/passes/" + pass, Principals.OPERATOR)).read("$.status", String.class))
                .isEqualTo("SUBMITTED");
        assertThat(json(get("/api/v1/bookings/" + booking.read("$.id"), Principals.OPERATOR))
                .read("$.status", String.class)).isEqualTo("HELD_AWAITING_PASS");
        MvcTestResult operator = mvc.get().uri("/visitors/passes")
                .session(principals.consoleSession(mvc, Principals.OPERATOR)).exchange();
        assertThat(body(operator)).contains("Hidden Person", "DOC-SECRET-77", "nav-visitor-passes");
    }

    @Test
    void theOutboxShowsTheMessagesOfASlipNewestFirst() {
        String launch = launch();
        String booking = book(launch, point(), "Slipped Viewer", "DOC-SLIP").read("$.id");
        MvcTestResult slipped = post("/api/v1/launches/" + launch + "/net", Principals.OPERATOR,
                "{\"net\": \"2028-03-12\", \"precision\": \"DAY\", \"reason\": \"WEATHER\"}");
        assertThat(slipped).as(body(slipped)).hasStatus(201);
        MvcTestResult again = post("/api/v1/launches/" + launch + "/net", Principals.OPERATOR,
                "{\"net\": \"2028-03-25\", \"precision\": \"DAY\", \"reason\": \"WEATHER\"}");
        assertThat(again).as(body(again)).hasStatus(201);

        MvcTestResult page = mvc.get().uri("/visitors/messages?lang=en")
                .session(principals.consoleSession(mvc, Principals.OPERATOR)).exchange();

        assertThat(page).hasStatusOk();
        List<String> rows = new ArrayList<>();
        for (String row : body(page).split("</tr>")) {
            if (row.contains("data-testid=\"visitor-message\"") && row.contains(booking)) {
                rows.add(row);
            }
        }
        assertThat(rows).as("the two messages of the booking").hasSize(2);
        assertThat(rows.get(0)).as("newest first").contains("Booking moved, refund offered", "2028-03-25");
        assertThat(rows.get(1)).contains("Booking moved<", "2028-03-12").doesNotContain("refund offered");
    }
}
