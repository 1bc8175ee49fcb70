package org.cosmodrome.planning.solver;

import static org.cosmodrome.planning.solver.Fixtures.PAD_200;
import static org.cosmodrome.planning.solver.Fixtures.PAD_31;
import static org.cosmodrome.planning.solver.Fixtures.PAD_81;
import static org.cosmodrome.planning.solver.Fixtures.PROTON_2027_CAP;
import static org.cosmodrome.planning.solver.Fixtures.TOXIC_CAP;
import static org.cosmodrome.planning.solver.Fixtures.ULYTAU;
import static org.cosmodrome.planning.solver.Fixtures.ZONE_327;
import static org.cosmodrome.planning.solver.Fixtures.day;
import static org.cosmodrome.planning.solver.Fixtures.request;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

class ManifestConstraintsTest {

    private final ConstraintVerifier<ManifestConstraints, ManifestSolution> verifier =
            ConstraintVerifier.build(new ManifestConstraints(), ManifestSolution.class, LaunchSlot.class);

    @Nested
    class PadSupportsVehicle {
        @Test
        void penalisesALaunchFromAPadNotEquippedForItsVehicle() {
            verifier.verifyThat(ManifestConstraints::padSupportsVehicle)
                    .given(request("R1").at(PAD_31, "2027-05-05"))
                    .penalizesBy(1);
        }

        @Test
        void doesNotPenaliseASupportedPad() {
            verifier.verifyThat(ManifestConstraints::padSupportsVehicle)
                    .given(request("R1").at(PAD_81, "2027-05-05"), request("R2").unscheduled())
                    .hasNoImpact();
        }
    }

    @Nested
    class FixedPad {
        @Test
        void penalisesAnotherPadThanTheBoundOne() {
            verifier.verifyThat(ManifestConstraints::fixedPad)
                    .given(request("R1").fixedPad(PAD_81).at(PAD_200, "2027-05-05"))
                    .penalizesBy(1);
        }

        @Test
        void doesNotPenaliseTheBoundPadOrAnUnboundRequest() {
            verifier.verifyThat(ManifestConstraints::fixedPad)
                    .given(request("R1").fixedPad(PAD_81).at(PAD_81, "2027-05-05"),
                            request("R2").at(PAD_200, "2027-05-05"))
                    .hasNoImpact();
        }
    }

    @Nested
    class PadTurnaround {
        @Test
        void penalisesTheDaysShortOfTheEarlierLaunchsTurnaround() {
            verifier.verifyThat(ManifestConstraints::padTurnaround)
                    .given(request("R1").at(PAD_81, "2027-05-01"), request("R2").at(PAD_81, "2027-05-21"))
                    .penalizesBy(10);
        }

        @Test
        void penalisesAcrossThePeriodBoundaryAndOnTheSameDay() {
            verifier.verifyThat(ManifestConstraints::padTurnaround)
                    .given(request("R1").at(PAD_81, "2027-06-01"), request("R2").at(PAD_81, "2027-06-01"),
                            request("R3").turnaround(5).at(PAD_200, "2027-12-28"),
                            request("R4").turnaround(5).at(PAD_200, "2028-01-01"))
                    .penalizesBy(30 + 1);
        }

        @Test
        void doesNotPenaliseLaunchesFarEnoughApartOrOnOtherPads() {
            verifier.verifyThat(ManifestConstraints::padTurnaround)
                    .given(request("R1").at(PAD_81, "2027-05-01"), request("R2").at(PAD_81, "2027-05-31"),
                            request("R3").at(PAD_200, "2027-05-02"), request("R4").unscheduled())
                    .hasNoImpact();
        }
    }

    @Nested
    class PadOutage {
        @Test
        void penalisesALaunchWhileThePadIsOutOfService() {
            verifier.verifyThat(ManifestConstraints::padOutage)
                    .given(request("R1").at(PAD_81, "2027-03-31"))
                    .penalizesBy(1);
        }

        @Test
        void doesNotPenaliseTheDayAfterTheOutage() {
            verifier.verifyThat(ManifestConstraints::padOutage)
                    .given(request("R1").at(PAD_81, "2027-04-01"))
                    .hasNoImpact();
        }
    }

    @Nested
    class RangeSeparation {
        @Test
        void penalisesTwoLaunchesOfTheSiteCloserThanTheSeparation() {
            verifier.verifyThat(ManifestConstraints::rangeSeparation)
                    .given(request("R1").separation(3).at(PAD_81, "2027-05-01"),
                            request("R2").separation(3).at(PAD_200, "2027-05-02"))
                    .penalizesBy(2);
        }

