package org.cosmodrome.visitors.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.visitors.Booking;
import org.cosmodrome.visitors.Pass;
import org.cosmodrome.visitors.PassStatus;
import org.cosmodrome.visitors.PersonalData;
import org.cosmodrome.visitors.ViewingPoint;
import org.cosmodrome.visitors.Viewing;
import org.cosmodrome.visitors.Visitor;
import org.cosmodrome.visitors.VisitorBookings;
import org.cosmodrome.visitors.VisitorCatalogue;
import org.cosmodrome.visitors.VisitorInbox;
import org.cosmodrome.visitors.VisitorMessage;
import org.cosmodrome.visitors.VisitorPasses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Visitors: viewing, tours, bookings, passes, messages and personal data. */
@RestController
@RequestMapping("/api/v1")
class VisitorController {

    record PassBody(String visitor, LocalDate day) {
    }

    record DecisionBody(PassStatus decision, String note) {
    }

    private final Viewing viewing;
    private final VisitorCatalogue catalogue;
    private final VisitorBookings bookings;
    private final VisitorPasses passes;
    private final VisitorInbox inbox;
    private final PersonalData personalData;
    private final CurrentActor currentActor;

    VisitorController(Viewing viewing, VisitorCatalogue catalogue, VisitorBookings bookings, VisitorPasses passes,
            VisitorInbox inbox, PersonalData personalData, CurrentActor currentActor) {
        this.viewing = viewing;
        this.catalogue = catalogue;
        this.bookings = bookings;
        this.passes = passes;
        this.inbox = inbox;
        this.personalData = personalData;
        this.currentActor = currentActor;
    }

    @GetMapping("/viewing-points")
    @Operation(summary = "Viewing points with their coordinates and capacity")
    List<ViewingPoint> points() {
        return viewing.points();
    }

    @GetMapping("/launches/{id}/viewing")
    @Operation(summary = "A launch's viewing points, open or closed with the reason, and their free places",
            description = "A point is open only farther from the launch's pad than the vehicle family's hazard radius.")
    Viewing.LaunchViewing launchViewing(@PathVariable String id) {
        return viewing.forLaunch(id, currentActor.get());
    }

    @GetMapping("/tours")
    @Operation(summary = "Tours with their free places")
    List<VisitorCatalogue.TourPlaces> tours() {
        return catalogue.tours();
    }

    @PostMapping("/bookings")
    @Operation(summary = "Book a tour or a launch viewing",
            description = "HELD_AWAITING_PASS until the visitor's pass for the day is approved; WAITLISTED when full.")
    ResponseEntity<Booking> book(@RequestBody VisitorBookings.BookingRequest body) {
        Booking booking = bookings.book(body);
        return ResponseEntity.created(URI.create("/api/v1/bookings/" + booking.id())).body(booking);
    }

    @GetMapping("/bookings/{id}")
    @Operation(summary = "A booking, for its visitor's account and the operator")
    Booking booking(@PathVariable String id) {
        return bookings.get(id);
    }

    @PostMapping("/bookings/{id}/cancellation")
    @Operation(summary = "Cancel a booking; its place goes to the first on the waitlist")
    ResponseEntity<Booking> cancel(@PathVariable String id) {
        return ResponseEntity.status(201).body(bookings.cancel(id));
    }

    @PostMapping("/passes")
    @Operation(summary = "Apply for a pass for a visitor on a day, at least the site's lead time ahead")
    ResponseEntity<Pass> apply(@RequestBody PassBody body) {
        Pass pass = passes.apply(body.visitor(), body.day());
        return ResponseEntity.created(URI.create("/api/v1/passes/" + pass.id())).body(pass);
    }

    @GetMapping("/passes/{id}")
    @Operation(summary = "A pass application, for its visitor's account and the operator")
    Pass pass(@PathVariable String id) {
        return passes.get(id);
    }

    @PostMapping("/passes/{id}/decision")
    @Operation(summary = "Approve or refuse a pass (the spaceport operator)")
    ResponseEntity<Pass> decide(@PathVariable String id, @RequestBody DecisionBody body) {
        return ResponseEntity.status(201).body(passes.decide(id, body.decision(), body.note()));
    }

    @GetMapping("/visitor-messages")
    @Operation(summary = "Messages to visitors: all for the operator, a visitor's account its own")
    List<VisitorMessage> messages(@RequestParam(required = false) String visitor) {
        return inbox.messages(visitor);
    }

    @GetMapping("/visitors/{id}/export")
    @Operation(summary = "Everything kept about a visitor, as JSON")
    PersonalData.Export export(@PathVariable String id) {
        return personalData.export(id);
    }

    @DeleteMapping("/visitors/{id}")
    @Operation(summary = "Delete a visitor's personal data on request",
            description = "Anonymises: name, nationality, document number and message texts are wiped; bookings keep"
                    + " their places until cancelled.")
    Visitor delete(@PathVariable String id) {
        return personalData.delete(id);
    }
}
