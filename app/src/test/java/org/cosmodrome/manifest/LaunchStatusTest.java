package org.cosmodrome.manifest;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class LaunchStatusTest {

    @Test
    void followsTheMainLineFromRequestToSuccess() {
        assertThat(LaunchStatus.REQUESTED.canBecome(LaunchStatus.SCHEDULED)).isTrue();
        assertThat(LaunchStatus.SCHEDULED.canBecome(LaunchStatus.CONFIRMED)).isTrue();
        assertThat(LaunchStatus.CONFIRMED.canBecome(LaunchStatus.GO)).isTrue();
        assertThat(LaunchStatus.GO.canBecome(LaunchStatus.IN_FLIGHT)).isTrue();
        assertThat(LaunchStatus.IN_FLIGHT.next()).containsExactlyInAnyOrder(LaunchStatus.SUCCESS,
                LaunchStatus.PARTIAL_FAILURE, LaunchStatus.FAILURE);
    }

    @Test
    void skipsNoStepOfTheMainLine() {
        assertThat(LaunchStatus.REQUESTED.canBecome(LaunchStatus.CONFIRMED)).isFalse();
        assertThat(LaunchStatus.SCHEDULED.canBecome(LaunchStatus.IN_FLIGHT)).isFalse();
        assertThat(LaunchStatus.IN_FLIGHT.canBecome(LaunchStatus.SCRUBBED)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = LaunchStatus.class, names = {"SUCCESS", "PARTIAL_FAILURE", "FAILURE", "CANCELLED"})
    void endsForGoodInAnOutcomeOrACancellation(LaunchStatus status) {
        assertThat(status.isFinal()).isTrue();
    }

    @Test
    void pinsOnlyConfirmedAndGoLaunches() {
        EnumSet<LaunchStatus> pinned = EnumSet.noneOf(LaunchStatus.class);
        for (LaunchStatus s : LaunchStatus.values()) {
            if (s.pinned()) {
                pinned.add(s);
            }
        }
        assertThat(pinned).containsExactlyInAnyOrder(LaunchStatus.CONFIRMED, LaunchStatus.GO);
    }

    @Test
    void aScrubReturnsToScheduling() {
        assertThat(LaunchStatus.GO.canBecome(LaunchStatus.SCRUBBED)).isTrue();
        assertThat(LaunchStatus.SCRUBBED.toBePlanned()).isTrue();
    }
}