        @Test
        void penalisesTwoLaunchesOnOneDayWithASeparationOfOne() {
            verifier.verifyThat(ManifestConstraints::rangeSeparation)
                    .given(request("R1").at(PAD_81, "2027-05-01"), request("R2").at(PAD_200, "2027-05-01"))
                    .penalizesBy(1);
        }

        @Test
        void doesNotPenaliseLaunchesOnConsecutiveDaysWithASeparationOfOne() {
            verifier.verifyThat(ManifestConstraints::rangeSeparation)
                    .given(request("R1").at(PAD_81, "2027-05-01"), request("R2").at(PAD_200, "2027-05-02"))
                    .hasNoImpact();
        }
    }

    @Nested
    class DropZoneClosure {
        @Test
        void penalisesALaunchWhenAZoneOfItsCorridorIsClosed() {
            verifier.verifyThat(ManifestConstraints::dropZoneClosure)
                    .given(request("R1").zones(ULYTAU, ZONE_327).at(PAD_81, "2027-04-15"))
                    .penalizesBy(1);
        }

        @Test
        void doesNotPenaliseAnOpenZoneOrAnotherCorridor() {
            verifier.verifyThat(ManifestConstraints::dropZoneClosure)
                    .given(request("R1").zones(ULYTAU, ZONE_327).at(PAD_81, "2027-05-01"),
                            request("R2").zones(ULYTAU).at(PAD_200, "2027-04-15"))
                    .hasNoImpact();
        }
    }

    @Nested
    class DropZoneYearlyLimit {
        @Test
        void penalisesEachLaunchOverTheZonesLimitInAYear() {
            verifier.verifyThat(ManifestConstraints::dropZoneYearlyLimit)
                    .given(request("R1").zones(ZONE_327).at(PAD_81, "2027-05-01"),
                            request("R2").zones(ZONE_327).at(PAD_200, "2027-08-01"),
                            request("R3").zones(ZONE_327).at(PAD_81, "2027-10-01"))
                    .penalizesBy(2);
        }

        @Test
        void doesNotPenaliseOneLaunchAYear() {
            verifier.verifyThat(ManifestConstraints::dropZoneYearlyLimit)
                    .given(request("R1").zones(ZONE_327, ULYTAU).at(PAD_81, "2027-05-01"),
                            request("R2").zones(ZONE_327).at(PAD_200, "2028-05-01"),
                            request("R3").zones(ULYTAU).at(PAD_81, "2027-08-01"))
                    .hasNoImpact();
        }
    }

    @Nested
    class HazardClassYearlyCap {
        @Test
        void penalisesEachCappedLaunchOverTheCapInAYear() {
            verifier.verifyThat(ManifestConstraints::hazardClassYearlyCap)
                    .given(request("R1").cap(TOXIC_CAP).at(PAD_81, "2027-05-01"),
                            request("R2").cap(TOXIC_CAP).at(PAD_200, "2027-09-01"))
                    .penalizesBy(1);
        }

        @Test
        void doesNotPenaliseWithinTheCapOrUncappedLaunches() {
            verifier.verifyThat(ManifestConstraints::hazardClassYearlyCap)
                    .given(request("R1").cap(TOXIC_CAP).at(PAD_81, "2027-05-01"),
                            request("R2").cap(TOXIC_CAP).at(PAD_200, "2028-05-01"),
                            request("R3").at(PAD_81, "2027-09-01"))
                    .hasNoImpact();
        }

        @Test
        void penalisesAFamilyCapOnlyInTheYearItCaps() {
            verifier.verifyThat(ManifestConstraints::hazardClassYearlyCap)
                    .given(request("R1").cap(PROTON_2027_CAP).at(PAD_81, "2027-05-01"),
                            request("R2").cap(PROTON_2027_CAP).at(PAD_200, "2027-09-01"),
                            request("R3").cap(PROTON_2027_CAP).at(PAD_81, "2028-05-01"),
                            request("R4").cap(PROTON_2027_CAP).at(PAD_200, "2028-09-01"))
                    .penalizesBy(1);
        }

        @Test
        void countsALaunchAgainstEveryCapThatCountsIt() {
            verifier.verifyThat(ManifestConstraints::hazardClassYearlyCap)
                    .given(request("R1").cap(TOXIC_CAP, PROTON_2027_CAP).at(PAD_81, "2027-05-01"),
                            request("R2").cap(TOXIC_CAP, PROTON_2027_CAP).at(PAD_200, "2027-09-01"))
                    .penalizesBy(2);
        }
    }

