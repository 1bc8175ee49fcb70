package org.cosmodrome.sites;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.vehicles.VehicleId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PadTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Instant NOW = Instant.parse("2026-03-10T06:00:00Z");

    private static Pad pad(PadStatus status, LocalDate since) {
        return new Pad(PadId.of("31-6"), "31/6", "31", org.cosmodrome.platform.LocalizedName.of("Site 31, pad 6"), null, 45.996, 63.564, null, status, since,
                null, List.of(VehicleId.of("soyuz-2-1a")), null, null, null, null, null, null, List.of(), 3);
    }

    @Nested
    class MovingToAnAllowedStatus {

        @Test
        void recordsWhereItCameFromAndWhenItTookEffect() {
            PadStatusChange change = pad(PadStatus.ACTIVE, LocalDate.of(1961, 1, 1))
                    .transitionTo(PadStatus.UNDER_REPAIR, LocalDate.of(2025, 11, 27), TODAY, "service cabin fell",
                            "ops", NOW);

            assertThat(change.pad()).isEqualTo(PadId.of("31-6"));
            assertThat(change.from()).isEqualTo(PadStatus.ACTIVE);
            assertThat(change.to()).isEqualTo(PadStatus.UNDER_REPAIR);
            assertThat(change.effectiveOn()).isEqualTo(LocalDate.of(2025, 11, 27));
            assertThat(change.recordedAt()).isEqualTo(NOW);
            assertThat(change.recordedBy()).isEqualTo("ops");
        }

        @Test
        void acceptsTheDayTheCurrentStatusBegan() {
            LocalDate since = LocalDate.of(2025, 1, 1);

            assertThat(pad(PadStatus.ACTIVE, since).transitionTo(PadStatus.IDLE, since, TODAY, "r", "ops", NOW)
                    .effectiveOn()).isEqualTo(since);
        }

        @Test
        void acceptsToday() {
            assertThat(pad(PadStatus.ACTIVE, LocalDate.of(2025, 1, 1))
                    .transitionTo(PadStatus.IDLE, TODAY, TODAY, "r", "ops", NOW).effectiveOn()).isEqualTo(TODAY);
        }
    }

    @Test
    void refusesAMoveTheLifecycleForbids() {
        Pad museum = pad(PadStatus.MUSEUM, LocalDate.of(2025, 6, 1));

        assertThatThrownBy(() -> museum.transitionTo(PadStatus.ACTIVE, TODAY, TODAY, "r", "ops", NOW))
                .isInstanceOfSatisfying(TransitionNotAllowed.class, refused -> {
                    assertThat(refused.code()).isEqualTo("pad.status.transition-not-allowed");
                    assertThat(refused.field()).isEqualTo("to");
                });
    }

    @Test
    void refusesADayBeforeTheCurrentStatusBegan() {
        Pad pad = pad(PadStatus.ACTIVE, LocalDate.of(2025, 1, 1));

        assertThatThrownBy(() -> pad.transitionTo(PadStatus.IDLE, LocalDate.of(2024, 12, 31), TODAY, "r", "ops", NOW))
                .isInstanceOfSatisfying(InvalidField.class, refused -> {
                    assertThat(refused.field()).isEqualTo("effectiveOn");
                    assertThat(refused.code()).isEqualTo("pad.status.effective-before-current");
                });
    }

    @Test
    void refusesADayAfterToday() {
        Pad pad = pad(PadStatus.ACTIVE, LocalDate.of(2025, 1, 1));

        assertThatThrownBy(() -> pad.transitionTo(PadStatus.IDLE, TODAY.plusDays(1), TODAY, "r", "ops", NOW))
                .isInstanceOfSatisfying(InvalidField.class, refused -> {
                    assertThat(refused.field()).isEqualTo("effectiveOn");
                    assertThat(refused.code()).isEqualTo("pad.status.effective-in-future");
                });
    }

    @Test
    void judgesTheLifecycleBeforeTheDate() {
        Pad museum = pad(PadStatus.MUSEUM, LocalDate.of(2025, 6, 1));

        assertThatThrownBy(() -> museum.transitionTo(PadStatus.ACTIVE, LocalDate.of(2000, 1, 1), TODAY, "r", "ops",
                NOW)).isInstanceOf(TransitionNotAllowed.class);
    }

    @Test
    void idsFollowTheDesignation() {
        assertThat(PadId.forDesignation(" 31/6 ")).isEqualTo(PadId.of("31-6"));
        assertThatThrownBy(() -> PadId.of("31/6")).isInstanceOf(InvalidField.class);
    }
}
