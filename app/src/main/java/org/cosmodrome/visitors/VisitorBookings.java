package org.cosmodrome.visitors;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.manifest.Launch;
import org.cosmodrome.manifest.NetPrecision;
import org.cosmodrome.platform.AccessDenied;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.Role;
import org.cosmodrome.platform.RuleViolation;
import org.cosmodrome.sites.Pad;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookings of tours and launch viewings. The slot's row is locked while its places are counted, so concurrent
 * bookings queue up in the database and a slot never holds more than its capacity; the rest wait in order.
 */
@Service
public class VisitorBookings {

    /**
     * A booking request: an existing visitor ({@code visitor}) or a new one (name, nationality, document number), and
     * either a tour or a launch with a viewing point.
     */
    public record BookingRequest(String visitor, String name, String nationality, String documentNumber, String tour,
            String launch, String point) {
    }

    private final VisitorRecords records;
    private final Viewing viewing;
    private final Ledger ledger;
    private final CurrentActor currentActor;
    private final Clock clock;

    VisitorBookings(VisitorRecords records, Viewing viewing, Ledger ledger, CurrentActor currentActor, Clock clock) {
        this.records = records;
        this.viewing = viewing;
        this.ledger = ledger;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Transactional
    public Booking book(BookingRequest request) {
        Actor actor = currentActor.get();
        boolean tour = request.tour() != null && !request.tour().isBlank();
        boolean launch = request.launch() != null && !request.launch().isBlank();
        if (tour == launch) {
            throw new InvalidField("tour", "booking.target.required", "a booking is for a tour or for a launch, one");
        }
        Visitor visitor = visitorFor(request, actor);
        String id = "bk-" + UUID.randomUUID();
        // The ledger's lock is taken before the slot's row lock, in the order a launch slip takes them (the manifest
        // enters the NET change in the ledger before this module moves the bookings), so the two cannot deadlock.
        Map<String, Object> requested = new LinkedHashMap<>();
        requested.put("visitor", visitor.id());
        requested.put("tour", tour ? request.tour() : null);
        requested.put("launch", launch ? request.launch() : null);
        requested.put("point", launch ? request.point() : null);
        ledger.append("visitor.booking.requested", "visitor-booking", id, List.of(), requested);
        VisitorRecords.Slot slot;
        if (tour) {
            Tour t = records.tour(request.tour()).orElseThrow(() -> new InvalidField("tour", "booking.tour.unknown",
                    "tour '" + request.tour() + "' does not exist"));
            slot = records.lockTourSlot(t, t.startsAt().atZone(NetPrecision.SITE_TIME).toLocalDate());
        } else {
            if (request.point() == null || request.point().isBlank()) {
                throw new InvalidField("point", "booking.point.required", "a launch viewing needs a viewing point");
            }
            ViewingPoint point = records.point(request.point()).orElseThrow(() -> new InvalidField("point",
                    "booking.point.unknown", "viewing point '" + request.point() + "' does not exist"));
            Launch l;
            try {
                l = viewing.viewable(request.launch(), actor);
            } catch (RecordNotFound e) {
                throw new InvalidField("launch", "booking.launch.unknown",
                        "launch '" + request.launch() + "' is not open to visitors");
            }
            Pad pad = viewing.padOf(l).orElseThrow(() -> new RuleViolation("booking.launch.unplaced", "launch",
                    "launch '" + request.launch() + "' has no pad yet"));
            Viewing.PointForLaunch assessed = viewing.assess(point, pad, l.vehicle().value(), null);
            if (!assessed.open()) {
                throw new RuleViolation("booking.point.closed", "point", "viewing point '" + point.id()
                        + "' is closed for this launch: " + assessed.reason());
            }
            slot = records.lockViewingSlot(l.id().value(), point, Viewing.dayOf(l));
        }
        BookingStatus status = records.taken(slot.id()) >= slot.capacity() ? BookingStatus.WAITLISTED
                : records.approvedPass(visitor.id(), slot.day()) ? BookingStatus.CONFIRMED
                : BookingStatus.HELD_AWAITING_PASS;
        records.insertBooking(id, slot.id(), visitor.id(), slot.day(), status, clock.instant());
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("visitor", visitor.id());
        change.put("tour", slot.tour());
        change.put("launch", slot.launch());
        change.put("point", slot.point());
        change.put("day", slot.day().toString());
        change.put("status", status.name());
        ledger.append("visitor.booking.made", "visitor-booking", id, List.of(), change);
        return records.booking(id).orElseThrow();
    }

    /** Booking {@code id}, for its visitor's account and the operator only. */
    @Transactional(readOnly = true)
    public Booking get(String id) {
        Booking booking = records.booking(id).orElseThrow(() -> new RecordNotFound("booking", id));
        visible(booking.visitor(), currentActor.get());
        return booking;
    }

    /** Cancels booking {@code id}; a place it held goes to the first on the waitlist. */
    @Transactional
    public Booking cancel(String id) {
        get(id);
        // The ledger's lock first, then the slot's, as in booking and in a launch slip.
        ledger.append("visitor.booking.cancelled", "visitor-booking", id, List.of(), Map.of("booking", id));
        VisitorRecords.Slot slot = records.lockSlot(records.slotOf(id));
        Booking booking = records.booking(id).orElseThrow();
        if (booking.status() == BookingStatus.CANCELLED) {
            throw new RuleViolation("booking.already-cancelled", null, "booking " + id + " is already cancelled");
        }
        records.setStatus(id, BookingStatus.CANCELLED);
        if (booking.status().holdsPlace()) {
            promote(slot);
        }
        return records.booking(id).orElseThrow();
    }

    /** Fills the free places of {@code slot} (locked) from its waitlist, in order. */
    void promote(VisitorRecords.Slot slot) {
        while (records.taken(slot.id()) < slot.capacity()) {
            var next = records.firstWaiting(slot.id());
            if (next.isEmpty()) {
                return;
            }
            Booking b = next.get();
            BookingStatus status = records.approvedPass(b.visitor(), b.day()) ? BookingStatus.CONFIRMED
                    : BookingStatus.HELD_AWAITING_PASS;
            records.setStatus(b.id(), status);
            ledger.append("visitor.booking.promoted", "visitor-booking", b.id(), List.of(),
                    Map.of("status", status.name()));
        }
    }

    private Visitor visitorFor(BookingRequest request, Actor actor) {
        if (request.visitor() != null && !request.visitor().isBlank()) {
            Visitor v = records.visitor(request.visitor()).orElseThrow(() -> new InvalidField("visitor",
                    "booking.visitor.unknown", "visitor '" + request.visitor() + "' does not exist"));
            if (!owns(v, actor)) {
                throw new InvalidField("visitor", "booking.visitor.unknown",
                        "visitor '" + request.visitor() + "' does not exist");
            }
            if (v.anonymised()) {
                throw new RuleViolation("visitor.anonymised", "visitor", "visitor's data was deleted on request");
            }
            return v;
        }
        return PersonalData.register(records, ledger, clock, actor, request.name(), request.nationality(),
                request.documentNumber());
    }

    /** Whether {@code actor} may read and act for {@code visitor}: the operator, or the visitor's own account. */
    static boolean owns(Visitor visitor, Actor actor) {
        return actor.has(Role.SPACEPORT_OPERATOR) || actor.kind() == Actor.Kind.SYSTEM
                || (actor.has(Role.VISITOR) && actor.user().equals(visitor.account()));
    }

    /** The visitor {@code id} if {@code actor} may see it; 404 otherwise, so others learn nothing. */
    Visitor visible(String id, Actor actor) {
        Visitor v = records.visitor(id).orElseThrow(() -> new RecordNotFound("visitor", id));
        if (!owns(v, actor)) {
            throw new RecordNotFound("visitor", id);
        }
        return v;
    }

    static void requireOperator(Actor actor) {
        if (!actor.has(Role.SPACEPORT_OPERATOR)) {
            throw new AccessDenied("visitors.operator-only", "only the spaceport operator may do this");
        }
    }

}
