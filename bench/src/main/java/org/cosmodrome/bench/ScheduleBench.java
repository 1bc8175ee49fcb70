package org.cosmodrome.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cosmodrome.planning.ManifestScheduler;
import org.cosmodrome.planning.SchedulePlan;
import org.cosmodrome.planning.ScheduleProblem;
import org.cosmodrome.planning.SolveOptions;

/**
 * Runs every instance through every solver in one JVM and prints a Markdown report: objective ({@link Objective}, the
 * same formula for all), scheduled and unscheduled counts, hard violations ({@link PlanChecker}), wall time, and the
 * gap to CP-SAT's best objective and to its proven bound; then the re-planning scenario (one published launch slips
 * by 10 days) with the time to re-plan and the number of other launches moved.
 * <p>
 * Arguments: {@code [instances-dir] [--out file.md] [--plans dir] [--quick]}. {@code --quick} divides every time
 * limit by 10 (a smoke run, not for the record). The Timefold solver is loaded by name from {@code planning}; when
 * it is not on the classpath its rows say so.
 */
public final class ScheduleBench {

    static final String TIMEFOLD_CLASS = "org.cosmodrome.planning.TimefoldManifestScheduler";
    static final long SEED = 42L;
    static final int SLIP_DAYS = 10;

    /**
     * An instance and its time limits.
     *
     * @param peerLimit the Timefold solver's limit (the target's)
     * @param referenceLimit CP-SAT's limit, long enough for a good bound
     * @param replan whether to run the slip scenario on it
     */
    record Instance(String file, String title, Duration peerLimit, Duration referenceLimit, boolean replan) {
    }

    static final List<Instance> INSTANCES = List.of(
            new Instance("baikonur-2027.json", "Baikonur 2027", Duration.ofSeconds(1), Duration.ofSeconds(10), true),
            new Instance("baikonur-2027-2036.json", "Baikonur 2027-2036", Duration.ofSeconds(10),
                    Duration.ofSeconds(60), true),
            new Instance("scale-5000.json", "5,000 requests", Duration.ofSeconds(30), Duration.ofSeconds(60), false));
    static final Duration REPLAN_LIMIT = Duration.ofMillis(200);
    /** CP-SAT re-plans once more with this limit, to show what an unhurried re-plan moves. */
    static final Duration REPLAN_REFERENCE_LIMIT = Duration.ofSeconds(10);

