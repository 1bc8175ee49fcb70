package org.cosmodrome.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

import org.cosmodrome.physics.geodesy.Geodesics;
import org.cosmodrome.physics.reference.FallCase;
import org.cosmodrome.physics.reference.OrekitBallisticFall;
import org.cosmodrome.physics.trajectory.BallisticFall;
import org.cosmodrome.physics.trajectory.Impact;

/**
 * Measures the ballistic fall ({@link BallisticFall}) and prints a Markdown report:
 * <ol type="a">
 *   <li><b>Dispersion:</b> {@value #DISPERSION_SAMPLES} dispersed falls of one Soyuz strap-on booster (the first
 *       {@link FallCase}; speed ±1 %, flight-path angle ±0.5°, β ±10 %, uniform, seed {@value #SEED}) on
 *       {@value #THREADS} threads: wall time (target under 1 s) and the footprint's size;</li>
 *   <li><b>Against Orekit:</b> the time of one fall, ours and {@link OrekitBallisticFall}'s, on every
 *       {@link FallCase#baikonur()} case, each model at the loosest tolerance of its ladder that keeps every case
 *       within {@value #AGREEMENT} m of Orekit at 1 mm, and ours also at its default (target: ours 50 times
 *       faster);</li>
 *   <li><b>Scaling:</b> wall time and nanoseconds per sample of the dispersion at 1,000 to 20,000 samples.</li>
 * </ol>
 * Every timing follows a warm-up of the same work. Arguments: {@code [--out file.md] [--quick]}; {@code --quick}
 * shortens repetitions and samples (a smoke run, not for the record).
 */
public final class FallBench {

    static final long SEED = 42L;
    static final int THREADS = 2;
    static final int DISPERSION_SAMPLES = 10_000;
    static final int[] SCALING_SAMPLES = {1_000, 2_000, 5_000, 10_000, 20_000};
    /** Largest impact difference from the reference at which a setting still counts as agreeing, m. */
    static final double AGREEMENT = 1_000;
    /** Our position tolerances tried, loosest last (1 m is {@link BallisticFall#standard()}'s). */
    static final double[] OUR_TOLERANCES = {1, 3, 10, 30};
    /** How long both models run every case before (b) is timed, ns. */
    static final long WARM_UP_NANOS = 10_000_000_000L;
    /** Orekit's dP tried, loosest last; the first is the reference. */
    static final double[] OREKIT_TOLERANCES = {1e-3, 1e-2, 1e-1, 1, 10, 100, 1_000};

    public static void main(String[] args) throws IOException, InterruptedException {
        Path out = null;
        boolean quick = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--quick" -> quick = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        String report = new FallBench(quick).run();
        System.out.print(report);
        if (out != null) {
            Files.writeString(out, report);
        }
    }

    private final boolean quick;
    private final List<FallCase> cases = FallCase.baikonur();

    FallBench(boolean quick) {
        this.quick = quick;
    }

    /** The dispersion (a) and (c) time: the physics module's Monte Carlo dispersion, as the app runs it. */
    static FallDispersion dispersion(int threads) {
        return new PhysicsDispersion(BallisticFall.standard(), OwnDispersionLoop.Spread.bench(), threads);
    }

    String run() throws InterruptedException {
        StringBuilder md = new StringBuilder();
        double loadBefore = Machine.loadAverage();
        StringBuilder parts = new StringBuilder();
        dispersionPart(parts);
        againstOrekit(parts);
        scaling(parts);
        md.append(Machine.describe()).append("; seed ").append(SEED).append(String.format(Locale.ROOT,
                "; load average %.2f before and %.2f after the run.%n%n", loadBefore, Machine.loadAverage()));
        return md.append(parts).toString();
    }

