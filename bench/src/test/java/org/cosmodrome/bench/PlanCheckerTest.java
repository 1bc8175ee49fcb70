package org.cosmodrome.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.bench.TinyProblems.jan;
import static org.cosmodrome.bench.TinyProblems.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cosmodrome.bench.PlanChecker.Rule;
import org.cosmodrome.planning.DateRange;
import org.cosmodrome.planning.SchedulePlan;
import org.cosmodrome.planning.SchedulePlan.Assignment;
import org.cosmodrome.planning.ScheduleProblem;
import org.cosmodrome.planning.ScheduleProblem.Pad;
import org.cosmodrome.planning.ScheduleProblem.Placement;
import org.cosmodrome.planning.ScheduleProblem.Request;
import org.cosmodrome.planning.ScheduleProblem.Vehicle;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The site of these tests: pads A (vehicles V and W, out on the 20th-22nd) and B (V only); a launch of V keeps its
 * pad 2 days, one of W 5; range separation 1 (not on the same day); drop zone Z (closed the 25th, two launches a year) on the
 * only corridor; toxic cap 1 (W is toxic); family V suspended on the 28th.
 */
class PlanCheckerTest {

    private static final Vehicle V = new Vehicle("V", "Family-V", "KEROSENE", 2);
    private static final Vehicle W = new Vehicle("W", "Family-W", "TOXIC", 5);

    private final PlanChecker checker = new PlanChecker();

    private static ScheduleProblem site(Request... requests) {
        return TinyProblems.problem(1, List.of(V, W),
                List.of(new Pad("A", List.of("V", "W"), List.of(new DateRange(jan(20), jan(22)))),
                        new Pad("B", List.of("V"), List.of())),
                List.of(new ScheduleProblem.DropZone("Z", 2, List.of(new DateRange(jan(25), jan(25))))),
                List.of(new ScheduleProblem.Cap("TOXIC", 1)),
                List.of(new ScheduleProblem.Suspension("Family-V", jan(28), jan(28))), List.of(requests));
    }

    private static SchedulePlan plan(Assignment... assignments) {
        return new SchedulePlan(List.of(assignments), List.of(), List.of(), "", true, null);
    }

    private static Assignment on(String request, String pad, int day) {
        return new Assignment(request, pad, jan(day));
    }

    private List<Rule> rulesBroken(ScheduleProblem problem, SchedulePlan plan) {
        List<Rule> rules = new ArrayList<>();
        checker.check(problem, plan).forEach(v -> rules.add(v.rule()));
        return rules;
    }

    @Test
    void findsNothingWrongWithAPlanThatKeepsEveryRule() {
        ScheduleProblem problem = site(request("r1", "V", 1, 1, 5, 31), request("r2", "W", 2, 1, 10, 31),
                request("r3", "V", 3, 1, 10, 31));

        assertThat(checker.check(problem, plan(on("r1", "A", 5), on("r2", "A", 10)))).isEmpty();
    }

    @Nested
    class EachHardRuleIsCaught {

        @Test
        void anUnknownOrTwiceAssignedRequest() {
            ScheduleProblem problem = site(request("r1", "V", 1, 1, 5, 31));

            assertThat(rulesBroken(problem, plan(on("ghost", "A", 5)))).containsExactly(Rule.UNKNOWN_OR_DUPLICATE_REQUEST);
            assertThat(rulesBroken(problem, plan(on("r1", "A", 5), on("r1", "B", 9))))
                    .containsExactly(Rule.UNKNOWN_OR_DUPLICATE_REQUEST);
        }

        @Test
        void anUnknownPad() {
            assertThat(rulesBroken(site(request("r1", "V", 1, 1, 5, 31)), plan(on("r1", "C", 5))))
                    .containsExactly(Rule.UNKNOWN_PAD);
        }

        @Test
        void aLaunchOutsideTheHorizon() {
            Request r = new Request("r1", "t", "V", 51.6, jan(1), LocalDate.of(2027, 2, 28), jan(5), 1, null, null, null);
            assertThat(rulesBroken(site(r), plan(new Assignment("r1", "A", LocalDate.of(2027, 2, 2)))))
                    .containsExactly(Rule.HORIZON);
        }

        @Test
        void aPinnedRequestMovedOrLeftOut() {
            Request pinned = new Request("p", "t", "V", 51.6, jan(1), jan(31), jan(5), 1, new Placement("A", jan(5)),
                    null, null);

            assertThat(rulesBroken(site(pinned), plan(on("p", "A", 6)))).containsExactly(Rule.PINNED);
            assertThat(rulesBroken(site(pinned), plan())).containsExactly(Rule.PINNED);
            assertThat(rulesBroken(site(pinned), plan(on("p", "A", 5)))).isEmpty();
        }

