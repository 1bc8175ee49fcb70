package org.cosmodrome.visitors;

import java.util.List;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.platform.ReferenceData;
import org.cosmodrome.platform.ReferenceDataLoader;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads {@code visitors.json} of the data set: viewing points and tours, each once and never over a record of the same
 * id entered otherwise. Their coordinates, capacities and times are ASSUMPTIONS, marked in each record's basis.
 */
@Component
@Order(90)
class VisitorDataSet implements ReferenceDataLoader {

    static final String FILE = "visitors.json";

    /** A tour of the data set, with where its schedule comes from. */
    record TourRecord(String id, String name, String place, java.time.Instant startsAt, int capacity, String language,
            String guide, String basis) {
        Tour tour() {
            return new Tour(id, name, place, startsAt, capacity, language, guide);
        }
    }

    record DataSet(String note, List<ViewingPoint> viewingPoints, List<TourRecord> tours) {
    }

    private final ReferenceData referenceData;
    private final VisitorRecords records;
    private final Ledger ledger;

    VisitorDataSet(ReferenceData referenceData, VisitorRecords records, Ledger ledger) {
        this.referenceData = referenceData;
        this.records = records;
        this.ledger = ledger;
    }

    @Override
    @Transactional
    public void load() {
        referenceData.lock();
        DataSet data = referenceData.read(FILE, DataSet.class).get(0);
        for (ViewingPoint p : data.viewingPoints()) {
            if (referenceData.firstSighting("viewing-points", p.id()) && records.point(p.id()).isEmpty()) {
                records.insertPoint(p);
                ledger.append("viewing-point.loaded", "viewing-point", p.id(), List.of(), p);
            }
        }
        for (TourRecord t : data.tours()) {
            if (referenceData.firstSighting("tours", t.id()) && records.tour(t.id()).isEmpty()) {
                records.insertTour(t.tour());
                ledger.append("tour.loaded", "tour", t.id(), List.of(), t);
            }
        }
    }
}
