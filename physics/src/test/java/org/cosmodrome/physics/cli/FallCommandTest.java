package org.cosmodrome.physics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FallCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return FallCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsTheImpactAsJsonWithLatitudeLongitudeAndTimeOfFlight() {
        int code = run("--lat", "46.5", "--lon", "64.5", "--alt-m", "45000", "--east-mps", "1400", "--north-mps", "800",
                "--up-mps", "700", "--beta-kg-m2", "1500");
        assertThat(code).isZero();
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).matches("\\{\"latitude\":4[6-8]\\.\\d{6},\"longitude\":6[5-9]\\.\\d{6},"
                + "\"timeOfFlightS\":\\d+\\.\\d{2},.*\\}\\s*");
    }

    @Test
    void aBodyDroppedAtRestLandsBelowItsStartingPoint() {
        assertThat(run("--lat=46", "--lon=63", "--alt-m=1000", "--east-mps=0", "--north-mps=0", "--up-mps=0",
                "--beta-kg-m2=5000")).isZero();
        // Coriolis drift of a 1 km drop is (1/3)·ω·g·t³·cos φ = 0.5 m east (t = 14.5 s), 6.5e-6° of longitude
        assertThat(out.toString(StandardCharsets.UTF_8))
                .matches("\\{\"latitude\":46\\.000000,\"longitude\":63\\.00000[5-8],.*\\s*");
    }

    @Test
    void namesAMissingOptionAndExitsWithTwo() {
        assertThat(run("--lat", "46", "--lon", "63")).isEqualTo(FallCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--alt-m is required");
    }

    @Test
    void refusesANonNumericValueNamingIt() {
        assertThat(run("--lat", "north", "--lon", "63", "--alt-m", "1", "--east-mps", "0", "--north-mps", "0",
                "--up-mps", "0", "--beta-kg-m2", "1")).isEqualTo(FallCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--lat must be a number");
    }

    @Test
    void refusesANonPositiveBallisticCoefficient() {
        assertThat(run("--lat", "46", "--lon", "63", "--alt-m", "1", "--east-mps", "0", "--north-mps", "0",
                "--up-mps", "0", "--beta-kg-m2", "0")).isEqualTo(FallCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--beta-kg-m2 must be positive");
    }

    @Test
    void aBodyAtOrbitalSpeedDoesNotComeDown() {
        assertThat(run("--lat", "0", "--lon", "0", "--alt-m", "400000", "--east-mps", "7200", "--north-mps", "0",
                "--up-mps", "0", "--beta-kg-m2", "100000")).isEqualTo(FallCommand.NO_IMPACT);
    }
}
