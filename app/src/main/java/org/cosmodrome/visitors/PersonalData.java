package org.cosmodrome.visitors;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A visitor's personal data: registered with a first booking or pass, exported and deleted on request, read only by
 * the visitor's own account and the operator. The ledger never holds it: entries name the visitor's id only.
 * <p>
 * Deletion anonymises: name, nationality and document number are wiped, the texts of the visitor's messages too; the
 * bookings stay as they are (a held or confirmed place stays taken, so the others' places and the waitlist order do
 * not change); the visitor cancels bookings separately to free their places.
 */
@Service
public class PersonalData {

    /** Everything the spaceport keeps about a visitor. */
    public record Export(Visitor visitor, List<Booking> bookings, List<Pass> passes, List<VisitorMessage> messages) {
    }

    private final VisitorRecords records;
    private final VisitorBookings bookings;
    private final Ledger ledger;
    private final CurrentActor currentActor;

    PersonalData(VisitorRecords records, VisitorBookings bookings, Ledger ledger, CurrentActor currentActor) {
        this.records = records;
        this.bookings = bookings;
        this.ledger = ledger;
        this.currentActor = currentActor;
    }

    @Transactional(readOnly = true)
    public Export export(String id) {
        Visitor v = bookings.visible(id, currentActor.get());
        return new Export(v, records.bookingsOf(id), records.passesOf(id), records.messages(id));
    }

    @Transactional
    public Visitor delete(String id) {
        Visitor v = bookings.visible(id, currentActor.get());
        records.anonymise(v.id());
        records.wipeMessages(v.id());
        ledger.append("visitor.personal-data.deleted", "visitor", v.id(), List.of(), Map.of("on", "request"));
        return records.visitor(id).orElseThrow();
    }

    static Visitor register(VisitorRecords records, Ledger ledger, Clock clock, Actor actor, String name,
            String nationality, String documentNumber) {
        if (name == null || name.isBlank()) {
            throw new InvalidField("name", "visitor.name.required", "a visitor needs a name");
        }
        if (nationality == null || !nationality.strip().matches("[A-Za-z]{2}")) {
            throw new InvalidField("nationality", "visitor.nationality.malformed",
                    "nationality is an ISO 3166 alpha-2 code such as KZ");
        }
        if (documentNumber == null || documentNumber.isBlank()) {
            throw new InvalidField("documentNumber", "visitor.document.required", "a visitor needs a document number");
        }
        Visitor v = new Visitor("v-" + UUID.randomUUID(), actor.has(Role.VISITOR) ? actor.user() : null, name.strip(),
                nationality.strip().toUpperCase(java.util.Locale.ROOT), documentNumber.strip(), false);
        records.insertVisitor(v, clock.instant());
        ledger.append("visitor.registered", "visitor", v.id(), List.of(), Map.of("account",
                v.account() == null ? "" : v.account()));
        return v;
    }
}
