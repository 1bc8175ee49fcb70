package org.cosmodrome.physics.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.TimeScalesFactory;

class TaiUtcTableTest {

    // Data lines as the IERS list gives them (NTP seconds, TAI - UTC) and its expiry line.
    private static final List<String> SAMPLE = List.of(
            "#\tleap-seconds.list sample",
            "#@\t3991593600",
            "2272060800\t10\t# 1 Jan 1972",
            "2287785600      11      # 1 Jul 1972",
            "3692217600\t37\t# 1 Jan 2017");

    @Test
    void writesTheLinesOfUsnosOwnTable() {
        // The expected lines are those of USNO's tai-utc.dat for 1972-01-01, 1972-07-01 and 2017-01-01.
        assertThat(TaiUtcTable.parse(SAMPLE)).extracting(TaiUtcTable.Step::usnoLine).containsExactly(
                " 1972 JAN  1 =JD 2441317.5  TAI-UTC=  10.0       S + (MJD - 41317.) X 0.0      S",
                " 1972 JUL  1 =JD 2441499.5  TAI-UTC=  11.0       S + (MJD - 41317.) X 0.0      S",
                " 2017 JAN  1 =JD 2457754.5  TAI-UTC=  37.0       S + (MJD - 41317.) X 0.0      S");
    }

    @Test
    void readsTheListsExpiry() {
        // 3991593600 NTP seconds is 2026-06-28, the expiry of tzdata 2025b's list.
        assertThat(TaiUtcTable.expiry(SAMPLE)).isEqualTo(LocalDate.of(2026, 6, 28));
    }

    @Test
    void refusesStepsOutOfOrder() {
        assertThatThrownBy(() -> TaiUtcTable.parse(List.of("2287785600 11", "2272060800 10")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of order");
    }

    @Test
    void committedTableHoldsEveryLeapSecondOfTheSystemList() throws IOException {
        assumeTrue(Files.isReadable(TaiUtcTable.SYSTEM_LIST), "no tzdata leap-seconds.list on this machine");
        List<String> expected = dataLines(TaiUtcTable.usnoTable(
                Files.readAllLines(TaiUtcTable.SYSTEM_LIST, StandardCharsets.UTF_8)));
        String committed;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(OrekitData.LEAP_SECONDS)) {
            assertThat(in).as(OrekitData.LEAP_SECONDS).isNotNull();
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(dataLines(committed)).as("regenerate with TaiUtcTable (see its Javadoc)").isEqualTo(expected);
    }

    @Test
    void orekitTakesTaiMinusUtcFromTheTable() {
        OrekitData.load();
        // TAI - UTC has been 37 s since 2017-01-01 and was 36 s in 2016 (IERS Bulletin C).
        assertThat(taiMinusUtc(2026)).isEqualTo(37.0);
        assertThat(taiMinusUtc(2016)).isEqualTo(36.0);
    }

    private static double taiMinusUtc(int year) {
        AbsoluteDate utc = new AbsoluteDate(year, 6, 1, 0, 0, 0.0, TimeScalesFactory.getUTC());
        AbsoluteDate tai = new AbsoluteDate(year, 6, 1, 0, 0, 0.0, TimeScalesFactory.getTAI());
        return utc.durationFrom(tai);
    }

    private static List<String> dataLines(String table) {
        return table.lines().filter(l -> !l.startsWith("#")).toList();
    }
}
