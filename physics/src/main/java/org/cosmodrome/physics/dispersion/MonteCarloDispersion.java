package org.cosmodrome.physics.dispersion;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.cosmodrome.physics.geodesy.LocalFrame;
import org.cosmodrome.physics.geodesy.Vector3;
import org.cosmodrome.physics.geodesy.Wgs84;
import org.cosmodrome.physics.trajectory.BallisticFall;
import org.cosmodrome.physics.trajectory.Impact;
import org.cosmodrome.physics.trajectory.NoImpact;
import org.cosmodrome.physics.trajectory.StageSeparation;

/**
 * Monte Carlo impact dispersion of spent stages: each sample perturbs a stage's separation state and ballistic
 * coefficient and the wind by the {@link DispersionModel}, falls with {@link BallisticFall}, and records where it lands.
 * <p>
 * Reproducible: samples are cut into fixed chunks of {@value #CHUNK} and each chunk draws from its own
 * {@link SplittableRandom}, split from one seeded root in chunk order before any work starts, so the same seed gives
 * bit-identical results on 1 thread or N. A stage with several pieces (strap-on boosters) assigns sample i to piece
 * i mod pieces, whose lateral separation impulse points at 45° + 360°·piece/pieces around the velocity.
 */
public final class MonteCarloDispersion {

    /** Samples per chunk: the unit of work, of progress and of random streams. */
    public static final int CHUNK = 250;

    private final BallisticFall fall;
    private final DispersionModel model;

    public MonteCarloDispersion(BallisticFall fall, DispersionModel model) {
        this.fall = fall;
        this.model = model;
    }

    /**
     * @param separations the stages to disperse, each with its nominal separation
     * @param samples samples per stage, at least 2
     * @param seed the root seed
     * @param threads worker threads, at least 1
     * @param progress told after each chunk, counting samples over all stages
     * @return one footprint per separation, in the given order
     * @throws InterruptedException if the calling thread is interrupted; workers stop at their next chunk
     */
    public List<ImpactFootprint> run(List<StageSeparation> separations, int samples, long seed, int threads,
            ProgressListener progress) throws InterruptedException {
        if (samples < 2 || threads < 1) {
            throw new IllegalArgumentException("need at least 2 samples and 1 thread");
        }
        int chunksPerStage = (samples + CHUNK - 1) / CHUNK;
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[][] streams = new SplittableRandom[separations.size()][chunksPerStage];
        for (int s = 0; s < separations.size(); s++) {
            for (int c = 0; c < chunksPerStage; c++) {
                streams[s][c] = root.split();
            }
        }
        double[][][] results = new double[separations.size()][][];
        for (int s = 0; s < separations.size(); s++) {
            results[s] = new double[][] {new double[samples], new double[samples], new double[samples]};
        }
        long total = (long) samples * separations.size();
        AtomicLong done = new AtomicLong();
        List<Runnable> work = new ArrayList<>();
        for (int s = 0; s < separations.size(); s++) {
            for (int c = 0; c < chunksPerStage; c++) {
                int stage = s;
                int chunk = c;
                work.add(() -> {
                    int from = chunk * CHUNK;
                    int to = Math.min(samples, from + CHUNK);
                    sampleChunk(separations.get(stage), streams[stage][chunk], from, to, results[stage]);
                    progress.progressed(done.addAndGet(to - from), total);
                });
            }
        }
        execute(work, threads);
        List<ImpactFootprint> footprints = new ArrayList<>();
        for (int s = 0; s < separations.size(); s++) {
            footprints.add(footprint(separations.get(s), results[s]));
        }
        return footprints;
    }

    /** One sampled fall: the perturbed fall of sample {@code index} drawn from {@code random}. */
    Impact sample(StageSeparation separation, SplittableRandom random, int index) {
        double dt = model.separationTime() * random.nextGaussian();
        double dSpeed = model.speed() * random.nextGaussian();
        double dGamma = model.flightPathAngle() * random.nextGaussian();
        double dHeading = model.heading() * random.nextGaussian();
        double dBeta = model.ballisticCoefficient() * random.nextGaussian();
        double windEast = model.windSpeed() * random.nextGaussian();
        double windNorth = model.windSpeed() * random.nextGaussian();

        Vector3 r = separation.position();
        Vector3 v = separation.velocity();
        Vector3 a = separation.acceleration();
        // move the separation along the nominal path by dt (second order in the vehicle's acceleration)
        Vector3 position = r.plus(v.times(dt)).plus(a.times(0.5 * dt * dt));
        Vector3 velocity = v.plus(a.times(dt));

        GeodeticPoint where = Wgs84.toGeodetic(position);
        LocalFrame frame = new LocalFrame(where);
        Vector3 enu = frame.toEnu(velocity);
        double speed = enu.norm() * (1 + dSpeed);
        double gamma = Math.asin(enu.z() / enu.norm()) + dGamma;
        double heading = Math.atan2(enu.x(), enu.y()) + dHeading;
        double horizontal = speed * Math.cos(gamma);
        Vector3 dispersed = new Vector3(horizontal * Math.sin(heading), horizontal * Math.cos(heading),
                speed * Math.sin(gamma));
        if (separation.lateralDeltaV() > 0) {
            dispersed = dispersed.plus(lateral(dispersed, index % separation.pieces(), separation.pieces())
                    .times(separation.lateralDeltaV()));
        }
        double beta = separation.ballisticCoefficient() * Math.max(0.05, 1 + dBeta);
        BallisticFall sampled = model.windSpeed() > 0 || !model.wind().isCalm()
                ? fall.withWind(model.wind().plus(windEast, windNorth)) : fall;
        return sampled.fall(where, dispersed, beta);
    }

    private void sampleChunk(StageSeparation separation, SplittableRandom random, int from, int to,
            double[][] out) {
        for (int i = from; i < to; i++) {
            try {
                Impact impact = sample(separation, random, i);
                out[0][i] = impact.point().latitude();
                out[1][i] = impact.point().longitude();
                out[2][i] = impact.timeOfFlight();
            } catch (NoImpact e) {
                out[0][i] = Double.NaN;
            }
        }
    }

    /** Unit vector (ENU) perpendicular to the velocity for piece {@code piece} of {@code pieces}. */
    private static Vector3 lateral(Vector3 velocityEnu, int piece, int pieces) {
        Vector3 along = velocityEnu.normalized();
        Vector3 side = along.cross(new Vector3(0, 0, 1));
        if (side.norm() < 1e-9) {
            side = new Vector3(1, 0, 0);
        }
        side = side.normalized();
        Vector3 over = side.cross(along);
        double angle = Math.PI / 4 + 2 * Math.PI * piece / pieces;
        return side.times(Math.cos(angle)).plus(over.times(Math.sin(angle)));
    }

    private static ImpactFootprint footprint(StageSeparation separation, double[][] raw) {
        int n = raw[0].length;
        int landed = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(raw[0][i])) {
                landed++;
            }
        }
        double[] lat = new double[landed];
        double[] lon = new double[landed];
        double[] tof = new double[landed];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(raw[0][i])) {
                lat[k] = raw[0][i];
                lon[k] = raw[1][i];
                tof[k] = raw[2][i];
                k++;
            }
        }
        return new ImpactFootprint(separation.stage(), separation.pieces(), separation.residualPropellant(), lat, lon,
                tof, n - landed);
    }

    private static void execute(List<Runnable> work, int threads) throws InterruptedException {
        if (threads == 1) {
            for (Runnable r : work) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException();
                }
                r.run();
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "dispersion");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable r : work) {
                futures.add(pool.submit(r));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
