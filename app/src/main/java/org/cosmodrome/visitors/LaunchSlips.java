package org.cosmodrome.visitors;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.manifest.LaunchNetChanged;
import org.cosmodrome.sites.Pad;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a launch's viewing bookings with its NET, inside the manifest's transaction, and writes a message to each
 * visitor in the outbox. A move of at most {@link VisitorSettings#freeRebookingDays()} days is free; beyond it the
 * visitor may also ask for a refund. A point that the launch's pad now puts inside the hazard radius closes: its
 * bookings lose their place and are refunded. A visitor without an approved pass for the new day is held again.
 */
@Component
class LaunchSlips {

    private final VisitorRecords records;
    private final Viewing viewing;
    private final VisitorSettings settings;
    private final Ledger ledger;
    private final Clock clock;

    LaunchSlips(VisitorRecords records, Viewing viewing, VisitorSettings settings, Ledger ledger, Clock clock) {
        this.records = records;
        this.viewing = viewing;
        this.settings = settings;
        this.ledger = ledger;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void onNetChanged(LaunchNetChanged event) {
        LocalDate day = event.to().day();
        String launch = event.launch().id().value();
        Optional<Pad> pad = viewing.pad(event.launch().pad());
        for (VisitorRecords.Slot slot : records.lockViewingSlots(launch)) {
            if (slot.day().equals(day)) {
                continue;
            }
            LocalDate before = slot.day();
            records.moveSlot(slot.id(), day);
            long days = Math.abs(ChronoUnit.DAYS.between(before, day));
            boolean refund = days > settings.freeRebookingDays();
            ViewingPoint point = records.point(slot.point()).orElseThrow();
            Viewing.PointForLaunch assessed = pad.map(p -> viewing.assess(point, p, event.launch().vehicle(), null))
                    .orElse(null);
            boolean closed = assessed != null && !assessed.open();
            for (Booking b : records.bookingsIn(slot.id())) {
                if (b.status() == BookingStatus.CANCELLED || b.status() == BookingStatus.POINT_CLOSED) {
                    continue;
                }
                String kind;
                String text;
                String mission = event.launch().mission();
                if (closed) {
                    records.setStatus(b.id(), BookingStatus.POINT_CLOSED);
                    records.offerRefund(b.id());
                    kind = "booking.point-closed";
                    text = "The launch %s moved from %s to %s; viewing point %s is now closed (%s). Your booking %s"
                            .formatted(mission, before, day, point.name(), assessed.reason(), b.id())
                            + " is refunded in full.";
                } else {
                    if (b.status() == BookingStatus.CONFIRMED && !records.approvedPass(b.visitor(), day)) {
                        records.setStatus(b.id(), BookingStatus.HELD_AWAITING_PASS);
                    }
                    if (refund) {
                        records.offerRefund(b.id());
                    }
                    kind = refund ? "booking.moved.refund-offered" : "booking.moved";
                    text = "The launch %s moved from %s to %s; your booking %s at %s moves with it".formatted(mission,
                            before, day, b.id(), point.name())
                            + (refund ? ". The move is more than " + settings.freeRebookingDays()
                                    + " days: you may keep the new date free of charge or ask for a full refund."
                                    : ", free of charge.")
                            + (records.approvedPass(b.visitor(), day) ? ""
                                    : " Your pass must be approved for the new date before the booking is confirmed.");
                }
                records.insertMessage(b.visitor(), b.id(), kind, text, clock.instant());
                ledger.append("visitor.booking.moved", "visitor-booking", b.id(), List.of(), Map.of("launch", launch,
                        "from", before.toString(), "to", day.toString(), "kind", kind));
            }
        }
    }
}