    /** One solver's result on one problem. */
    record Run(String solver, Duration limit, long millis, SchedulePlan plan, Objective objective,
            List<PlanChecker.Violation> violations, String note) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = null;
        Path out = null;
        Path plans = null;
        int divisor = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--plans" -> plans = Path.of(args[++i]);
                case "--quick" -> divisor = 10;
                default -> dir = Path.of(args[i]);
            }
        }
        if (dir == null) {
            dir = Files.isDirectory(Path.of("bench/instances")) ? Path.of("bench/instances") : Path.of("instances");
        }
        String report = new ScheduleBench().run(dir, plans, divisor);
        System.out.print(report);
        if (out != null) {
            Files.writeString(out, report);
        }
    }

    private final GreedyFirstFit greedy = new GreedyFirstFit();
    private final CpSatScheduler cpSat = new CpSatScheduler();
    private final ManifestScheduler timefold = loadTimefold();
    private final PlanChecker checker = new PlanChecker();

    static ManifestScheduler loadTimefold() {
        try {
            return (ManifestScheduler) Class.forName(TIMEFOLD_CLASS).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + TIMEFOLD_CLASS, e);
        }
    }

    String run(Path dir, Path plans, int divisor) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append(machine()).append('\n');
        CpSatScheduler.loadNatives();
        warmUp(ScheduleJson.readProblem(dir.resolve(INSTANCES.get(0).file())));

        md.append("| Instance | Requests | Solver | Limit | Wall time | Scheduled | Unscheduled (P1/P2/P3) "
                + "| Objective (medium / soft) | Hard violations | Gap to CP-SAT best | Gap to CP-SAT bound |\n");
        md.append("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        StringBuilder replans = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        for (Instance instance : INSTANCES) {
            ScheduleProblem problem = ScheduleJson.readProblem(dir.resolve(instance.file()));
            Duration peer = instance.peerLimit().dividedBy(divisor);
            Duration reference = instance.referenceLimit().dividedBy(divisor);

            long t0 = System.nanoTime();
            CpSatScheduler.Outcome cp = cpSat.solveWithBound(problem, options(reference));
            Run cpRun = measured("CP-SAT (2 workers)", reference, t0, problem, cp.plan(),
                    cp.status() + ", " + cp.booleans() + " x");
            Run greedyRun = run("Greedy first-fit", greedy, problem, peer);
            Run tfRun = timefold == null ? null : run("Timefold", timefold, problem, peer);

            long best = cp.objective() >= 0 ? Math.min(cp.objective(), cpRun.objective().value()) : -1;
            for (Run r : timefold == null ? List.of(cpRun, greedyRun) : List.of(cpRun, greedyRun, tfRun)) {
                row(md, instance, problem, r, best, cp.bound());
                writePlan(plans, instance, r);
            }
            if (timefold == null) {
                md.append("| ").append(instance.title()).append(" | ").append(problem.requests().size())
                        .append(" | Timefold | ").append(seconds(peer))
                        .append(" | pending merge | | | | | | |\n");
            }
            notes.append("- ").append(instance.title()).append(": CP-SAT ").append(cp.status())
                    .append(", objective ").append(cp.objective()).append(", bound ").append(cp.bound())
                    .append(", ").append(cp.booleans()).append(" x variables.\n");

            if (instance.replan() && cp.objective() >= 0) {
                replan(replans, instance, problem, cp.plan(), divisor);
            }
        }
        md.append('\n').append(notes);
        md.append("\n**Re-planning.** The CP-SAT plan above is published, then one launch slips by ").append(SLIP_DAYS)
                .append(" days (the one whose new day conflicts with the most published launches) and is pinned there; "
                        + "each solver re-plans with the others' published placements.\n\n");
        md.append("| Instance | Slipped launch | Solver | Limit | Wall time | Other launches moved | Hard violations "
                + "| Objective (medium / soft) |\n");
        md.append("|---|---|---|---:|---:|---:|---:|---:|\n");
        md.append(replans);
        return md.toString();
    }

    private void replan(StringBuilder md, Instance instance, ScheduleProblem problem, SchedulePlan published,
            int divisor) {
        Replanning.Slip slip = Replanning.slip(problem, published, SLIP_DAYS);
        Duration limit = REPLAN_LIMIT.dividedBy(divisor);
        String what = slip.slipped() + " (" + slip.from().pad() + ", " + slip.from().date() + " → +" + SLIP_DAYS + " d)";
        List<Run> runs = new ArrayList<>();
        runs.add(run("Greedy first-fit", greedy, slip.problem(), limit));
        runs.add(run("CP-SAT (2 workers)", cpSat, slip.problem(), limit));
        runs.add(run("CP-SAT (2 workers)", cpSat, slip.problem(), REPLAN_REFERENCE_LIMIT.dividedBy(divisor)));
        if (timefold != null) {
            runs.add(run("Timefold", timefold, slip.problem(), limit));
        }
        for (Run r : runs) {
            md.append("| ").append(instance.title()).append(" | ").append(what).append(" | ").append(r.solver())
                    .append(" | ").append(seconds(r.limit())).append(" | ").append(r.millis()).append(" ms | ")
                    .append(r.plan() == null ? r.note()
                            : String.valueOf(Replanning.othersMoved(slip.problem(), r.plan(), slip.slipped())))
                    .append(" | ").append(r.plan() == null ? "" : r.violations().size()).append(" | ")
                    .append(r.plan() == null ? "" : objective(r.objective())).append(" |\n");
        }
        if (timefold == null) {
            md.append("| ").append(instance.title()).append(" | ").append(what).append(" | Timefold | ")
                    .append(seconds(limit)).append(" | pending merge | | | |\n");
        }
    }

    private void warmUp(ScheduleProblem small) {
        // Class loading and JIT compilation are paid here, not in the first measured row.
        for (int i = 0; i < 3; i++) {
            greedy.solve(small, options(Duration.ofSeconds(1)));
            cpSat.solve(small, options(Duration.ofSeconds(1)));
            if (timefold != null) {
                timefold.solve(small, options(Duration.ofSeconds(1)));
            }
        }
    }

    private Run run(String name, ManifestScheduler solver, ScheduleProblem problem, Duration limit) {
        long t0 = System.nanoTime();
        try {
            SchedulePlan plan = solver.solve(problem, options(limit));
            if (plan.assignments().isEmpty() && !plan.feasible()) {
                return new Run(name, limit, (System.nanoTime() - t0) / 1_000_000, null, null, List.of(),
                        "no plan within the limit");
            }
            return measured(name, limit, t0, problem, plan, null);
        } catch (RuntimeException e) {
            return new Run(name, limit, (System.nanoTime() - t0) / 1_000_000, null, null, List.of(),
                    "failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private Run measured(String name, Duration limit, long t0, ScheduleProblem problem, SchedulePlan plan, String note) {
        long millis = (System.nanoTime() - t0) / 1_000_000;
        return new Run(name, limit, millis, plan, Objective.of(problem, plan), checker.check(problem, plan), note);
    }

    private static void row(StringBuilder md, Instance instance, ScheduleProblem problem, Run r, long best, long bound) {
        md.append("| ").append(instance.title()).append(" | ").append(problem.requests().size()).append(" | ")
                .append(r.solver()).append(" | ").append(seconds(r.limit())).append(" | ");
        if (r.plan() == null) {
            md.append(r.millis()).append(" ms | ").append(r.note()).append(" | | | | | |\n");
            return;
        }
        Set<String> placed = r.plan().assignments().stream().map(SchedulePlan.Assignment::request)
                .collect(Collectors.toSet());
        int[] left = new int[4];
        for (ScheduleProblem.Request q : problem.requests()) {
            if (!placed.contains(q.id())) {
                left[Math.min(3, Math.max(1, q.priority()))]++;
            }
        }
        md.append(r.millis()).append(" ms | ").append(placed.size()).append(" | ")
                .append(left[1] + left[2] + left[3]).append(" (").append(left[1]).append('/').append(left[2])
                .append('/').append(left[3]).append(") | ").append(objective(r.objective())).append(" | ")
                .append(violations(r.violations())).append(" | ").append(gap(r.objective().value(), best))
                .append(" | ").append(gap(r.objective().value(), bound)).append(" |\n");
    }

    private static String objective(Objective o) {
        return String.format(Locale.ROOT, "%,d (%d / %d)", o.value(), o.medium(), o.soft());
    }

    private static String violations(List<PlanChecker.Violation> violations) {
        if (violations.isEmpty()) {
            return "0";
        }
        Map<PlanChecker.Rule, Integer> counts = new LinkedHashMap<>();
        PlanChecker.countByRule(violations).forEach((rule, n) -> {
            if (n > 0) {
                counts.put(rule, n);
            }
        });
        return violations.size() + " " + counts;
    }

    static String gap(long value, long reference) {
        if (reference < 0) {
            return "n/a";
        }
        if (reference == 0) {
            return value == 0 ? "0 %" : "+" + value + " (reference 0)";
        }
        return String.format(Locale.ROOT, "%+.2f %%", 100.0 * (value - reference) / reference);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static SolveOptions options(Duration limit) {
        return new SolveOptions(limit, SEED, p -> { });
    }

    private static void writePlan(Path plans, Instance instance, Run r) throws IOException {
        if (plans == null || r.plan() == null) {
            return;
        }
        Files.createDirectories(plans);
        String name = instance.file().replace(".json", "") + "-" + r.solver().split(" ")[0].toLowerCase(Locale.ROOT);
        Files.writeString(plans.resolve(name + ".plan.json"), ScheduleJson.write(r.plan()));
    }

    private static String machine() {
        return Machine.describe() + "; seed " + SEED + ".\n";
    }
}
