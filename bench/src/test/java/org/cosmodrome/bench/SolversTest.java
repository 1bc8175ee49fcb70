package org.cosmodrome.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.bench.TinyProblems.jan;
import static org.cosmodrome.bench.TinyProblems.problem;
import static org.cosmodrome.bench.TinyProblems.request;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cosmodrome.planning.SchedulePlan;
import org.cosmodrome.planning.ScheduleProblem;
import org.cosmodrome.planning.SolveOptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SolversTest {

    private static final SolveOptions FIVE_SECONDS = new SolveOptions(Duration.ofSeconds(5), 42, p -> { });
    private final PlanChecker checker = new PlanChecker();

    @Nested
    class GreedyFirstFitOnTheTrap {

        private final ScheduleProblem problem = TinyProblems.greedyTrap();
        private final SchedulePlan plan = new GreedyFirstFit().solve(problem, FIVE_SECONDS);

        @Test
        void placesTheEarlierWindowFirstOnItsDesiredDayAndLeavesTheOtherOut() {
            assertThat(plan.assignments()).containsExactly(new SchedulePlan.Assignment("R1", "A", jan(3)));
            assertThat(plan.unscheduled()).extracting(SchedulePlan.Unscheduled::request).containsExactly("R2");
            assertThat(Objective.of(problem, plan)).isEqualTo(new Objective(8, 0));
            assertThat(checker.check(problem, plan)).isEmpty();
        }
    }

    @Nested
    class CpSatOnTheTrap {

        private final ScheduleProblem problem = TinyProblems.greedyTrap();

        @Test
        void provesTheOptimumWithOrWithoutTheGreedyHint() {
            for (CpSatScheduler solver : List.of(new CpSatScheduler(), new CpSatScheduler(1, false))) {
                CpSatScheduler.Outcome outcome = solver.solveWithBound(problem, FIVE_SECONDS);

                assertThat(outcome.status()).isEqualTo("OPTIMAL");
                assertThat(outcome.objective()).isEqualTo(2);
                assertThat(outcome.bound()).isEqualTo(2);
                assertThat(Objective.of(problem, outcome.plan()).value()).isEqualTo(2);
                assertThat(outcome.plan().assignments()).contains(new SchedulePlan.Assignment("R2", "A", jan(3)));
                assertThat(checker.check(problem, outcome.plan())).isEmpty();
            }
        }
    }

    @Nested
    class CpSatBetweenLaunches {

        private final CpSatScheduler solver = new CpSatScheduler();

        @Test
        void keepsTheEarlierLaunchsTurnaroundBetweenTwoVehiclesOfOnePad() {
            ScheduleProblem.Vehicle quick = new ScheduleProblem.Vehicle("Q", "Q", "KEROSENE", 1);
            ScheduleProblem.Vehicle slow = new ScheduleProblem.Vehicle("S", "S", "KEROSENE", 5);
            ScheduleProblem problem = problem(0, List.of(quick, slow),
                    List.of(new ScheduleProblem.Pad("A", List.of("Q", "S"), List.of())), List.of(), List.of(),
                    List.of(), List.of(request("slow", "S", 1, 5, 5, 5), request("quick", "Q", 1, 6, 7, 12)));

            CpSatScheduler.Outcome outcome = solver.solveWithBound(problem, FIVE_SECONDS);

            // 5 days after the 5th at the earliest: the 10th, 3 days from the desired 7th.
            assertThat(outcome.plan().assignments()).contains(new SchedulePlan.Assignment("quick", "A", jan(10)));
            assertThat(outcome.objective()).isEqualTo(3);
            assertThat(checker.check(problem, outcome.plan())).isEmpty();

            // The other way round the quick vehicle's one day applies: the slow one may go the next day.
            ScheduleProblem reversed = problem(0, List.of(quick, slow),
                    List.of(new ScheduleProblem.Pad("A", List.of("Q", "S"), List.of())), List.of(), List.of(),
                    List.of(), List.of(request("quick", "Q", 1, 5, 5, 5), request("slow", "S", 1, 6, 6, 12)));
            CpSatScheduler.Outcome after = solver.solveWithBound(reversed, FIVE_SECONDS);
            assertThat(after.plan().assignments()).contains(new SchedulePlan.Assignment("slow", "A", jan(6)));
            assertThat(after.objective()).isZero();
        }

        @Test
        void keepsDropZoneLimitsAndHazardCapsAndPrefersHigherPriority() {
            ScheduleProblem.Vehicle toxic = new ScheduleProblem.Vehicle("T", "T", "TOXIC", 1);
            ScheduleProblem problem = problem(1, List.of(TinyProblems.V, toxic),
                    List.of(new ScheduleProblem.Pad("A", List.of("V", "T"), List.of())),
                    List.of(new ScheduleProblem.DropZone("Z", 2, List.of())),
                    List.of(new ScheduleProblem.Cap("TOXIC", 1)), List.of(),
                    List.of(request("v3", "V", 3, 1, 10, 20), request("t2", "T", 2, 1, 10, 20),
                            request("t1", "T", 1, 1, 10, 20), request("v1", "V", 1, 1, 10, 20)));

            CpSatScheduler.Outcome outcome = solver.solveWithBound(problem, FIVE_SECONDS);

            // Zone Z takes two launches, the toxic cap one: t1 and v1 fly, t2 and v3 do not.
            assertThat(outcome.plan().assignments()).extracting(SchedulePlan.Assignment::request)
                    .containsExactlyInAnyOrder("t1", "v1");
            assertThat(outcome.status()).isEqualTo("OPTIMAL");
            assertThat(checker.check(problem, outcome.plan())).isEmpty();
        }
    }

    @Nested
    class AfterASlip {

        @Test
        void greedyKeepsPublishedLaunchesThatStillFitAndMovesOnlyTheOnesInTheWay() throws Exception {
            ScheduleProblem base = ScheduleJson.readProblem(Path.of("instances/baikonur-2027.json"));
            SchedulePlan published = new CpSatScheduler().solve(base, FIVE_SECONDS);

            Replanning.Slip slip = Replanning.slip(base, published, 10);
            SchedulePlan replanned = new GreedyFirstFit().solve(slip.problem(), FIVE_SECONDS);

            assertThat(checker.check(slip.problem(), replanned)).isEmpty();
            assertThat(replanned.assignments()).contains(new SchedulePlan.Assignment(slip.slipped(),
                    slip.from().pad(), slip.from().date().plusDays(10)));
            assertThat(Replanning.othersMoved(slip.problem(), replanned, slip.slipped()))
                    .isLessThan(published.assignments().size() - 1);
        }
    }
}
