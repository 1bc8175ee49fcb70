package org.cosmodrome.visitors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code visitors} schema. */
@Repository
class VisitorRecords {

    /** A slot: the row locked while its places are counted. */
    record Slot(long id, String tour, String launch, String point, LocalDate day, int capacity) {
    }

    private final JdbcClient jdbc;

    VisitorRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // viewing points and tours

    List<ViewingPoint> points() {
        return jdbc.sql("select * from visitors.viewing_point order by id").query((rs, n) -> point(rs)).list();
    }

    Optional<ViewingPoint> point(String id) {
        return jdbc.sql("select * from visitors.viewing_point where id = ?").param(id).query((rs, n) -> point(rs))
                .optional();
    }

    void insertPoint(ViewingPoint p) {
        jdbc.sql("insert into visitors.viewing_point (id, name, latitude, longitude, capacity, basis)"
                + " values (?, ?, ?, ?, ?, ?)").params(p.id(), p.name(), p.latitude(), p.longitude(), p.capacity(),
                p.basis()).update();
    }

    List<Tour> tours() {
        return jdbc.sql("select * from visitors.tour order by starts_at, id").query((rs, n) -> tour(rs)).list();
    }

    Optional<Tour> tour(String id) {
        return jdbc.sql("select * from visitors.tour where id = ?").param(id).query((rs, n) -> tour(rs)).optional();
    }

    void insertTour(Tour t) {
        jdbc.sql("insert into visitors.tour (id, name, place, starts_at, capacity, language, guide)"
                + " values (?, ?, ?, ?, ?, ?, ?)").params(t.id(), t.name(), t.place(), Timestamp.from(t.startsAt()),
                t.capacity(), t.language(), t.guide()).update();
    }

    // slots

    /** The slot of {@code tour}, made on first use, locked until the transaction ends. */
    Slot lockTourSlot(Tour tour, LocalDate day) {
        jdbc.sql("insert into visitors.slot (tour_id, day, capacity) values (?, ?, ?) on conflict do nothing")
                .params(tour.id(), day, tour.capacity()).update();
        return jdbc.sql("select * from visitors.slot where tour_id = ? for update").param(tour.id())
                .query((rs, n) -> slot(rs)).single();
    }

    /** The slot of viewing {@code launch} from {@code point}, made on first use, locked until the transaction ends. */
    Slot lockViewingSlot(String launch, ViewingPoint point, LocalDate day) {
        jdbc.sql("insert into visitors.slot (launch_id, point_id, day, capacity) values (?, ?, ?, ?)"
                + " on conflict do nothing").params(launch, point.id(), day, point.capacity()).update();
        return jdbc.sql("select * from visitors.slot where launch_id = ? and point_id = ? for update")
                .params(launch, point.id()).query((rs, n) -> slot(rs)).single();
    }

    Slot lockSlot(long id) {
        return jdbc.sql("select * from visitors.slot where id = ? for update").param(id).query((rs, n) -> slot(rs))
                .single();
    }

    /** The viewing slots of {@code launch}, locked. */
    List<Slot> lockViewingSlots(String launch) {
        return jdbc.sql("select * from visitors.slot where launch_id = ? order by id for update").param(launch)
                .query((rs, n) -> slot(rs)).list();
    }

    void moveSlot(long slot, LocalDate day) {
        jdbc.sql("update visitors.slot set day = ? where id = ?").params(day, slot).update();
        jdbc.sql("update visitors.booking set day = ? where slot_id = ?").params(day, slot).update();
    }

    /** The places taken in each tour, by tour id. */
    int taken(long slot) {
        return jdbc.sql("select count(*) from visitors.booking where slot_id = ? and status in"
                + " ('HELD_AWAITING_PASS', 'CONFIRMED')").param(slot).query(Integer.class).single();
    }

    int takenOfTour(String tour) {
        return jdbc.sql("select count(*) from visitors.booking b join visitors.slot s on s.id = b.slot_id"
                + " where s.tour_id = ? and b.status in ('HELD_AWAITING_PASS', 'CONFIRMED')").param(tour)
                .query(Integer.class).single();
    }

    int takenOfViewing(String launch, String point) {
        return jdbc.sql("select count(*) from visitors.booking b join visitors.slot s on s.id = b.slot_id"
                + " where s.launch_id = ? and s.point_id = ? and b.status in ('HELD_AWAITING_PASS', 'CONFIRMED')")
                .params(launch, point).query(Integer.class).single();
    }

    // visitors

    Optional<Visitor> visitor(String id) {
        return jdbc.sql("select * from visitors.visitor where id = ?").param(id).query((rs, n) -> visitor(rs))
                .optional();
    }

    void insertVisitor(Visitor v, Instant now) {
        jdbc.sql("insert into visitors.visitor (id, account, name, nationality, document_number, recorded_at)"
                + " values (?, ?, ?, ?, ?, ?)").params(v.id(), v.account(), v.name(), v.nationality(),
                v.documentNumber(), Timestamp.from(now)).update();
    }

