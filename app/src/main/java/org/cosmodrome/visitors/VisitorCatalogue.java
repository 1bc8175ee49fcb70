package org.cosmodrome.visitors;

import java.util.List;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tours with their free places, and the operator's additions of viewing points and tours. */
@Service
public class VisitorCatalogue {

    /** A tour with its free places; no personal data. */
    public record TourPlaces(Tour tour, int freePlaces) {
    }

    private final VisitorRecords records;
    private final Ledger ledger;
    private final CurrentActor currentActor;

    VisitorCatalogue(VisitorRecords records, Ledger ledger, CurrentActor currentActor) {
        this.records = records;
        this.ledger = ledger;
        this.currentActor = currentActor;
    }

    @Transactional(readOnly = true)
    public List<TourPlaces> tours() {
        return records.tours().stream()
                .map(t -> new TourPlaces(t, Math.max(0, t.capacity() - records.takenOfTour(t.id())))).toList();
    }

    /** Adds a tour (the spaceport operator or the system). */
    @Transactional
    public Tour addTour(Tour tour) {
        requireOperatorOrSystem();
        if (tour.capacity() <= 0) {
            throw new InvalidField("capacity", "tour.capacity.invalid", "a tour has at least one place");
        }
        if (records.tour(tour.id()).isPresent()) {
            throw new RuleViolation("tour.duplicate", "id", "tour '" + tour.id() + "' exists");
        }
        records.insertTour(tour);
        ledger.append("tour.added", "tour", tour.id(), List.of(), tour);
        return tour;
    }

    /** Adds a viewing point (the spaceport operator or the system). */
    @Transactional
    public ViewingPoint addViewingPoint(ViewingPoint point) {
        requireOperatorOrSystem();
        if (point.capacity() <= 0) {
            throw new InvalidField("capacity", "viewing-point.capacity.invalid", "a point has at least one place");
        }
        if (records.point(point.id()).isPresent()) {
            throw new RuleViolation("viewing-point.duplicate", "id", "viewing point '" + point.id() + "' exists");
        }
        records.insertPoint(point);
        ledger.append("viewing-point.added", "viewing-point", point.id(), List.of(), point);
        return point;
    }

    private void requireOperatorOrSystem() {
        var actor = currentActor.get();
        if (actor.kind() != org.cosmodrome.platform.Actor.Kind.SYSTEM) {
            VisitorBookings.requireOperator(actor);
        }
    }
}