    private void dispersionPart(StringBuilder md) throws InterruptedException {
        FallCase booster = cases.get(0);
        int samples = quick ? DISPERSION_SAMPLES / 10 : DISPERSION_SAMPLES;
        int runs = quick ? 2 : 5;
        md.append("### (a) Dispersion: ").append(String.format(Locale.ROOT, "%,d", samples))
                .append(" falls of one stage\n\n");
        md.append("Nominal: ").append(booster.name()).append(String.format(Locale.ROOT,
                " at %.0f km, %.0f m/s, β = %.0f kg/m²; speed ±1 %%, flight-path angle ±0.5°, β ±10 %%, uniform. "
                        + "Best and median of %d runs after 2 warm-up runs.%n%n",
                booster.start().altitude() / 1000, booster.velocityEnu().norm(), booster.ballisticCoefficient(),
                runs));
        md.append("| Threads | Best wall time | Median wall time | Falls per second | 50 % / 99 % of impacts within "
                + "| Time of flight |\n|---:|---:|---:|---:|---:|---:|\n");
        DispersedImpacts reference = null;
        for (int threads : new int[] {1, THREADS}) {
            try (FallDispersion d = dispersion(threads)) {
                d.run(booster, samples, SEED);
                d.run(booster, samples, SEED);
                long[] nanos = new long[runs];
                DispersedImpacts impacts = null;
                for (int r = 0; r < runs; r++) {
                    long t0 = System.nanoTime();
                    impacts = d.run(booster, samples, SEED);
                    nanos[r] = System.nanoTime() - t0;
                }
                Arrays.sort(nanos);
                double[] tof = impacts.timeOfFlight().clone();
                Arrays.sort(tof);
                md.append(String.format(Locale.ROOT, "| %d | %.0f ms | %.0f ms | %,.0f | %.1f km / %.1f km "
                        + "| %.0f-%.0f s |%n", threads, nanos[0] / 1e6, nanos[runs / 2] / 1e6,
                        samples / (nanos[0] / 1e9), impacts.radius(0.5) / 1000, impacts.radius(0.99) / 1000, tof[0],
                        tof[tof.length - 1]));
                if (reference == null) {
                    reference = impacts;
                } else if (!reference.equals(impacts)) {
                    throw new IllegalStateException("the dispersion depends on the number of threads");
                }
            }
        }
        md.append(String.format(Locale.ROOT, "%nSame impacts on 1 and %d threads (checked). Mean impact %.3f° N, "
                + "%.3f° E, %.0f km from the separation point.%n%n", THREADS, reference.mean().latitudeDegrees(),
                reference.mean().longitudeDegrees(), Geodesics.distance(booster.start(), reference.mean()) / 1000));
    }

    @FunctionalInterface
    private interface Faller {
        Impact fall(FallCase c);
    }

