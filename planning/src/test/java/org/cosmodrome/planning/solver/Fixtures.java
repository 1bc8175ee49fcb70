package org.cosmodrome.planning.solver;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cosmodrome.planning.DateRange;

/** Small facts for constraint tests: two pads, a drop zone, a cap, and a request builder. */
final class Fixtures {

    static final Pad PAD_81 = new Pad("81/24", Set.of("Proton-M"),
            List.of(new DateRange(day("2027-03-01"), day("2027-03-31"))));
    static final Pad PAD_200 = new Pad("200/39", Set.of("Proton-M"), List.of());
    static final Pad PAD_31 = new Pad("31/6", Set.of("Soyuz-2.1a"), List.of());
    static final DropZone ZONE_327 = new DropZone("327", 1,
            List.of(new DateRange(day("2027-04-01"), day("2027-04-30"))));
    static final DropZone ULYTAU = new DropZone("ULYTAU", null, List.of());
    static final HazardCap TOXIC_CAP = new HazardCap("TOXIC", 1);
    /** One Proton launch approved for 2027 only. */
    static final HazardCap PROTON_2027_CAP = new HazardCap(null, "Proton", 2027, 1);

    private Fixtures() {
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static Builder request(String id) {
        return new Builder(id);
    }

    static final class Builder {
        private final String id;
        private String tenant = "Roscosmos";
        private String vehicle = "Proton-M";
        private String family = "Proton";
        private int turnaround = 30;
        private int separation = 1;
        private List<HazardCap> caps = List.of();
        private List<DropZone> zones = List.of();
        private List<DateRange> suspensions = List.of();
        private DateRange window = new DateRange(day("2027-01-01"), day("2027-12-31"));
        private LocalDate desired = day("2027-06-01");
        private int priority = 2;
        private Pad fixedPad;

        Builder(String id) {
            this.id = id;
        }

        Builder tenant(String value) {
            tenant = value;
            return this;
        }

        Builder vehicle(String value, String familyName) {
            vehicle = value;
            family = familyName;
            return this;
        }

        Builder turnaround(int days) {
            turnaround = days;
            return this;
        }

        Builder separation(int days) {
            separation = days;
            return this;
        }

        Builder cap(HazardCap... value) {
            caps = List.of(value);
            return this;
        }

        Builder zones(DropZone... value) {
            zones = List.of(value);
            return this;
        }

        Builder suspended(String from, String to) {
            suspensions = List.of(new DateRange(day(from), day(to)));
            return this;
        }

        Builder window(String from, String to) {
            window = new DateRange(day(from), day(to));
            return this;
        }

        Builder desired(String value) {
            desired = day(value);
            return this;
        }

        Builder priority(int value) {
            priority = value;
            return this;
        }

        Builder fixedPad(Pad value) {
            fixedPad = value;
            return this;
        }

        LaunchRequest build() {
            return new LaunchRequest(id, tenant, vehicle, family, turnaround, separation, 30, caps, zones,
                    suspensions, window, desired, priority, fixedPad);
        }

        LaunchSlot at(Pad pad, String date) {
            return LaunchSlot.placed(build(), pad, day(date));
        }

        LaunchSlot unscheduled() {
            return LaunchSlot.placed(build(), null, null);
        }
    }
}
