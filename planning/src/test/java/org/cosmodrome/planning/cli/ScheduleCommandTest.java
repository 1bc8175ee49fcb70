package org.cosmodrome.planning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ScheduleCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesThePlanOfTheSampleAndExitsZero(@TempDir Path dir) throws IOException {
        Path plan = dir.resolve("plan.json");

        int code = run("--input", Path.of("..", "docs", "formats", "samples", "baikonur-sample.json").toString(),
                "--output", plan.toString(), "--seconds", "2");

        assertThat(code).isZero();
        assertThat(Files.readString(plan)).contains("\"assignments\"").contains("\"feasible\" : true");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 assigned, 0 unscheduled");
    }

    @Test
    void exitsTwoNamingTheFieldOfABadProblem(@TempDir Path dir) throws IOException {
        Path problem = dir.resolve("problem.json");
        Files.writeString(problem, Files.readString(Path.of("..", "docs", "formats", "samples",
                "baikonur-sample.json")).replace("\"latest\": \"2027-06-30\"", "\"latest\": \"2026-06-30\""));

        int code = run("--input", problem.toString(), "--output", dir.resolve("plan.json").toString());

        assertThat(code).isEqualTo(ScheduleCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("requests[0].latest");
        assertThat(dir.resolve("plan.json")).doesNotExist();
    }

    @Test
    void exitsTwoOnAMissingOption() {
        assertThat(run("--input", "problem.json")).isEqualTo(ScheduleCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--output");
    }

    @Test
    void exitsOneWhenAPinnedLaunchBreaksAHardRule(@TempDir Path dir) throws IOException {
        Path problem = dir.resolve("problem.json");
        Files.writeString(problem, Files.readString(Path.of("..", "docs", "formats", "samples",
                "baikonur-sample.json")).replace("\"pinned\": null",
                        "\"pinned\": {\"pad\": \"81/24\", \"date\": \"2027-03-15\"}"));

        int code = run("--input", problem.toString(), "--output", dir.resolve("plan.json").toString());

        assertThat(code).isEqualTo(ScheduleCommand.INFEASIBLE);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("INFEASIBLE");
    }
}