    private void againstOrekit(StringBuilder md) {
        Faller reference = orekit(OREKIT_TOLERANCES[0]);
        List<Impact> truth = new ArrayList<>();
        for (FallCase c : cases) {
            truth.add(reference.fall(c));
        }
        double ourTolerance = loosestAgreeing(OUR_TOLERANCES, FallBench::ours, truth);
        double orekitTolerance = loosestAgreeing(OREKIT_TOLERANCES, FallBench::orekit, truth);
        Faller ours = ours(ourTolerance);
        Faller oursDefault = ours(1);
        Faller orekit = orekit(orekitTolerance);

        // warm-up: every case through each model, round after round for a while (Orekit's JIT needs seconds)
        long warmUp = quick ? 1_000_000_000L : WARM_UP_NANOS;
        long warmUntil = System.nanoTime() + warmUp;
        int rounds = 0;
        while (rounds < 3 || System.nanoTime() < warmUntil) {
            for (FallCase c : cases) {
                ours.fall(c);
                oursDefault.fall(c);
                orekit.fall(c);
            }
            rounds++;
        }
        md.append("### (b) One fall, ours against Orekit\n\n");
        md.append(String.format(Locale.ROOT, "Each model at the loosest tolerance of its ladder that keeps every case "
                + "within %.0f m of Orekit at dP = 1 mm: ours %s m (ladder %s m; its default, 1 m, also shown), "
                + "Orekit dP = %s m (ladder %s m; DormandPrince853, a new propagator per fall, as a dispersion needs "
                + "one per β). Median of repeated falls after %d warm-up rounds of every case (%.0f s).%n%n",
                AGREEMENT, num(ourTolerance), Arrays.toString(OUR_TOLERANCES), num(orekitTolerance),
                Arrays.toString(OREKIT_TOLERANCES), rounds, warmUp / 1e9));
        md.append("| Case | β (kg/m²) | Range | Time of flight | Ours | Ours at 1 m | Orekit | Orekit / ours "
                + "| Ours from reference | Ours at 1 m from reference | Orekit from reference | Steps ours / Orekit "
                + "|\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        double[] total = new double[3];
        double[] worst = new double[3];
        double slowestRatio = Double.MAX_VALUE;
        for (int i = 0; i < cases.size(); i++) {
            FallCase c = cases.get(i);
            Impact t = truth.get(i);
            Impact a = ours.fall(c);
            Impact o = orekit.fall(c);
            double[] ns = {
                medianNanos(() -> ours.fall(c), quick ? 5 : 50, quick ? 20_000_000L : 200_000_000L),
                medianNanos(() -> oursDefault.fall(c), quick ? 5 : 50, quick ? 20_000_000L : 200_000_000L),
                medianNanos(() -> orekit.fall(c), quick ? 2 : 9, quick ? 50_000_000L : 500_000_000L)};
            double[] off = {Geodesics.distance(a.point(), t.point()),
                Geodesics.distance(oursDefault.fall(c).point(), t.point()), Geodesics.distance(o.point(), t.point())};
            for (int k = 0; k < 3; k++) {
                total[k] += ns[k];
                worst[k] = Math.max(worst[k], off[k]);
            }
            slowestRatio = Math.min(slowestRatio, ns[2] / ns[0]);
            md.append(String.format(Locale.ROOT, "| %s | %,.0f | %.0f km | %.0f s | %.0f µs | %.0f µs | %.2f ms "
                    + "| %.0f× | %.1f m | %.1f m | %.1f m | %d / %d |%n", c.name(), c.ballisticCoefficient(),
                    Geodesics.distance(c.start(), t.point()) / 1000, t.timeOfFlight(), ns[0] / 1e3, ns[1] / 1e3,
                    ns[2] / 1e6, ns[2] / ns[0], off[0], off[1], off[2], a.steps(), o.steps()));
        }
        md.append(String.format(Locale.ROOT, "%nAll %d cases: ours %.2f ms (%.2f ms at 1 m), Orekit %.1f ms. Orekit / "
                + "ours: %.0f× over all cases and at least %.0f× on each (target 50×); %.0f× with ours at 1 m. "
                + "Largest difference from the reference: ours %.1f m (%.1f m at 1 m), Orekit %.1f m.%n%n",
                cases.size(), total[0] / 1e6, total[1] / 1e6, total[2] / 1e6, total[2] / total[0], slowestRatio,
                total[2] / total[1], worst[0], worst[1], worst[2]));
    }

    private void scaling(StringBuilder md) throws InterruptedException {
        FallCase booster = cases.get(0);
        md.append("### (c) Cost against samples\n\n");
        md.append(String.format(Locale.ROOT, "The dispersion of (a) on %d threads, best of 5 runs after a warm-up."
                + "%n%n", THREADS));
        md.append(String.format(Locale.ROOT, "| Samples | Wall time | ns per sample | Per sample, relative to %,d |%n"
                + "|---:|---:|---:|---:|%n", quick ? SCALING_SAMPLES[3] / 10 : SCALING_SAMPLES[3]));
        try (FallDispersion d = dispersion(THREADS)) {
            d.run(booster, quick ? 1_000 : 10_000, SEED);
            double[] perSample = new double[SCALING_SAMPLES.length];
            long[] wall = new long[SCALING_SAMPLES.length];
            for (int k = 0; k < SCALING_SAMPLES.length; k++) {
                int n = quick ? SCALING_SAMPLES[k] / 10 : SCALING_SAMPLES[k];
                long best = Long.MAX_VALUE;
                for (int r = 0; r < 5; r++) {
                    long t0 = System.nanoTime();
                    d.run(booster, n, SEED);
                    best = Math.min(best, System.nanoTime() - t0);
                }
                wall[k] = best;
                perSample[k] = (double) best / n;
            }
            double at10k = perSample[3];
            for (int k = 0; k < SCALING_SAMPLES.length; k++) {
                int n = quick ? SCALING_SAMPLES[k] / 10 : SCALING_SAMPLES[k];
                md.append(String.format(Locale.ROOT, "| %,d | %.0f ms | %,.0f | %.2f |%n", n, wall[k] / 1e6,
                        perSample[k], perSample[k] / at10k));
            }
        }
        md.append('\n');
    }

    private static Faller ours(double tolerance) {
        BallisticFall fall = BallisticFall.standard().withTolerance(tolerance);
        return c -> fall.fall(c.start(), c.velocityEnu(), c.ballisticCoefficient());
    }

    private static Faller orekit(double tolerance) {
        OrekitBallisticFall fall = new OrekitBallisticFall(tolerance, 3 * 3600);
        return c -> fall.fall(c.start(), c.velocityEnu(), c.ballisticCoefficient());
    }

    /** @return the last tolerance of the ladder up to which every case stays within {@link #AGREEMENT} */
    private double loosestAgreeing(double[] ladder, DoubleFunction<Faller> make, List<Impact> truth) {
        double chosen = ladder[0];
        for (double tolerance : ladder) {
            Faller f = make.apply(tolerance);
            for (int i = 0; i < cases.size(); i++) {
                if (Geodesics.distance(f.fall(cases.get(i)).point(), truth.get(i).point()) > AGREEMENT) {
                    return chosen;
                }
            }
            chosen = tolerance;
        }
        return chosen;
    }

    /** Median wall time of {@code work}, repeated at least {@code minRuns} times and for {@code minNanos}. */
    private static double medianNanos(Runnable work, int minRuns, long minNanos) {
        List<Long> times = new ArrayList<>();
        long start = System.nanoTime();
        while (times.size() < minRuns || System.nanoTime() - start < minNanos) {
            long t0 = System.nanoTime();
            work.run();
            times.add(System.nanoTime() - t0);
        }
        times.sort(null);
        return times.get(times.size() / 2);
    }

    private static String num(double x) {
        return x >= 1 ? String.format(Locale.ROOT, "%.0f", x) : String.valueOf(x);
    }
}