        @Test
        void aRequestOffItsFixedPad() {
            Request fixed = new Request("f", "t", "V", 51.6, jan(1), jan(31), jan(5), 1, null, "B", null);
            assertThat(rulesBroken(site(fixed), plan(on("f", "A", 5)))).containsExactly(Rule.FIXED_PAD);
        }

        @Test
        void aPadThatDoesNotSupportTheVehicle() {
            assertThat(rulesBroken(site(request("w", "W", 1, 1, 5, 31)), plan(on("w", "B", 5))))
                    .containsExactly(Rule.PAD_VEHICLE);
        }

        @Test
        void aLaunchOutsideItsWindow() {
            assertThat(rulesBroken(site(request("r1", "V", 1, 3, 5, 7)), plan(on("r1", "A", 8))))
                    .containsExactly(Rule.WINDOW);
        }

        @Test
        void aLaunchDuringAPadOutage() {
            assertThat(rulesBroken(site(request("r1", "V", 1, 1, 21, 31)), plan(on("r1", "A", 21))))
                    .containsExactly(Rule.OUTAGE);
        }

        @Test
        void aLaunchOnAPadBeforeThePreviousLaunchsTurnaroundHasPassed() {
            ScheduleProblem problem = site(request("v", "V", 1, 1, 5, 31), request("w", "W", 1, 1, 9, 31));

            // The earlier launch's turnaround applies: W keeps the pad 5 days, V 2.
            assertThat(rulesBroken(problem, plan(on("w", "A", 5), on("v", "A", 9)))).containsExactly(Rule.TURNAROUND);
            assertThat(rulesBroken(problem, plan(on("w", "A", 5), on("v", "A", 10)))).isEmpty();
            assertThat(rulesBroken(problem, plan(on("v", "A", 5), on("w", "A", 7)))).isEmpty();
            assertThat(rulesBroken(problem, plan(on("v", "A", 5), on("w", "A", 6)))).containsExactly(Rule.TURNAROUND);
            // never two on one pad on one day; on two pads the rule does not apply
            ScheduleProblem quick = TinyProblems.problem(0, List.of(new Vehicle("Z", "Z", "KEROSENE", 0)),
                    List.of(new Pad("A", List.of("Z"), List.of()), new Pad("B", List.of("Z"), List.of())), List.of(),
                    List.of(), List.of(), List.of(request("a", "Z", 1, 1, 5, 31), request("b", "Z", 1, 1, 5, 31)));
            assertThat(rulesBroken(quick, plan(on("a", "A", 5), on("b", "A", 5)))).containsExactly(Rule.TURNAROUND);
            assertThat(rulesBroken(quick, plan(on("a", "A", 5), on("b", "B", 5)))).isEmpty();
        }

        @Test
        void twoLaunchesOfTheSiteOnOneDay() {
            ScheduleProblem problem = site(request("a", "V", 1, 1, 5, 31), request("b", "V", 1, 1, 5, 31));
            assertThat(rulesBroken(problem, plan(on("a", "A", 5), on("b", "B", 5))))
                    .containsExactly(Rule.RANGE_SEPARATION);
        }

        @Test
        void aLaunchIntoAClosedDropZone() {
            assertThat(rulesBroken(site(request("r1", "V", 1, 1, 25, 31)), plan(on("r1", "B", 25))))
                    .containsExactly(Rule.DROP_ZONE_CLOSED);
        }

        @Test
        void moreLaunchesIntoADropZoneInAYearThanItTakes() {
            ScheduleProblem problem = site(request("a", "V", 1, 1, 5, 31), request("b", "V", 1, 1, 10, 31),
                    request("c", "V", 1, 1, 15, 31));
            assertThat(rulesBroken(problem, plan(on("a", "A", 5), on("b", "A", 10), on("c", "A", 15))))
                    .containsExactly(Rule.DROP_ZONE_LIMIT);
        }

        @Test
        void moreLaunchesOfAHazardClassInAYearThanItsCap() {
            ScheduleProblem problem = site(request("w1", "W", 1, 1, 5, 31), request("w2", "W", 1, 1, 15, 31));
            assertThat(rulesBroken(problem, plan(on("w1", "A", 5), on("w2", "A", 15))))
                    .containsExactly(Rule.HAZARD_CAP);
        }

        @Test
        void aLaunchOfASuspendedFamily() {
            assertThat(rulesBroken(site(request("r1", "V", 1, 1, 28, 31)), plan(on("r1", "B", 28))))
                    .containsExactly(Rule.SUSPENSION);
        }
    }
}