    @Nested
    class FamilySuspension {
        @Test
        void penalisesALaunchOfASuspendedFamily() {
            verifier.verifyThat(ManifestConstraints::familySuspension)
                    .given(request("R1").suspended("2027-07-01", "2027-09-30").at(PAD_81, "2027-07-01"))
                    .penalizesBy(1);
        }

        @Test
        void doesNotPenaliseOutsideTheSuspension() {
            verifier.verifyThat(ManifestConstraints::familySuspension)
                    .given(request("R1").suspended("2027-07-01", "2027-09-30").at(PAD_81, "2027-10-01"))
                    .hasNoImpact();
        }
    }

    @Nested
    class RequestWindow {
        @Test
        void penalisesTheDaysOutsideTheWindow() {
            verifier.verifyThat(ManifestConstraints::requestWindow)
                    .given(request("R1").window("2027-05-01", "2027-05-31").desired("2027-05-10")
                            .at(PAD_81, "2027-06-03"))
                    .penalizesBy(3);
        }

        @Test
        void doesNotPenaliseTheWindowsLastDay() {
            verifier.verifyThat(ManifestConstraints::requestWindow)
                    .given(request("R1").window("2027-05-01", "2027-05-31").desired("2027-05-10")
                            .at(PAD_81, "2027-05-31"))
                    .hasNoImpact();
        }
    }

    @Nested
    class UnscheduledRequest {
        @Test
        void penalisesByPriorityWeight() {
            verifier.verifyThat(ManifestConstraints::unscheduledRequest)
                    .given(request("R1").priority(1).unscheduled(), request("R2").priority(4).unscheduled(),
                            LaunchSlot.placed(request("R3").build(), PAD_81, null))
                    .penalizesBy(10 + 7 + 9);
        }

        @Test
        void doesNotPenaliseScheduledRequests() {
            verifier.verifyThat(ManifestConstraints::unscheduledRequest)
                    .given(request("R1").at(PAD_81, "2027-05-01"))
                    .hasNoImpact();
        }
    }

    @Nested
    class DesiredDate {
        @Test
        void penalisesEachDayFromTheDesiredDay() {
            verifier.verifyThat(ManifestConstraints::desiredDate)
                    .given(request("R1").desired("2027-06-01").at(PAD_81, "2027-05-25"))
                    .penalizesBy(7);
        }

        @Test
        void doesNotPenaliseTheDesiredDay() {
            verifier.verifyThat(ManifestConstraints::desiredDate)
                    .given(request("R1").desired("2027-06-01").at(PAD_81, "2027-06-01"))
                    .hasNoImpact();
        }
    }

    @Nested
    class TenantFairness {
        @Test
        void penalisesDelayBorneByOneTenantOnly() {
            verifier.verifyThat(ManifestConstraints::tenantFairness)
                    .given(request("R1").tenant("A").desired("2027-06-01").at(PAD_81, "2027-06-21"),
                            request("R2").tenant("B").desired("2027-08-01").at(PAD_200, "2027-08-01"))
                    .penalizes();
        }

        @Test
        void doesNotPenaliseEquallySharedDelay() {
            verifier.verifyThat(ManifestConstraints::tenantFairness)
                    .given(request("R1").tenant("A").desired("2027-06-01").at(PAD_81, "2027-06-11"),
                            request("R2").tenant("B").desired("2027-08-01").at(PAD_200, "2027-08-11"))
                    .hasNoImpact();
        }
    }

    @Nested
    class PublishedLaunchMoved {
        @Test
        void penalisesAMoveByItsFixedCostPlusTheDays() {
            LaunchSlot moved = request("R1").at(PAD_81, "2027-06-05").withPublished(PAD_81, day("2027-06-01"));
            LaunchSlot dropped = request("R2").unscheduled().withPublished(PAD_200, day("2027-07-01"));
            verifier.verifyThat(ManifestConstraints::publishedLaunchMoved)
                    .given(moved, dropped)
                    .penalizesBy(ManifestConstraints.PUBLISHED_MOVE_COST + 4 + ManifestConstraints.PUBLISHED_MOVE_COST);
        }

        @Test
        void doesNotPenaliseALaunchWhereItWasPublished() {
            verifier.verifyThat(ManifestConstraints::publishedLaunchMoved)
                    .given(request("R1").at(PAD_81, "2027-06-01").withPublished(PAD_81, day("2027-06-01")),
                            request("R2").at(PAD_81, "2027-08-01"))
                    .hasNoImpact();
        }
    }
}
