package org.cosmodrome.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cosmodrome.physics.geodesy.Vector3;
import org.cosmodrome.physics.reference.FallCase;
import org.cosmodrome.physics.trajectory.BallisticFall;
import org.cosmodrome.physics.trajectory.Impact;

/**
 * The bench's own dispersion loop: each sample scales the nominal speed, turns the flight-path angle and scales β by
 * independent uniform draws within ±{@link Spread}, keeps the heading, and falls with {@link BallisticFall}. Samples
 * are cut into chunks of {@value #CHUNK}; each chunk draws from its own {@link SplittableRandom} split from the seeded
 * root in chunk order before any fall starts, so results do not depend on the number of threads.
 */
final class OwnDispersionLoop implements FallDispersion {

    static final int CHUNK = 250;

    /**
     * Half-widths of the uniform dispersions.
     *
     * @param speed fraction of the nominal speed (0.01 = ±1 %)
     * @param flightPathDegrees flight-path angle, degrees
     * @param ballisticCoefficient fraction of the nominal β
     */
    record Spread(double speed, double flightPathDegrees, double ballisticCoefficient) {
        /** ±1 % speed, ±0.5° flight path, ±10 % β. */
        static Spread bench() {
            return new Spread(0.01, 0.5, 0.10);
        }
    }

    private final BallisticFall fall;
    private final Spread spread;
    private final int threads;
    private final ExecutorService pool;

    OwnDispersionLoop(BallisticFall fall, Spread spread, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread");
        }
        this.fall = fall;
        this.spread = spread;
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fall-dispersion");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public DispersedImpacts run(FallCase nominal, int samples, long seed) throws InterruptedException {
        if (samples < 1) {
            throw new IllegalArgumentException("at least one sample");
        }
        DispersedImpacts out = DispersedImpacts.of(samples);
        SplittableRandom root = new SplittableRandom(seed);
        List<Future<?>> chunks = new ArrayList<>();
        for (int from = 0; from < samples; from += CHUNK) {
            SplittableRandom random = root.split();
            int start = from;
            int end = Math.min(samples, from + CHUNK);
            chunks.add(pool.submit(() -> fallChunk(nominal, random, start, end, out)));
        }
        try {
            for (Future<?> chunk : chunks) {
                chunk.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a dispersed fall failed", e.getCause());
        }
        return out;
    }

    private void fallChunk(FallCase nominal, SplittableRandom random, int from, int to, DispersedImpacts out) {
        Vector3 v = nominal.velocityEnu();
        double speed = v.norm();
        double gamma = Math.asin(v.z() / speed);
        double heading = Math.atan2(v.x(), v.y());
        for (int i = from; i < to; i++) {
            double s = speed * (1 + spread.speed() * random.nextDouble(-1, 1));
            double g = gamma + Math.toRadians(spread.flightPathDegrees()) * random.nextDouble(-1, 1);
            double beta = nominal.ballisticCoefficient() * (1 + spread.ballisticCoefficient()
                    * random.nextDouble(-1, 1));
            double horizontal = s * Math.cos(g);
            Impact impact = fall.fall(nominal.start(), new Vector3(horizontal * Math.sin(heading),
                    horizontal * Math.cos(heading), s * Math.sin(g)), beta);
            out.latitude()[i] = impact.point().latitude();
            out.longitude()[i] = impact.point().longitude();
            out.timeOfFlight()[i] = impact.timeOfFlight();
        }
    }

    @Override
    public int threads() {
        return threads;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
