package org.cosmodrome.manifest;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetTest {

    static Net day(String day) {
        return Net.day(LocalDate.parse(day));
    }

    @Nested
    class APeriod {

        @Test
        void startsAtTheBeginningOfItsPrecisionAtTheCosmodrome() {
            // 2027-04-14T20:00Z is already 15 April at Baikonur (UTC+5).
            Net month = new Net(Instant.parse("2027-04-14T20:00:00Z"), NetPrecision.DAY);

            assertThat(month.day()).isEqualTo(LocalDate.parse("2027-04-15"));
            assertThat(month.at()).isEqualTo(Instant.parse("2027-04-14T19:00:00Z"));
        }

        @Test
        void ofAQuarterRunsThreeMonths() {
            Net quarter = new Net(Instant.parse("2027-05-20T00:00:00Z"), NetPrecision.QUARTER);

            assertThat(quarter.day()).isEqualTo(LocalDate.parse("2027-04-01"));
            assertThat(quarter.end()).isEqualTo(NetPrecision.startOf(LocalDate.parse("2027-07-01")));
            assertThat(quarter.iso()).isEqualTo("2027-Q2");
        }

        @Test
        void isWrittenToItsPrecisionAndNoMore() {
            assertThat(new Net(Instant.parse("2027-04-01T09:27:13Z"), NetPrecision.MINUTE).iso())
                    .isEqualTo("2027-04-01T09:27Z");
            assertThat(day("2027-04-01").iso()).isEqualTo("2027-04-01");
            assertThat(new Net(NetPrecision.startOf(LocalDate.parse("2027-04-11")), NetPrecision.YEAR).iso())
                    .isEqualTo("2027");
        }
    }

    @Nested
    class AChange {

        @Test
        void toALaterDayIsASlip() {
            assertThat(day("2027-04-01").classify(day("2027-04-03"))).isEqualTo(NetChangeKind.SLIP);
        }

        @Test
        void toAnEarlierDayIsAPullIn() {
            assertThat(day("2027-04-01").classify(day("2027-03-30"))).isEqualTo(NetChangeKind.PULL_IN);
        }

        @Test
        void toAFinerPeriodWithinTheOldOneIsFirming() {
            Net month = new Net(NetPrecision.startOf(LocalDate.parse("2027-04-01")), NetPrecision.MONTH);

            assertThat(month.classify(day("2027-04-20"))).isEqualTo(NetChangeKind.FIRMED);
            assertThat(day("2027-04-20").classify(new Net(Instant.parse("2027-04-20T09:27:00Z"),
                    NetPrecision.MINUTE))).isEqualTo(NetChangeKind.FIRMED);
        }

        @Test
        void toACoarserPeriodAroundTheOldOneIsLoosening() {
            assertThat(day("2027-04-20").classify(new Net(NetPrecision.startOf(LocalDate.parse("2027-04-01")),
                    NetPrecision.QUARTER))).isEqualTo(NetChangeKind.LOOSENED);
        }

        @Test
        void toAFinerPeriodOutsideTheOldOneIsASlip() {
            Net april = new Net(NetPrecision.startOf(LocalDate.parse("2027-04-01")), NetPrecision.MONTH);

            assertThat(april.classify(day("2027-05-02"))).isEqualTo(NetChangeKind.SLIP);
        }

        @Test
        void toTheSameNetIsRefused() {
            assertThatThrownBy(() -> day("2027-04-01").classify(day("2027-04-01")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