    void anonymise(String id) {
        jdbc.sql("update visitors.visitor set name = null, document_number = null, nationality = null,"
                + " anonymised = true where id = ?").param(id).update();
    }

    // bookings

    Optional<Booking> booking(String id) {
        return jdbc.sql(BOOKING + " where b.id = ?").param(id).query((rs, n) -> booking(rs)).optional();
    }

    List<Booking> bookingsOf(String visitor) {
        return jdbc.sql(BOOKING + " where b.visitor_id = ? order by b.position").param(visitor)
                .query((rs, n) -> booking(rs)).list();
    }

    List<Booking> bookingsIn(long slot) {
        return jdbc.sql(BOOKING + " where b.slot_id = ? order by b.position").param(slot)
                .query((rs, n) -> booking(rs)).list();
    }

    long slotOf(String booking) {
        return jdbc.sql("select slot_id from visitors.booking where id = ?").param(booking).query(Long.class)
                .single();
    }

    /** The first booking on the waitlist of {@code slot}. */
    Optional<Booking> firstWaiting(long slot) {
        return jdbc.sql(BOOKING + " where b.slot_id = ? and b.status = 'WAITLISTED' order by b.position limit 1")
                .param(slot).query((rs, n) -> booking(rs)).optional();
    }

    void insertBooking(String id, long slot, String visitor, LocalDate day, BookingStatus status, Instant now) {
        jdbc.sql("insert into visitors.booking (id, slot_id, visitor_id, day, status, created_at)"
                + " values (?, ?, ?, ?, ?, ?)").params(id, slot, visitor, day, status.name(), Timestamp.from(now))
                .update();
    }

    void setStatus(String booking, BookingStatus status) {
        jdbc.sql("update visitors.booking set status = ? where id = ?").params(status.name(), booking).update();
    }

    void offerRefund(String booking) {
        jdbc.sql("update visitors.booking set refund_offered = true where id = ?").param(booking).update();
    }

    /** The held bookings of {@code visitor} on {@code day}, with their slots locked. */
    List<Booking> heldOn(String visitor, LocalDate day) {
        return jdbc.sql(BOOKING + " where b.visitor_id = ? and b.day = ? and b.status = 'HELD_AWAITING_PASS'"
                + " order by b.position").params(visitor, day).query((rs, n) -> booking(rs)).list();
    }

    // passes

    Optional<Pass> pass(String id) {
        return jdbc.sql("select * from visitors.pass where id = ?").param(id).query((rs, n) -> pass(rs)).optional();
    }

    Optional<Pass> lockPass(String id) {
        return jdbc.sql("select * from visitors.pass where id = ? for update").param(id).query((rs, n) -> pass(rs))
                .optional();
    }

    List<Pass> passesOf(String visitor) {
        return jdbc.sql("select * from visitors.pass where visitor_id = ? order by day, id").param(visitor)
                .query((rs, n) -> pass(rs)).list();
    }

    boolean approvedPass(String visitor, LocalDate day) {
        return jdbc.sql("select count(*) from visitors.pass where visitor_id = ? and day = ? and status = 'APPROVED'")
                .params(visitor, day).query(Integer.class).single() > 0;
    }

    void insertPass(Pass p, Instant now) {
        jdbc.sql("insert into visitors.pass (id, visitor_id, day, status, submitted_at) values (?, ?, ?, ?, ?)")
                .params(p.id(), p.visitor(), p.day(), p.status().name(), Timestamp.from(now)).update();
    }

    void decide(String pass, PassStatus status, String note, String by, Instant now) {
        jdbc.sql("update visitors.pass set status = ?, note = ?, decided_by = ?, decided_at = ? where id = ?")
                .params(status.name(), note, by, Timestamp.from(now), pass).update();
    }

    // messages

    void insertMessage(String visitor, String booking, String kind, String body, Instant now) {
        jdbc.sql("insert into visitors.message (visitor_id, booking_id, kind, body, created_at)"
                + " values (?, ?, ?, ?, ?)").params(visitor, booking, kind, body, Timestamp.from(now)).update();
    }

    List<VisitorMessage> messages(String visitor) {
        return jdbc.sql("select * from visitors.message where (?::text is null or visitor_id = ?) order by id")
                .params(visitor, visitor).query((rs, n) -> message(rs)).list();
    }

    List<VisitorMessage> messagesOfAccount(String account) {
        return jdbc.sql("select m.* from visitors.message m join visitors.visitor v on v.id = m.visitor_id"
                + " where v.account = ? order by m.id").param(account).query((rs, n) -> message(rs)).list();
    }

