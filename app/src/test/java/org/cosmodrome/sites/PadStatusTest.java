package org.cosmodrome.sites;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.sites.PadStatus.*;

class PadStatusTest {

    @ParameterizedTest
    @EnumSource(PadStatus.class)
    void noStatusCanBecomeItself(PadStatus status) {
        assertThat(status.canBecome(status)).isFalse();
    }

    @Test
    void aMuseumStaysAMuseum() {
        assertThat(MUSEUM.next()).isEmpty();
        assertThat(MUSEUM.canBecome(ACTIVE)).isFalse();
    }

    @Test
    void aDestroyedPadCanOnlyBeRebuilt() {
        assertThat(DESTROYED.next()).containsExactly(UNDER_CONVERSION);
    }

    @Test
    void aDecommissionedPadCanBeConvertedHandedOverOrDestroyed() {
        assertThat(DECOMMISSIONED.next()).containsExactlyInAnyOrder(UNDER_CONVERSION, MUSEUM, DESTROYED);
    }

    @Nested
    class AMothballedPad {

        @Test
        void mustBeRepairedOrConvertedBeforeFlyingAgain() {
            assertThat(MOTHBALLED.canBecome(ACTIVE)).isFalse();
            assertThat(MOTHBALLED.canBecome(IDLE)).isFalse();
            assertThat(MOTHBALLED.canBecome(UNDER_REPAIR)).isTrue();
            assertThat(MOTHBALLED.canBecome(UNDER_CONVERSION)).isTrue();
        }

        @Test
        void canBecomeAMuseum() {
            assertThat(MOTHBALLED.canBecome(MUSEUM)).isTrue();
        }
    }

    @Test
    void anActivePadCannotBecomeAMuseumWithoutBeingRetiredFirst() {
        assertThat(ACTIVE.canBecome(MUSEUM)).isFalse();
        assertThat(ACTIVE.canBecome(DECOMMISSIONED)).isTrue();
    }

    @Test
    void aRepairedPadCanReturnToService() {
        assertThat(UNDER_REPAIR.canBecome(ACTIVE)).isTrue();
        assertThat(UNDER_CONVERSION.canBecome(ACTIVE)).isTrue();
    }

    @Test
    void onlyActiveAndIdlePadsCanHostALaunchCampaign() {
        assertThat(java.util.EnumSet.allOf(PadStatus.class)).filteredOn(PadStatus::canLaunch)
                .containsExactlyInAnyOrder(ACTIVE, IDLE);
    }
}
