package org.cosmodrome.visitors;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cosmodrome.manifest.Launch;
import org.cosmodrome.manifest.Launches;
import org.cosmodrome.manifest.NetPrecision;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.sites.Pad;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spaceport operator's view of visitors: places per viewing point and upcoming launch and per tour, the queue of
 * passes to decide (with the visitors' personal data, which only the operator reads here) and the outbox newest
 * first. Every method refuses anyone but the operator.
 */
@Service
public class VisitorOperations {

    /** How many upcoming launches the capacity view shows besides those with viewing bookings (always shown). */
    static final int LAUNCHES_SHOWN = 12;

    /** How many decided passes the pass view lists below the queue. */
    static final int DECIDED_SHOWN = 50;

    /** The places of one slot: capacity, bookings by status, and the places still free (0 when closed). */
    public record Places(int capacity, int confirmed, int held, int waitlisted, int free) {

        static Places of(int capacity, VisitorRecords.SlotCounts counts, boolean open) {
            int confirmed = counts == null ? 0 : counts.confirmed();
            int held = counts == null ? 0 : counts.held();
            int waitlisted = counts == null ? 0 : counts.waitlisted();
            return new Places(capacity, confirmed, held, waitlisted,
                    open ? Math.max(0, capacity - confirmed - held) : 0);
        }
    }

    /**
     * A viewing point for one launch.
     *
     * @param reason why the point is closed (inside the hazard radius), {@code null} when open
     */
    public record PointPlaces(ViewingPoint point, double distanceKm, double hazardRadiusKm, boolean open,
            String reason, Places places) {
    }

    /** An upcoming launch with every viewing point. */
    public record LaunchPlaces(String launch, String mission, String pad, String padDesignation, LocalDate day,
            List<PointPlaces> points) {
    }

    /** A tour with its day and places. */
    public record TourPlaces(Tour tour, LocalDate day, Places places) {
    }

    /** Places of upcoming launches (by day) and of tours from {@code today} on. */
    public record Capacity(LocalDate today, List<LaunchPlaces> launches, List<TourPlaces> tours) {
    }

    /**
     * A pass with its visitor's personal data, for the operator.
     *
     * @param daysLeft days from today (at the cosmodrome) to the pass's day; negative once the day has passed
     * @param leadDays the lead time the site asks of a visitor of this nationality
     */
    public record PassEntry(Pass pass, Visitor visitor, Instant submittedAt, Instant decidedAt, String decidedBy,
            long daysLeft, int leadDays) {
    }

    /** The pending passes, oldest first, and the latest decided ones. */
    public record PassQueue(List<PassEntry> pending, List<PassEntry> decided) {
    }

    private final VisitorRecords records;
    private final Viewing viewing;
    private final Launches launches;
    private final VisitorSettings settings;
    private final CurrentActor currentActor;
    private final Clock clock;

    VisitorOperations(VisitorRecords records, Viewing viewing, Launches launches, VisitorSettings settings,
            CurrentActor currentActor, Clock clock) {
        this.records = records;
        this.viewing = viewing;
        this.launches = launches;
        this.settings = settings;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(NetPrecision.SITE_TIME));
    }

    /**
     * The places of the upcoming launches at every viewing point, by day: every launch with viewing bookings, and
     * launches of the public manifest up to {@link #LAUNCHES_SHOWN} in all; and of the tours from today on.
     */
    @Transactional(readOnly = true)
    public Capacity capacity() {
        Actor actor = currentActor.get();
        VisitorBookings.requireOperator(actor);
        LocalDate today = today();
        List<VisitorRecords.SlotCounts> counts = records.slotCounts();
        Map<String, VisitorRecords.SlotCounts> viewingSlots = new HashMap<>();
        Map<String, VisitorRecords.SlotCounts> tourSlots = new HashMap<>();
        Set<String> launchIds = new LinkedHashSet<>();
        Set<String> booked = new HashSet<>();
        for (Launch l : launches.onPublicManifest()) {
            launchIds.add(l.id().value());
        }
        for (VisitorRecords.SlotCounts c : counts) {
            if (c.slot().tour() != null) {
                tourSlots.put(c.slot().tour(), c);
            } else {
                viewingSlots.put(c.slot().launch() + "\n" + c.slot().point(), c);
                launchIds.add(c.slot().launch());
                booked.add(c.slot().launch());
            }
        }
        List<ViewingPoint> points = records.points();
        List<LaunchPlaces> upcoming = new ArrayList<>();
        for (String id : launchIds) {
            Launch launch;
            try {
                launch = viewing.viewable(id, actor);
            } catch (RecordNotFound cancelledOrGone) {
                continue;
            }
            LocalDate day = Viewing.dayOf(launch);
            Pad pad = viewing.padOf(launch).orElse(null);
            if (pad == null || day == null || day.isBefore(today)) {
                continue;
            }
            List<PointPlaces> places = new ArrayList<>();
            for (ViewingPoint point : points) {
                Viewing.PointForLaunch assessed = viewing.assess(point, pad, launch.vehicle().value(), null);
                VisitorRecords.SlotCounts c = viewingSlots.get(id + "\n" + point.id());
                int capacity = c == null ? point.capacity() : c.slot().capacity();
                places.add(new PointPlaces(point, assessed.distanceKm(), assessed.hazardRadiusKm(), assessed.open(),
                        assessed.reason(), Places.of(capacity, c, assessed.open())));
            }
            upcoming.add(new LaunchPlaces(id, launch.mission(), pad.id().value(), pad.designation(), day, places));
        }
        upcoming.sort(Comparator.comparing(LaunchPlaces::day).thenComparing(LaunchPlaces::launch));
        List<LaunchPlaces> shown = new ArrayList<>();
        for (LaunchPlaces l : upcoming) {
            if (booked.contains(l.launch()) || shown.size() < LAUNCHES_SHOWN) {
                shown.add(l);
            }
        }
        List<TourPlaces> tours = new ArrayList<>();
        for (Tour tour : records.tours()) {
            LocalDate day = tour.startsAt().atZone(NetPrecision.SITE_TIME).toLocalDate();
            if (day.isBefore(today)) {
                continue;
            }
            VisitorRecords.SlotCounts c = tourSlots.get(tour.id());
            int capacity = c == null ? tour.capacity() : c.slot().capacity();
            tours.add(new TourPlaces(tour, day, Places.of(capacity, c, true)));
        }
        return new Capacity(today, shown, tours);
    }

    /** The pending passes, oldest submission first, and the latest {@link #DECIDED_SHOWN} decided ones. */
    @Transactional(readOnly = true)
    public PassQueue passes() {
        VisitorBookings.requireOperator(currentActor.get());
        LocalDate today = today();
        return new PassQueue(entries(records.passesIn(true, Integer.MAX_VALUE), today),
                entries(records.passesIn(false, DECIDED_SHOWN), today));
    }

    private List<PassEntry> entries(List<VisitorRecords.PassOfVisitor> passes, LocalDate today) {
        return passes.stream().map(p -> new PassEntry(p.pass(), p.visitor(), p.submittedAt(), p.decidedAt(),
                p.decidedBy(), ChronoUnit.DAYS.between(today, p.pass().day()),
                settings.leadDays(p.visitor().nationality()))).toList();
    }

    /** The outbox of messages to visitors, newest first. */
    @Transactional(readOnly = true)
    public List<VisitorMessage> messages() {
        VisitorBookings.requireOperator(currentActor.get());
        List<VisitorMessage> all = new ArrayList<>(records.messages(null));
        all.sort(Comparator.comparing(VisitorMessage::createdAt).thenComparing(VisitorMessage::id).reversed());
        return all;
    }
}