    /** The pending messages, locked and skipping those another dispatcher holds. */
    List<VisitorMessage> lockPending() {
        return jdbc.sql("select * from visitors.message where status = 'PENDING' order by id for update skip locked")
                .query((rs, n) -> message(rs)).list();
    }

    void markWritten(long id, Instant now) {
        jdbc.sql("update visitors.message set status = 'WRITTEN', written_at = ? where id = ?")
                .params(Timestamp.from(now), id).update();
    }

    /** Wipes the messages' text of a visitor whose data is deleted (it names the visitor). */
    void wipeMessages(String visitor) {
        jdbc.sql("update visitors.message set body = '(deleted on request)' where visitor_id = ?").param(visitor)
                .update();
    }

    // the operator's views

    /** A slot with its bookings counted by status. */
    record SlotCounts(Slot slot, int confirmed, int held, int waitlisted) {
    }

    /** Every slot with its confirmed, held and waitlisted bookings. */
    List<SlotCounts> slotCounts() {
        return jdbc.sql("select s.*, count(b.id) filter (where b.status = 'CONFIRMED') as confirmed,"
                + " count(b.id) filter (where b.status = 'HELD_AWAITING_PASS') as held,"
                + " count(b.id) filter (where b.status = 'WAITLISTED') as waitlisted"
                + " from visitors.slot s left join visitors.booking b on b.slot_id = s.id group by s.id order by s.id")
                .query((rs, n) -> new SlotCounts(slot(rs), rs.getInt("confirmed"), rs.getInt("held"),
                        rs.getInt("waitlisted"))).list();
    }

    /** A pass with its visitor and when it was submitted and decided. */
    record PassOfVisitor(Pass pass, Visitor visitor, Instant submittedAt, Instant decidedAt, String decidedBy) {
    }

    /** The passes in {@code status}: submitted ones oldest first, decided ones newest decision first. */
    List<PassOfVisitor> passesIn(boolean submitted, int limit) {
        String order = submitted ? " order by p.submitted_at, p.id" : " order by p.decided_at desc, p.id";
        return jdbc.sql("select p.*, v.id as v_id, v.account, v.name, v.nationality, v.document_number, v.anonymised"
                + " from visitors.pass p join visitors.visitor v on v.id = p.visitor_id where "
                + (submitted ? "p.status = 'SUBMITTED'" : "p.status <> 'SUBMITTED'") + order + " limit ?")
                .param(limit).query((rs, n) -> new PassOfVisitor(pass(rs), new Visitor(rs.getString("v_id"),
                        rs.getString("account"), rs.getString("name"), rs.getString("nationality"),
                        rs.getString("document_number"), rs.getBoolean("anonymised")),
                        rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                        instant(rs.getObject("decided_at", OffsetDateTime.class)), rs.getString("decided_by")))
                .list();
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static final String BOOKING = "select b.*, s.tour_id, s.launch_id, s.point_id from visitors.booking b"
            + " join visitors.slot s on s.id = b.slot_id";

    private static ViewingPoint point(ResultSet rs) throws SQLException {
        return new ViewingPoint(rs.getString("id"), rs.getString("name"), rs.getDouble("latitude"),
                rs.getDouble("longitude"), rs.getInt("capacity"), rs.getString("basis"));
    }

    private static Tour tour(ResultSet rs) throws SQLException {
        return new Tour(rs.getString("id"), rs.getString("name"), rs.getString("place"),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(), rs.getInt("capacity"),
                rs.getString("language"), rs.getString("guide"));
    }

    private static Slot slot(ResultSet rs) throws SQLException {
        return new Slot(rs.getLong("id"), rs.getString("tour_id"), rs.getString("launch_id"), rs.getString("point_id"),
                rs.getObject("day", LocalDate.class), rs.getInt("capacity"));
    }

    private static Visitor visitor(ResultSet rs) throws SQLException {
        return new Visitor(rs.getString("id"), rs.getString("account"), rs.getString("name"),
                rs.getString("nationality"), rs.getString("document_number"), rs.getBoolean("anonymised"));
    }

    private static Booking booking(ResultSet rs) throws SQLException {
        return new Booking(rs.getString("id"), rs.getString("visitor_id"), rs.getString("tour_id"),
                rs.getString("launch_id"), rs.getString("point_id"), rs.getObject("day", LocalDate.class),
                BookingStatus.valueOf(rs.getString("status")), rs.getBoolean("refund_offered"));
    }

    private static Pass pass(ResultSet rs) throws SQLException {
        return new Pass(rs.getString("id"), rs.getString("visitor_id"), rs.getObject("day", LocalDate.class),
                PassStatus.valueOf(rs.getString("status")), rs.getString("note"));
    }

    private static VisitorMessage message(ResultSet rs) throws SQLException {
        return new VisitorMessage(rs.getLong("id"), rs.getString("visitor_id"), rs.getString("booking_id"),
                rs.getString("kind"), rs.getString("body"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("status"));
    }
}
