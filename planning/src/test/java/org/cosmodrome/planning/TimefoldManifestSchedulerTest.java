package org.cosmodrome.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TimefoldManifestSchedulerTest {

    private final ManifestScheduler scheduler = new TimefoldManifestScheduler();

    private static SolveOptions options(long seconds) {
        return new SolveOptions(Duration.ofSeconds(seconds), 7L, progress -> { });
    }

    private static String request(String id, String vehicle, String earliest, String latest, String desired,
            int priority, String extra) {
        return "{\"id\": \"" + id + "\", \"tenant\": \"Roscosmos\", \"vehicle\": \"" + vehicle
                + "\", \"inclination\": 51.6, \"earliest\": \"" + earliest + "\", \"latest\": \"" + latest
                + "\", \"desired\": \"" + desired + "\", \"priority\": " + priority + extra + "}";
    }

    @Nested
    class Solving {
        @Test
        void solvesTheIssuesSampleWithNoHardRuleBroken() {
            List<SolveOptions.SolveProgress> progress = new CopyOnWriteArrayList<>();
            SchedulePlan plan = scheduler.solve(ScheduleFormat.read(Samples.baikonurJson()),
                    new SolveOptions(Duration.ofSeconds(2), 42L, progress::add));

            assertThat(plan.feasible()).isTrue();
            assertThat(plan.assignments())
                    .containsExactly(new SchedulePlan.Assignment("R1", "81/24", LocalDate.of(2027, 2, 1)));
            assertThat(plan.unscheduled()).isEmpty();
            assertThat(plan.score()).isEqualTo("0hard/0medium/0soft");
            assertThat(progress).last().satisfies(last -> assertThat(last.fraction()).isEqualTo(1.0));
        }

        @Test
        void givesTheSamePlanForTheSameSeed() {
            ScheduleProblem problem = GeneratedManifests.generate(1, 6, 0, 4, 11);

            SchedulePlan first = scheduler.solve(problem, options(60));
            SchedulePlan second = new TimefoldManifestScheduler().solve(problem, options(60));

            assertThat(first.feasible()).isTrue();
            assertThat(second.assignments()).isEqualTo(first.assignments());
            assertThat(second.score()).isEqualTo(first.score());
        }

        @Test
        void keepsAPinnedRequestWhereItIsPinned() {
            String requests = "[" + request("R1", "Proton-M", "2027-01-10", "2027-06-30", "2027-02-01", 1, "")
                    + ", " + request("R2", "Proton-M", "2027-01-10", "2027-06-30", "2027-02-20", 3,
                            ", \"pinned\": {\"pad\": \"81/24\", \"date\": \"2027-02-10\"}") + "]";

            SchedulePlan plan = scheduler.solve(ScheduleFormat.read(Samples.baikonurWith(requests)), options(2));

            assertThat(plan.feasible()).isTrue();
            assertThat(plan.assignments()).contains(new SchedulePlan.Assignment("R2", "81/24",
                    LocalDate.of(2027, 2, 10)));
            assertThat(byRequest(plan).get("R1").date()).isEqualTo(LocalDate.of(2027, 1, 11));
        }
    }

    @Nested
    class Replanning {
        @Test
        void movesFewPublishedLaunchesAfterASlip() {
            ScheduleProblem problem = GeneratedManifests.generate(1, 16, 0, 4, 5);
            SchedulePlan published = scheduler.solve(problem, options(2));
            Map<String, SchedulePlan.Assignment> placed = byRequest(published);
            SchedulePlan.Assignment slipping = published.assignments().get(published.assignments().size() / 2);

            List<ScheduleProblem.Request> requests = new ArrayList<>();
            for (ScheduleProblem.Request request : problem.requests()) {
                SchedulePlan.Assignment at = placed.get(request.id());
                ScheduleProblem.Placement publishedAt = at == null ? null
                        : new ScheduleProblem.Placement(at.pad(), at.date());
                if (request.id().equals(slipping.request())) {
                    // the launch slips by ten days: its window now opens after its published day
                    LocalDate earliest = slipping.date().plusDays(10);
                    LocalDate latest = request.latest().isBefore(earliest.plusDays(60)) ? earliest.plusDays(60)
                            : request.latest();
                    latest = latest.isAfter(problem.horizon().end()) ? problem.horizon().end() : latest;
                    requests.add(new ScheduleProblem.Request(request.id(), request.tenant(), request.vehicle(),
                            request.inclination(), earliest, latest, earliest, request.priority(), null, null,
                            publishedAt));
                } else {
                    requests.add(new ScheduleProblem.Request(request.id(), request.tenant(), request.vehicle(),
                            request.inclination(), request.earliest(), request.latest(), request.desired(),
                            request.priority(), null, null, publishedAt));
                }
            }
            ScheduleProblem slipped = new ScheduleProblem(problem.horizon(), problem.rangeSeparationDays(),
                    problem.vehicles(), problem.pads(), problem.dropZones(), problem.corridors(), problem.caps(),
                    problem.suspensions(), requests);

            SchedulePlan replanned = scheduler.solve(slipped, options(2));

            assertThat(replanned.feasible()).isTrue();
            assertThat(replanned.moved()).extracting(SchedulePlan.Move::request).contains(slipping.request());
            assertThat(replanned.moved()).hasSizeLessThanOrEqualTo(1 + 3);
            assertThat(replanned.moved()).filteredOn(move -> move.request().equals(slipping.request()))
                    .singleElement()
                    .satisfies(move -> assertThat(move.reasons()).anyMatch(reason -> reason.startsWith(
                            "outside its window")));
        }
    }

    @Nested
    class Explaining {
        @Test
        void namesTheRulesThatKeepRequestsOut() {
            String problem = Samples.baikonurJson()
                    .replace("\"maxPerYear\": 8", "\"maxPerYear\": 1")
                    .replace("\"vehicles\": [{\"id\": \"Proton-M\"", "\"vehicles\": [{\"id\": \"Vikram-1\","
                            + " \"family\": \"Vikram\", \"turnaroundDays\": 10}, {\"id\": \"Proton-M\"");
            String requests = "[" + request("R1", "Proton-M", "2027-01-10", "2027-06-30", "2027-02-01", 1, "")
                    + ", " + request("R2", "Proton-M", "2027-05-01", "2027-06-30", "2027-05-10", 5, "")
                    + ", " + request("R3", "Proton-M", "2027-04-02", "2027-04-28", "2027-04-10", 2, "")
                    + ", " + request("R4", "Proton-M", "2027-07-01", "2027-09-30", "2027-08-01", 2, "")
                    + ", " + request("R5", "Vikram-1", "2027-05-01", "2027-05-31", "2027-05-10", 2, "") + "]";

            SchedulePlan plan = scheduler.solve(ScheduleFormat.read(Samples.with(problem, requests)), options(2));

            Map<String, List<String>> reasons = plan.unscheduled().stream()
                    .collect(Collectors.toMap(SchedulePlan.Unscheduled::request, SchedulePlan.Unscheduled::reasons));
            assertThat(plan.feasible()).isTrue();
            assertThat(reasons.get("R2")).contains("toxic-propellant cap for 2027 reached: 1 of 1");
            assertThat(reasons.get("R3")).contains("drop zone 327 closed 1-30 April 2027");
            assertThat(reasons.get("R4")).contains("Proton family suspended 1 July-30 September 2027");
            assertThat(reasons.get("R5")).containsExactly("no pad supports Vikram-1");
        }

        @Test
        void keepsAFamilyWithinTheLaunchesApprovedForTheYear() {
            String problem = Samples.baikonurJson().replace("\"caps\": [",
                    "\"caps\": [{\"family\": \"Proton\", \"year\": 2027, \"maxPerYear\": 1}, ");
            String requests = "[" + request("R1", "Proton-M", "2027-01-10", "2027-06-30", "2027-02-01", 1, "")
                    + ", " + request("R2", "Proton-M", "2027-05-01", "2027-06-30", "2027-05-10", 5, "") + "]";

            SchedulePlan plan = scheduler.solve(ScheduleFormat.read(Samples.with(problem, requests)), options(2));

            assertThat(plan.feasible()).isTrue();
            assertThat(plan.assignments()).extracting(SchedulePlan.Assignment::request).containsExactly("R1");
            assertThat(plan.unscheduled()).singleElement().satisfies(out -> assertThat(out.reasons())
                    .contains("Proton family cap for 2027 reached: 1 of 1"));
        }
    }

    @Nested
    class WhereCanThisFit {
        @Test
        void offersTheFreePlacesNearestTheDesiredDayWithoutCommitting() {
            String requests = "[" + request("R1", "Proton-M", "2027-01-10", "2027-06-30", "2027-02-01", 1,
                    ", \"published\": {\"pad\": \"81/24\", \"date\": \"2027-02-01\"}") + "]";
            ScheduleProblem problem = ScheduleFormat.read(Samples.baikonurWith(requests));
            ScheduleProblem.Request newcomer = new ScheduleProblem.Request("R9", "Glavkosmos", "Proton-M", 51.6,
                    LocalDate.of(2027, 1, 10), LocalDate.of(2027, 6, 30), LocalDate.of(2027, 2, 15), 2, null, null,
                    null);

            List<FitOption> options = scheduler.whereCanThisFit(problem, newcomer, 3, options(2));

            assertThat(options).hasSize(3);
            // 30 days of turnaround after R1 on 2027-02-01, the pad out in March, zone 327 closed in April
            assertThat(options.get(0).pad()).isEqualTo("81/24");
            assertThat(options.get(0).date()).isEqualTo(LocalDate.of(2027, 5, 1));
            assertThat(options.get(0).scoreImpact()).startsWith("0hard/9medium/");
            assertThat(options.get(0).notes()).contains("free: no other launch moves");
            assertThat(problem.requests()).hasSize(1);
        }

        @Test
        void offersPlacesThatMoveAnotherLaunchWhenNothingIsFree() {
            String requests = "[" + request("R1", "Proton-M", "2027-01-10", "2027-06-30", "2027-02-01", 1,
                    ", \"published\": {\"pad\": \"81/24\", \"date\": \"2027-02-01\"}") + "]";
            ScheduleProblem problem = ScheduleFormat.read(Samples.baikonurWith(requests));
            ScheduleProblem.Request newcomer = new ScheduleProblem.Request("R9", "Glavkosmos", "Proton-M", 51.6,
                    LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 20), LocalDate.of(2027, 2, 15), 2, null, null,
                    null);

            List<FitOption> options = scheduler.whereCanThisFit(problem, newcomer, 2, options(2));

            assertThat(options).isNotEmpty();
            assertThat(options.get(0).notes()).anyMatch(note -> note.startsWith("moves R1 from 81/24 on 2027-02-01"));
        }
    }

    private static Map<String, SchedulePlan.Assignment> byRequest(SchedulePlan plan) {
        return plan.assignments().stream()
                .collect(Collectors.toMap(SchedulePlan.Assignment::request, Function.identity()));
    }
}
