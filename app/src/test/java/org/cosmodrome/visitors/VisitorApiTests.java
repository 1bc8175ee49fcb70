package org.cosmodrome.visitors;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Principals;
import org.cosmodrome.Principals.Member;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.TestRecords.body;
import static org.cosmodrome.TestRecords.json;
import static org.cosmodrome.TestRecords.problem;

/** Visitors through the API and the services: capacity, waitlist, passes, launch slips, viewing and personal data. */
@RegistryContext
class VisitorApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    @Autowired
    VisitorCatalogue catalogue;

    @Autowired
    VisitorBookings bookings;

    @Autowired
    CurrentActor currentActor;

    MvcTestResult post(String path, Member member, String body) {
        var request = mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(body);
        if (member != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, principals.bearer(member));
        }
        return request.exchange();
    }

    MvcTestResult get(String path, Member member) {
        var request = mvc.get().uri(path);
        if (member != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, principals.bearer(member));
        }
        return request.exchange();
    }

    String tour(int capacity) {
        String id = TestRecords.uniqueId("test-tour");
        currentActor.runAs(Actor.system("test"), () -> catalogue.addTour(new Tour(id, "Test tour", "Site 254",
                Instant.parse("2028-06-01T05:00:00Z"), capacity, "en", "Test guide")));
        return id;
    }

    DocumentContext bookTour(Member member, String tour, String name) {
        MvcTestResult made = post("/api/v1/bookings", member, """
                {"tour": "%s", "name": "%s", "nationality": "DE", "documentNumber": "C01X00T47"}"""
                .formatted(tour, name));
        assertThat(made).as(body(made)).hasStatus(201);
        return json(made);
    }

    @Nested
    class Capacity {

        @Test
        void fiftyConcurrentBookingsForTheLastTenPlacesGiveTenPlacesAndFortyOnTheWaitlist() throws Exception {
            String tour = tour(12);
            bookTour(Principals.OPERATOR, tour, "Early One");
            bookTour(Principals.OPERATOR, tour, "Early Two");
            Actor visitor = Actor.user("t-storm-visitor", "kazcosmos", Set.of(Role.VISITOR));
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Callable<Booking>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String name = "Storm Visitor " + i;
                calls.add(() -> currentActor.runAs(visitor, () -> bookings.book(
                        new VisitorBookings.BookingRequest(null, name, "FR", "P" + name.hashCode(), tour, null,
                                null))));
            }
            List<BookingStatus> statuses = new ArrayList<>();
            try {
                for (Future<Booking> f : pool.invokeAll(calls)) {
                    statuses.add(f.get().status());
                }
            } finally {
                pool.shutdown();
            }

            assertThat(statuses.stream().filter(BookingStatus::holdsPlace)).hasSize(10);
            assertThat(statuses.stream().filter(s -> s == BookingStatus.WAITLISTED)).hasSize(40);
            Map<String, Object> listed = json(get("/api/v1/tours", null)).<List<Map<String, Object>>>read(
                    "$[?(@.tour.id == '" + tour + "')]").get(0);
            assertThat(listed).containsEntry("freePlaces", 0);
        }

        @Test
        void aCancelledPlaceGoesToTheFirstOnTheWaitlist() {
            String tour = tour(1);
            String first = bookTour(Principals.OPERATOR, tour, "First Holder").read("$.id");
            DocumentContext second = bookTour(Principals.OPERATOR, tour, "Second Waiting");
            DocumentContext third = bookTour(Principals.OPERATOR, tour, "Third Waiting");
            assertThat(second.read("$.status", String.class)).isEqualTo("WAITLISTED");

            MvcTestResult cancelled = post("/api/v1/bookings/" + first + "/cancellation", Principals.OPERATOR, "");

            assertThat(cancelled).as(body(cancelled)).hasStatus(201);
            assertThat(json(get("/api/v1/bookings/" + second.read("$.id"), Principals.OPERATOR))
                    .read("$.status", String.class)).isEqualTo("HELD_AWAITING_PASS");
            assertThat(json(get("/api/v1/bookings/" + third.read("$.id"), Principals.OPERATOR))
                    .read("$.status", String.class)).isEqualTo("WAITLISTED");
        }
    }

    @Nested
    class Passes {

        @Test
        void aBookingWithoutAnApprovedPassStaysUnconfirmedAndApprovalConfirmsIt() {
            String tour = tour(5);
            DocumentContext booking = bookTour(Principals.VISITOR, tour, "Anna Visitor");
            String id = booking.read("$.id");
            String visitor = booking.read("$.visitor");
            assertThat(booking.read("$.status", String.class)).isEqualTo("HELD_AWAITING_PASS");

            MvcTestResult applied = post("/api/v1/passes", Principals.VISITOR,
                    "{\"visitor\": \"" + visitor + "\", \"day\": \"2028-06-01\"}");
            assertThat(applied).as(body(applied)).hasStatus(201);
            String pass = json(applied).read("$.id");
            assertThat(json(get("/api/v1/bookings/" + id, Principals.VISITOR)).read("$.status", String.class))
                    .isEqualTo("HELD_AWAITING_PASS");

            assertThat(post("/api/v1/passes/" + pass + "/decision", Principals.VISITOR,
                    "{\"decision\": \"APPROVED\"}")).hasStatus(403);
            MvcTestResult refused = post("/api/v1/passes/" + pass + "/decision", Principals.OPERATOR,
                    "{\"decision\": \"REFUSED\", \"note\": \"incomplete\"}");
            assertThat(refused).as(body(refused)).hasStatus(201);
            assertThat(json(get("/api/v1/bookings/" + id, Principals.VISITOR)).read("$.status", String.class))
                    .isEqualTo("HELD_AWAITING_PASS");

            String second = json(post("/api/v1/passes", Principals.VISITOR,
                    "{\"visitor\": \"" + visitor + "\", \"day\": \"2028-06-01\"}")).read("$.id");
            assertThat(post("/api/v1/passes/" + second + "/decision", Principals.OPERATOR,
                    "{\"decision\": \"APPROVED\"}")).hasStatus(201);
            assertThat(json(get("/api/v1/bookings/" + id, Principals.VISITOR)).read("$.status", String.class))
                    .isEqualTo("CONFIRMED");
        }

        @Test
        void aPassTooCloseToTheDayIsRefusedNamingTheDay() {
            String visitor = bookTour(Principals.VISITOR, tour(5), "Late Applicant").read("$.visitor");
            String soon = java.time.LocalDate.now().plusDays(3).toString();

            DocumentContext problem = problem(post("/api/v1/passes", Principals.VISITOR,
                    "{\"visitor\": \"" + visitor + "\", \"day\": \"" + soon + "\"}"), 400);

            assertThat(TestRecords.errorFields(problem)).containsExactly("day");
        }
    }

    @Nested
    class Viewing {

        @Test
        void aPointInsideTheHazardRadiusIsClosedForTheLaunchAndCannotBeBooked() {
            String inside = TestRecords.uniqueId("test-point");
            currentActor.runAs(Actor.system("test"), () -> catalogue.addViewingPoint(new ViewingPoint(inside,
                    "Too close to 31/6", 46.0005, 63.566, 10, "test: about 0.5 km from 31/6")));

            MvcTestResult result = get("/api/v1/launches/progress-ms-35/viewing", null);

            assertThat(result).as(body(result)).hasStatusOk();
            DocumentContext viewing = json(result);
            Map<String, Object> close = viewing.<List<Map<String, Object>>>read(
                    "$.points[?(@.point.id == '" + inside + "')]").get(0);
            assertThat(close).containsEntry("open", false);
            assertThat((String) close.get("reason")).contains("hazard radius");
            Map<String, Object> far = viewing.<List<Map<String, Object>>>read(
                    "$.points[?(@.point.id == 'site-31-observation')]").get(0);
            assertThat(far).containsEntry("open", true);

            DocumentContext refused = problem(post("/api/v1/bookings", Principals.VISITOR, """
                    {"launch": "progress-ms-35", "point": "%s", "name": "Too Close", "nationality": "KZ",
                     "documentNumber": "N123"}""".formatted(inside)), 409);
            assertThat(refused.read("$.code", String.class)).isEqualTo("booking.point.closed");
        }
    }

    @Nested
    class LaunchSlips {

        String launchOn316(String net) {
            MvcTestResult created = post("/api/v1/launches", Principals.OPERATOR, """
                    {"mission": "Soyuz visitors %s", "organization": "roscosmos", "payload": "Cargo",
                     "payloadMassKg": 2500, "vehicle": "soyuz-2-1a", "orbit": {"named": "ISS"},
                     "earliest": "2028-03-01", "latest": "2028-05-31", "desired": "2028-03-10",
                     "priority": "COMMERCIAL", "fixedPad": "31-6"}""".formatted(TestRecords.uniqueId("slip")));
            assertThat(created).as(body(created)).hasStatus(201);
            String id = json(created).read("$.id");
            MvcTestResult first = post("/api/v1/launches/" + id + "/net", Principals.OPERATOR,
                    "{\"net\": \"" + net + "\", \"precision\": \"DAY\", \"reason\": \"REQUESTED\"}");
            assertThat(first).as(body(first)).hasStatus(201);
            return id;
        }

        @Test
        void aSlipMovesTheLaunchsViewingBookingsAndWritesTheirMessages() {
            String launch = launchOn316("2028-03-10");
            List<String> ids = new ArrayList<>();
            for (String name : List.of("Slip One", "Slip Two")) {
                MvcTestResult made = post("/api/v1/bookings", Principals.OPERATOR, """
                        {"launch": "%s", "point": "site-31-observation", "name": "%s", "nationality": "GB",
                         "documentNumber": "X%s"}""".formatted(launch, name, name.hashCode()));
                assertThat(made).as(body(made)).hasStatus(201);
                assertThat(json(made).read("$.day", String.class)).isEqualTo("2028-03-10");
                ids.add(json(made).read("$.id"));
            }

            MvcTestResult slipped = post("/api/v1/launches/" + launch + "/net", Principals.OPERATOR,
                    "{\"net\": \"2028-03-24\", \"precision\": \"DAY\", \"reason\": \"WEATHER\"}");
            assertThat(slipped).as(body(slipped)).hasStatus(201);

            for (String id : ids) {
                assertThat(json(get("/api/v1/bookings/" + id, Principals.OPERATOR)).read("$.day", String.class))
                        .isEqualTo("2028-03-24");
            }
            List<Map<String, Object>> messages = json(get("/api/v1/visitor-messages", Principals.OPERATOR))
                    .read("$[?(@.booking in ['" + ids.get(0) + "', '" + ids.get(1) + "'])]");
            assertThat(messages).hasSize(2);
            assertThat(messages).extracting(m -> m.get("kind")).containsOnly("booking.moved.refund-offered");
            assertThat(messages).extracting(m -> (String) m.get("body"))
                    .allSatisfy(text -> assertThat(text).contains("2028-03-24").contains("refund"));
            assertThat(messages).extracting(m -> m.get("status")).containsOnly("WRITTEN");
        }
    }

    @Nested
    class PersonalData {

        @Test
        void isSeenOnlyByTheVisitorsAccountAndTheOperatorAndNeverInPublic() {
            DocumentContext booking = bookTour(Principals.VISITOR, tour(5), "Private Person");
            String id = booking.read("$.id");
            String visitor = booking.read("$.visitor");

            assertThat(get("/api/v1/bookings/" + id, Principals.OTHER_VISITOR)).hasStatus(404);
            assertThat(get("/api/v1/visitors/" + visitor + "/export", Principals.OTHER_VISITOR)).hasStatus(404);
            assertThat(get("/api/v1/visitors/" + visitor + "/export", null)).hasStatus(401);
            assertThat(body(get("/api/v1/tours", null))).doesNotContain("Private Person");
            MvcTestResult export = get("/api/v1/visitors/" + visitor + "/export", Principals.VISITOR);
            assertThat(export).as(body(export)).hasStatusOk();
            assertThat(json(export).read("$.visitor.name", String.class)).isEqualTo("Private Person");
            assertThat(json(export).<List<String>>read("$.bookings[*].id")).containsExactly(id);
            assertThat(get("/api/v1/visitors/" + visitor + "/export", Principals.OPERATOR)).hasStatusOk();
        }

        @Test
        void deletionWipesTheNameAndDocumentAndKeepsThePlace() {
            DocumentContext booking = bookTour(Principals.VISITOR, tour(5), "Forget Me");
            String visitor = booking.read("$.visitor");

            MvcTestResult deleted = mvc.delete().uri("/api/v1/visitors/" + visitor)
                    .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.VISITOR)).exchange();

            assertThat(deleted).as(body(deleted)).hasStatusOk();
            DocumentContext export = json(get("/api/v1/visitors/" + visitor + "/export", Principals.OPERATOR));
            assertThat(export.read("$.visitor.name", String.class)).isNull();
            assertThat(export.read("$.visitor.documentNumber", String.class)).isNull();
            assertThat(export.read("$.visitor.anonymised", Boolean.class)).isTrue();
            assertThat(export.read("$.bookings[0].status", String.class)).isEqualTo("HELD_AWAITING_PASS");
        }
    }
}
