package org.cosmodrome.planning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ForecastCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Path sample() throws URISyntaxException {
        return Path.of(ForecastCommandTest.class.getResource("/forecast/two-pads.json").toURI());
    }

    @Test
    void runsAScenarioAsTheApiAnswersItPrintsEachYearWithItsBindingResourceAndWritesTheReport() throws Exception {
        Path report = dir.resolve("out/report.json");
        assertThat(run("--input", sample().toString(), "--output", report.toString(), "--threads", "1"))
                .isEqualTo(ForecastCommand.DONE);
        String printed = out.toString(StandardCharsets.UTF_8);
        // five Protons a year under a toxic cap of two: three stay on the ground every year, bound by the cap
        assertThat(printed).contains("Two pads, 2027-2028, 2 samples, seed 5", "100%  4 of 4 year plans")
                .containsPattern("2027 +\\S+ \\(\\S+\\) +\\S+ \\(\\S+\\) +3 \\(3-3\\) +\\d+ +HAZARD_CAP")
                .containsPattern("2028 .* HAZARD_CAP");
        assertThat(Files.readString(report)).contains("\"scenario\" : \"Two pads\"", "\"binding\" : \"HAZARD_CAP\"");

        out.reset();
        Path again = dir.resolve("again.json");
        assertThat(run("--input", sample().toString(), "--output", again.toString(), "--threads", "2"))
                .isEqualTo(ForecastCommand.DONE);
        assertThat(Files.readString(again)).isEqualTo(Files.readString(report));
    }

    @Test
    void aBadScenarioIsRefusedNamingTheField() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(sample()).replace("\"vehicle\": \"proton-m\"",
                "\"vehicle\": \"angara\""));
        assertThat(run("--input", bad.toString())).isEqualTo(ForecastCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("streams[1].vehicle");

        err.reset();
        Files.writeString(bad, Files.readString(sample()).replace("\"windowDays\": 90", "\"windowDayz\": 90"));
        assertThat(run("--input", bad.toString())).isEqualTo(ForecastCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a scenario: streams[1].window");

        err.reset();
        assertThat(run("--input", dir.resolve("missing.json").toString(), "--samples", "x"))
                .isEqualTo(ForecastCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--samples needs a whole number");
    }
}
