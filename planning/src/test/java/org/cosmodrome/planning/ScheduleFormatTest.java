package org.cosmodrome.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScheduleFormatTest {

    private static final String R1 = """
            {"id": "R1", "tenant": "Roscosmos", "vehicle": "Proton-M", "inclination": 51.6,
             "earliest": "2027-01-10", "latest": "2027-06-30", "desired": "2027-02-01", "priority": 2}""";

    @Nested
    class Reading {
        @Test
        void readsTheIssuesSample() {
            ScheduleProblem problem = ScheduleFormat.read(Samples.baikonurJson());

            assertThat(problem.horizon()).isEqualTo(new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
            assertThat(problem.rangeSeparationDays()).isEqualTo(1);
            assertThat(problem.pads().get(0).outages()).hasSize(1);
            assertThat(problem.corridors().get(0).dropZones()).containsExactly("ULYTAU", "327");
            assertThat(problem.requests().get(0)).satisfies(request -> {
                assertThat(request.desired()).isEqualTo(LocalDate.of(2027, 2, 1));
                assertThat(request.pinned()).isNull();
                assertThat(request.priority()).isEqualTo(2);
            });
        }

        @Test
        void defaultsTheDesiredDayToTheEarliestAndTheSeparationToOneDay() {
            String json = Samples.baikonurWith("[" + R1.replace("\"desired\": \"2027-02-01\", ", "") + "]")
                    .replace("\"rangeSeparationDays\": 1,", "");

            ScheduleProblem problem = ScheduleFormat.read(json);

            assertThat(problem.requests().get(0).desired()).isEqualTo(LocalDate.of(2027, 1, 10));
            assertThat(problem.rangeSeparationDays()).isEqualTo(1);
        }

        @Test
        void readsPinnedPublishedAndFixedPad() {
            String request = R1.replace("\"priority\": 2", "\"priority\": 2, \"fixedPad\": \"81/24\","
                    + " \"pinned\": {\"pad\": \"81/24\", \"date\": \"2027-02-03\"},"
                    + " \"published\": {\"pad\": \"81/24\", \"date\": \"2027-02-02\"}");

            ScheduleProblem.Request read = ScheduleFormat.read(Samples.baikonurWith("[" + request + "]")).requests()
                    .get(0);

            assertThat(read.pinned()).isEqualTo(new ScheduleProblem.Placement("81/24", LocalDate.of(2027, 2, 3)));
            assertThat(read.published()).isEqualTo(new ScheduleProblem.Placement("81/24", LocalDate.of(2027, 2, 2)));
            assertThat(read.fixedPad()).isEqualTo("81/24");
        }

        @Test
        void writesAProblemThatReadsBackEqual() {
            ScheduleProblem problem = ScheduleFormat.read(Samples.baikonurJson());

            assertThat(ScheduleFormat.read(ScheduleFormat.write(problem))).isEqualTo(problem);
        }

        @Test
        void readsAFamilyCapForOneYearBesideTheHazardClassCap() {
            String json = Samples.baikonurJson().replace("\"caps\": [{\"hazardClass\": \"TOXIC\", \"maxPerYear\": 8}]",
                    "\"caps\": [{\"hazardClass\": \"TOXIC\", \"maxPerYear\": 8},"
                            + " {\"family\": \"Proton\", \"year\": 2027, \"maxPerYear\": 12}]");

            ScheduleProblem problem = ScheduleFormat.read(json);

            assertThat(problem.caps()).containsExactly(new ScheduleProblem.Cap("TOXIC", 8),
                    new ScheduleProblem.Cap(null, "Proton", 2027, 12));
            assertThat(ScheduleFormat.read(ScheduleFormat.write(problem))).isEqualTo(problem);
        }
    }

    @Nested
    class Rejecting {
        @Test
        void aCapOfNeitherClassNorFamily() {
            assertRejected(Samples.baikonurJson().replace("{\"hazardClass\": \"TOXIC\", \"maxPerYear\": 8}",
                    "{\"year\": 2027, \"maxPerYear\": 8}"), "caps[0].hazardClass");
        }

        @Test
        void aSecondCapOfTheSameFamilyAndYear() {
            assertRejected(Samples.baikonurJson().replace("{\"hazardClass\": \"TOXIC\", \"maxPerYear\": 8}",
                    "{\"family\": \"Proton\", \"year\": 2027, \"maxPerYear\": 8},"
                            + " {\"family\": \"Proton\", \"year\": 2027, \"maxPerYear\": 3}"), "caps[1].family");
        }

        @Test
        void malformedJson() {
            assertRejected("{\"horizon\": ", "$");
        }

        @Test
        void aMissingHorizon() {
            assertRejected(Samples.baikonurJson().replace(
                    "\"horizon\": {\"start\": \"2027-01-01\", \"end\": \"2027-12-31\"}, ", ""), "horizon");
        }

        @Test
        void aReversedHorizon() {
            assertRejected(Samples.baikonurJson().replace("\"end\": \"2027-12-31\"", "\"end\": \"2026-12-31\""),
                    "horizon.end");
        }

        @Test
        void anUnknownField() {
            assertRejected(Samples.baikonurWith("[" + R1.replace("\"priority\"", "\"earlist\": 1, \"priority\"")
                    + "]"), "requests[0].earlist");
        }

        @Test
        void aDuplicateRequestId() {
            assertRejected(Samples.baikonurWith("[" + R1 + ", " + R1 + "]"), "requests[1].id");
        }

        @Test
        void anUnknownVehicle() {
            assertRejected(Samples.baikonurWith("[" + R1.replace("\"Proton-M\"", "\"Vikram-1\"") + "]"),
                    "requests[0].vehicle");
        }

        @Test
        void aPadSupportingAnUnknownVehicle() {
            assertRejected(Samples.baikonurJson().replace("\"vehicles\": [\"Proton-M\"]",
                    "\"vehicles\": [\"Proton-M\", \"Soyuz-2.1a\"]"), "pads[0].vehicles[1]");
        }

        @Test
        void aWindowOutsideTheHorizon() {
            assertRejected(Samples.baikonurWith("[" + R1.replace("2027-06-30", "2028-01-05") + "]"),
                    "requests[0].latest");
        }

        @Test
        void aReversedWindow() {
            assertRejected(Samples.baikonurWith("[" + R1.replace("2027-06-30", "2027-01-05")
                    .replace("2027-02-01", "2027-01-10") + "]"), "requests[0].latest");
        }

        @Test
        void aDesiredDayOutsideTheWindow() {
            assertRejected(Samples.baikonurWith("[" + R1.replace("2027-02-01", "2027-07-01") + "]"),
                    "requests[0].desired");
        }

        @Test
        void anInclinationWithoutCorridor() {
            assertRejected(Samples.baikonurWith("[" + R1.replace("51.6", "97.5") + "]"), "requests[0].inclination");
        }

        @Test
        void aPinnedPadThatDoesNotExist() {
            assertRejected(Samples.baikonurWith("[" + R1.replace("\"priority\": 2",
                    "\"priority\": 2, \"pinned\": {\"pad\": \"1/5\", \"date\": \"2027-02-01\"}") + "]"),
                    "requests[0].pinned.pad");
        }

        @Test
        void aPriorityBelowOne() {
            assertRejected(Samples.baikonurWith("[" + R1.replace("\"priority\": 2", "\"priority\": 0") + "]"),
                    "requests[0].priority");
        }

        @Test
        void aBadDate() {
            assertRejected(Samples.baikonurJson().replace("\"2027-04-30\"", "\"30.04.2027\""),
                    "dropZones[0].closures[0].end");
        }

        @Test
        void aSuspensionOfAnUnknownFamily() {
            assertRejected(Samples.baikonurJson().replace("\"family\": \"Proton\", \"start\"",
                    "\"family\": \"Zenit\", \"start\""), "suspensions[0].family");
        }

        private void assertRejected(String json, String field) {
            assertThatThrownBy(() -> ScheduleFormat.read(json))
                    .isInstanceOfSatisfying(ScheduleFormatException.class,
                            e -> assertThat(e.field()).isEqualTo(field))
                    .hasMessageStartingWith(field + ": ");
        }
    }

    @Nested
    class Writing {
        @Test
        void writesAssignmentsUnscheduledMovesScoreAndDiagnostics() {
            SchedulePlan plan = new SchedulePlan(
                    List.of(new SchedulePlan.Assignment("R1", "81/24", LocalDate.of(2027, 2, 1))),
                    List.of(new SchedulePlan.Unscheduled("R2", List.of("no pad supports Vikram-1"))),
                    List.of(new SchedulePlan.Move("R3", "81/24", LocalDate.of(2027, 3, 1), null, null,
                            List.of("pad 81/24 out of service 1-31 March 2027"))),
                    "0hard/-9medium/-1000soft", true, new SchedulePlan.Diagnostics("timefold-1.32.0", 42, 15));

            String json = ScheduleFormat.write(plan).replaceAll("\\s+", "");

            assertThat(json).contains("\"assignments\":[{\"request\":\"R1\",\"pad\":\"81/24\",\"date\":\"2027-02-01\"}]")
                    .contains("\"unscheduled\":[{\"request\":\"R2\",\"reasons\":[\"nopadsupportsVikram-1\"]}]")
                    .contains("\"from\":{\"pad\":\"81/24\",\"date\":\"2027-03-01\"},\"to\":null")
                    .contains("\"score\":\"0hard/-9medium/-1000soft\"")
                    .contains("\"feasible\":true")
                    .contains("\"diagnostics\":{\"solver\":\"timefold-1.32.0\",\"seed\":42,\"millis\":15}");
        }
    }
}
