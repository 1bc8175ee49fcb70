package org.cosmodrome.planning.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.cosmodrome.planning.ScheduleFormat;
import org.cosmodrome.planning.ScheduleFormatException;
import org.cosmodrome.planning.SchedulePlan;
import org.cosmodrome.planning.ScheduleProblem;
import org.cosmodrome.planning.SolveOptions;
import org.cosmodrome.planning.TimefoldManifestScheduler;

/**
 * {@code schedule --input problem.json --output plan.json [--seconds N] [--seed N]}: solves a schedule-v1 problem
 * (docs/formats/schedule-v1.md) and writes the plan. Prints a summary and progress to standard output.
 * Exit codes: 0 the plan breaks no hard rule; 1 it breaks one (pinned launches that cannot all hold, say) or the plan
 * cannot be written; 2 bad usage, an unreadable input or a bad problem, naming the field.
 */
public final class ScheduleCommand {

    public static final int FEASIBLE = 0;
    public static final int INFEASIBLE = 1;
    public static final int BAD_INPUT = 2;

    static final String USAGE = "usage: schedule --input problem.json --output plan.json [--seconds N] [--seed N]";

    private ScheduleCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns its exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path input = null;
        Path output = null;
        long seconds = 10;
        long seed = 42;
        CommandLine.Read line = CommandLine.read("schedule", USAGE, args, err);
        if (line.help()) {
            out.println(USAGE);
            return FEASIBLE;
        }
        if (line.bad()) {
            return BAD_INPUT;
        }
        for (CommandLine.Option option : line.options()) {
            String arg = option.name();
            String value = option.value();
            try {
                switch (arg) {
                    case "--input" -> input = Path.of(value);
                    case "--output" -> output = Path.of(value);
                    case "--seconds" -> seconds = positive(Long.parseLong(value), "--seconds");
                    case "--seed" -> seed = Long.parseLong(value);
                    default -> {
                        err.println("schedule: unknown option " + arg);
                        err.println(USAGE);
                        return BAD_INPUT;
                    }
                }
            } catch (NumberFormatException e) {
                err.println("schedule: " + arg + " needs a whole number, was '" + value + "'");
                return BAD_INPUT;
            } catch (IllegalArgumentException e) {
                err.println("schedule: " + e.getMessage());
                return BAD_INPUT;
            }
        }
        if (input == null || output == null) {
            err.println("schedule: --input and --output are required");
            err.println(USAGE);
            return BAD_INPUT;
        }
        ScheduleProblem problem;
        try (InputStream in = Files.newInputStream(input)) {
            problem = ScheduleFormat.read(in);
        } catch (ScheduleFormatException e) {
            err.println("schedule: " + input + ": " + e.getMessage());
            return BAD_INPUT;
        } catch (IOException | java.io.UncheckedIOException e) {
            Throwable cause = e instanceof java.io.UncheckedIOException unchecked ? unchecked.getCause() : e;
            err.println("schedule: --input: cannot read " + input + ": "
                    + (cause instanceof java.nio.file.NoSuchFileException ? "no such file" : cause.getMessage()));
            return BAD_INPUT;
        }
        out.printf(Locale.ROOT, "schedule: %d requests, %d pads; solving for at most %d s (seed %d)%n",
                problem.requests().size(), problem.pads().size(), seconds, seed);
        long[] lastReport = {System.nanoTime()};
        SolveOptions options = new SolveOptions(Duration.ofSeconds(seconds), seed, progress -> {
            long now = System.nanoTime();
            if (now - lastReport[0] >= 1_000_000_000L && progress.fraction() < 1.0) {
                lastReport[0] = now;
                out.printf(Locale.ROOT, "  %3.0f%%  best %s%n", progress.fraction() * 100, progress.bestScore());
            }
        });
        SchedulePlan plan = new TimefoldManifestScheduler().solve(problem, options);
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream stream = Files.newOutputStream(output)) {
                ScheduleFormat.write(plan, stream);
            }
        } catch (IOException e) {
            err.println("schedule: cannot write " + output + ": " + e);
            return INFEASIBLE;
        }
        out.printf(Locale.ROOT, "schedule: %d assigned, %d unscheduled, %d moved; score %s; %s; %.2f s -> %s%n",
                plan.assignments().size(), plan.unscheduled().size(), plan.moved().size(), plan.score(),
                plan.feasible() ? "feasible" : "INFEASIBLE (a hard rule is broken)",
                plan.diagnostics().millis() / 1000.0, output);
        return plan.feasible() ? FEASIBLE : INFEASIBLE;
    }

    private static long positive(long value, String option) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1, was " + value);
        }
        return value;
    }
}
