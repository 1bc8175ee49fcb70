package org.cosmodrome.visitors;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.manifest.NetPrecision;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pass applications: submitted at least the site's lead time before the day ({@link VisitorSettings#leadDays}),
 * decided by the spaceport operator. Approval confirms the visitor's held bookings of that day.
 */
@Service
public class VisitorPasses {

    private final VisitorRecords records;
    private final VisitorBookings bookings;
    private final VisitorSettings settings;
    private final Ledger ledger;
    private final CurrentActor currentActor;
    private final Clock clock;

    VisitorPasses(VisitorRecords records, VisitorBookings bookings, VisitorSettings settings, Ledger ledger,
            CurrentActor currentActor, Clock clock) {
        this.records = records;
        this.bookings = bookings;
        this.settings = settings;
        this.ledger = ledger;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Transactional
    public Pass apply(String visitorId, LocalDate day) {
        if (visitorId == null || visitorId.isBlank()) {
            throw new InvalidField("visitor", "pass.visitor.required", "a pass is for a visitor");
        }
        if (day == null) {
            throw new InvalidField("day", "pass.day.required", "a pass is for a day");
        }
        Visitor visitor;
        try {
            visitor = bookings.visible(visitorId, currentActor.get());
        } catch (RecordNotFound e) {
            throw new InvalidField("visitor", "pass.visitor.unknown", "visitor '" + visitorId + "' does not exist");
        }
        if (visitor.anonymised()) {
            throw new RuleViolation("visitor.anonymised", "visitor", "visitor's data was deleted on request");
        }
        LocalDate today = LocalDate.now(clock.withZone(NetPrecision.SITE_TIME));
        int lead = settings.leadDays(visitor.nationality());
        if (ChronoUnit.DAYS.between(today, day) < lead) {
            throw new InvalidField("day", "pass.lead-time", "a pass for a visitor of nationality "
                    + visitor.nationality() + " is applied for at least " + lead + " days ahead");
        }
        Pass pass = new Pass("ps-" + UUID.randomUUID(), visitor.id(), day, PassStatus.SUBMITTED, null);
        records.insertPass(pass, clock.instant());
        ledger.append("visitor.pass.submitted", "visitor-pass", pass.id(), List.of(),
                Map.of("visitor", visitor.id(), "day", day.toString()));
        return pass;
    }

    /** The operator approves or refuses a submitted pass; approval confirms the visitor's held bookings that day. */
    @Transactional
    public Pass decide(String id, PassStatus decision, String note) {
        Actor actor = currentActor.get();
        VisitorBookings.requireOperator(actor);
        if (decision == null || decision == PassStatus.SUBMITTED) {
            throw new InvalidField("decision", "pass.decision.invalid", "the decision is APPROVED or REFUSED");
        }
        Pass pass = records.lockPass(id).orElseThrow(() -> new RecordNotFound("pass", id));
        if (pass.status() != PassStatus.SUBMITTED) {
            throw new RuleViolation("pass.already-decided", "decision", "pass " + id + " is already " + pass.status());
        }
        records.decide(id, decision, note, actor.user(), clock.instant());
        ledger.append("visitor.pass.decided", "visitor-pass", id, List.of(), Map.of("decision", decision.name()));
        if (decision == PassStatus.APPROVED) {
            confirmHeld(pass.visitor(), pass.day());
        }
        return records.pass(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Pass get(String id) {
        Pass pass = records.pass(id).orElseThrow(() -> new RecordNotFound("pass", id));
        bookings.visible(pass.visitor(), currentActor.get());
        return pass;
    }

    void confirmHeld(String visitor, LocalDate day) {
        for (Booking b : records.heldOn(visitor, day)) {
            records.setStatus(b.id(), BookingStatus.CONFIRMED);
            ledger.append("visitor.booking.confirmed", "visitor-booking", b.id(), List.of(), Map.of("day",
                    day.toString()));
        }
    }
}
