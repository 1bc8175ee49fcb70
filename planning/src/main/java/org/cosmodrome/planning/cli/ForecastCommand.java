package org.cosmodrome.planning.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.cosmodrome.planning.TimefoldManifestScheduler;
import org.cosmodrome.planning.forecast.ForecastEngine;
import org.cosmodrome.planning.forecast.ForecastReport;
import org.cosmodrome.planning.forecast.ForecastScenario;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code forecast --input scenario.json [--output report.json] [--seed N] [--samples N] [--threads N]}: runs a
 * forecast scenario (docs/forecast.md) on this machine, without a server or database, prints progress and a table per
 * year, and writes the report as JSON. The input is a scenario as the API's {@code GET /api/v1/forecasts/scenarios/{id}}
 * answers it (the whole answer, or its {@code scenario}). Exit codes: 0 done; 2 bad usage, an unreadable input or a
 * bad scenario, naming the field; 1 the report cannot be written.
 */
public final class ForecastCommand {

    public static final int DONE = 0;
    public static final int NOT_WRITTEN = 1;
    public static final int BAD_INPUT = 2;

    static final String USAGE = "usage: forecast --input scenario.json [--output report.json] [--seed N]"
            + " [--samples N] [--threads N]";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ForecastCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns its exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path input = null;
        Path output = null;
        Long seed = null;
        Integer samples = null;
        int threads = Runtime.getRuntime().availableProcessors();
        CommandLine.Read line = CommandLine.read("forecast", USAGE, args, err);
        if (line.help()) {
            out.println(USAGE);
            return DONE;
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
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--samples" -> samples = Integer.parseInt(value);
                    case "--threads" -> threads = Integer.parseInt(value);
                    default -> {
                        err.println("forecast: unknown option " + arg);
                        err.println(USAGE);
                        return BAD_INPUT;
                    }
                }
            } catch (NumberFormatException e) {
                err.println("forecast: " + arg + " needs a whole number, was '" + value + "'");
                return BAD_INPUT;
            }
        }
        if (input == null) {
            err.println("forecast: --input is required");
            err.println(USAGE);
            return BAD_INPUT;
        }
        if (threads < 1) {
            err.println("forecast: --threads must be at least 1, was " + threads);
            return BAD_INPUT;
        }
        ForecastScenario scenario;
        try {
            JsonNode root = JSON.readTree(Files.readString(input));
            JsonNode body = root.has("scenario") && root.get("scenario").isObject() ? root.get("scenario") : root;
            scenario = JSON.treeToValue(body, ForecastScenario.class);
        } catch (NoSuchFileException e) {
            err.println("forecast: --input: cannot read " + input + ": no such file");
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("forecast: --input: cannot read " + input + ": " + e.getMessage());
            return BAD_INPUT;
        } catch (JacksonException e) {
            err.println("forecast: " + input + ": not a scenario: " + path(e) + ": " + e.getOriginalMessage());
            return BAD_INPUT;
        } catch (NullPointerException e) {
            err.println("forecast: " + input + ": not a scenario: a list (streams, events, site's lists) is missing");
            return BAD_INPUT;
        }
        ForecastScenario read = scenario;
        scenario = new ForecastScenario(read.name(), read.firstYear(), read.years(),
                seed != null ? seed : read.seed(), samples != null ? samples : read.samples(), read.growth(),
                read.site(), read.streams(), read.events());
        List<ForecastEngine.ScenarioProblem> problems = ForecastEngine.check(scenario);
        if (!problems.isEmpty()) {
            for (ForecastEngine.ScenarioProblem problem : problems) {
                err.println("forecast: " + input + ": " + problem.field() + ": " + problem.message());
            }
            return BAD_INPUT;
        }
        out.printf(Locale.ROOT, "forecast: %s, %d-%d, %d samples, seed %d, %d threads%n", scenario.name(),
                scenario.firstYear(), scenario.lastYear(), scenario.samples(), scenario.seed(), threads);
        long started = System.nanoTime();
        int[] lastTenth = {0};
        ForecastReport report = new ForecastEngine(new TimefoldManifestScheduler(), threads).run(scenario,
                (done, total) -> {
                    synchronized (lastTenth) {
                        int tenth = done * 10 / total;
                        if (tenth > lastTenth[0]) {
                            lastTenth[0] = tenth;
                            out.printf(Locale.ROOT, "  %3d%%  %d of %d year plans%n", tenth * 10, done, total);
                        }
                    }
                }, () -> false);
        out.println(table(report));
        out.printf(Locale.ROOT, "forecast: %.1f s%n", (System.nanoTime() - started) / 1e9);
        if (output != null) {
            try {
                Path parent = output.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try (OutputStream stream = Files.newOutputStream(output)) {
                    JSON.writeValue(stream, report);
                }
                out.println("forecast: report -> " + output);
            } catch (IOException | JacksonException e) {
                err.println("forecast: cannot write " + output + ": " + e.getMessage());
                return NOT_WRITTEN;
            }
        }
        return DONE;
    }

    /** Where in the scenario a reading error is, as a JSON path, e.g. {@code streams[1].windowDays}. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "(top)" : path.toString();
    }

    /** The report as a plain-text table: medians with the 10th-90th percentile range. */
    static String table(ForecastReport report) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-6s %-18s %-18s %-18s %7s  %s%n",
                "year", "demand", "flown", "unflown", "ceiling", "binding"));
        for (ForecastReport.YearOutlook year : report.years()) {
            text.append(String.format(Locale.ROOT, "%-6d %-18s %-18s %-18s %7d  %s%n", year.year(),
                    band(year.demand()), band(year.flown()), band(year.unflown()), year.ceiling(),
                    year.binding() == null ? "-" : year.binding()));
        }
        return text.toString().stripTrailing();
    }

    private static String band(ForecastReport.Band band) {
        return String.format(Locale.ROOT, "%s (%s-%s)", number(band.median()), number(band.p10()),
                number(band.p90()));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
