package org.cosmodrome.planning.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.planning.solver.Fixtures.PAD_200;
import static org.cosmodrome.planning.solver.Fixtures.PAD_31;
import static org.cosmodrome.planning.solver.Fixtures.PAD_81;
import static org.cosmodrome.planning.solver.Fixtures.TOXIC_CAP;
import static org.cosmodrome.planning.solver.Fixtures.ZONE_327;
import static org.cosmodrome.planning.solver.Fixtures.day;
import static org.cosmodrome.planning.solver.Fixtures.request;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The bookings' checks give the hard constraints' verdicts, in words. */
class BookingsTest {

    private final LaunchSlot candidate = request("R9").cap(TOXIC_CAP).zones(ZONE_327)
            .suspended("2027-07-01", "2027-09-30").window("2027-01-10", "2027-11-30").unscheduled();

    private List<String> reasons(Bookings bookings, Pad pad, String date) {
        return bookings.blockers(candidate, pad, day(date)).stream().map(Blocker::reason).toList();
    }

    @Test
    void allowsAFreePlace() {
        Bookings bookings = new Bookings(List.of(candidate));

        assertThat(bookings.allows(candidate, PAD_81, day("2027-05-05"))).isTrue();
    }

    @Test
    void namesStaticRules() {
        Bookings bookings = new Bookings(List.of(candidate));

        assertThat(reasons(bookings, PAD_81, "2027-03-15")).containsExactly("pad 81/24 out of service 1-31 March 2027");
        assertThat(reasons(bookings, PAD_81, "2027-04-15")).containsExactly("drop zone 327 closed 1-30 April 2027");
        assertThat(reasons(bookings, PAD_81, "2027-08-15"))
                .containsExactly("Proton family suspended 1 July-30 September 2027");
        assertThat(reasons(bookings, PAD_31, "2027-05-05")).containsExactly("pad 31/6 does not support Proton-M");
        assertThat(reasons(bookings, PAD_81, "2027-12-05")).containsExactly("outside its window 10 January-30 November 2027");
    }

    @Test
    void namesTheLaunchesAndCountsItConflictsWith() {
        LaunchSlot r7 = request("R7").cap(TOXIC_CAP).zones(ZONE_327).at(PAD_81, "2027-05-02");
        LaunchSlot r8 = request("R8").at(PAD_200, "2027-05-20");
        Bookings bookings = new Bookings(List.of(candidate, r7, r8));

        assertThat(reasons(bookings, PAD_81, "2027-05-20")).containsExactly(
                "drop zone 327 yearly limit for 2027 reached: 1 of 1",
                "toxic-propellant cap for 2027 reached: 1 of 1",
                "turnaround of Proton-M on 81/24 (30 days) conflicts with R7 on 2027-05-02",
                "range separation (1 day) from R8 on 2027-05-20");
        assertThat(bookings.allows(candidate, PAD_81, day("2028-05-21"))).isFalse();
    }

    @Test
    void forgetsARemovedLaunch() {
        LaunchSlot r7 = request("R7").cap(TOXIC_CAP).zones(ZONE_327).at(PAD_81, "2027-05-02");
        Bookings bookings = new Bookings(List.of(candidate, r7));

        bookings.remove(r7);

        assertThat(bookings.allows(candidate, PAD_81, day("2027-05-03"))).isTrue();
    }
}
