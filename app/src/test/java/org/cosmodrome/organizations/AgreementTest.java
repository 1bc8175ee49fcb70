package org.cosmodrome.organizations;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementTest {

    private static Agreement agreement(AgreementStatus status, LocalDate from, LocalDate to) {
        return new Agreement(AgreementId.of("lease"), "Lease", AgreementKind.LEASE_EXTENSION, status,
                AgreementVisibility.PUBLIC,
                List.of(OrganizationId.of("kazcosmos"), OrganizationId.of("roscosmos")), null, from, to, null, null,
                null, null, null, List.of(), 0);
    }

    @Nested
    class InForceWithKnownDates {

        private final Agreement lease = agreement(AgreementStatus.IN_FORCE, LocalDate.of(2005, 12, 15),
                LocalDate.of(2050, 12, 31));

        @Test
        void bindsFromTheFirstDayInclusive() {
            assertThat(lease.bindsOn(LocalDate.of(2005, 12, 14))).isFalse();
            assertThat(lease.bindsOn(LocalDate.of(2005, 12, 15))).isTrue();
        }

        @Test
        void bindsUntilTheLastDayInclusive() {
            assertThat(lease.bindsOn(LocalDate.of(2050, 12, 31))).isTrue();
            assertThat(lease.bindsOn(LocalDate.of(2051, 1, 1))).isFalse();
        }
    }

    @Test
    void withUnknownDatesBindsEveryDayWhileInForce() {
        Agreement openEnded = agreement(AgreementStatus.IN_FORCE, null, null);

        assertThat(openEnded.bindsOn(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(openEnded.bindsOn(LocalDate.of(2100, 1, 1))).isTrue();
    }

    @Test
    void anAgreementNotInForceNeverBinds() {
        for (AgreementStatus status : AgreementStatus.values()) {
            if (status != AgreementStatus.IN_FORCE) {
                assertThat(agreement(status, null, null).bindsOn(LocalDate.of(2020, 1, 1))).as(status.name())
                        .isFalse();
            }
        }
    }
}
