package org.cosmodrome.bench;

import java.util.List;

import org.cosmodrome.physics.atmosphere.WindProfile;
import org.cosmodrome.physics.dispersion.DispersionModel;
import org.cosmodrome.physics.dispersion.ImpactFootprint;
import org.cosmodrome.physics.dispersion.MonteCarloDispersion;
import org.cosmodrome.physics.dispersion.ProgressListener;
import org.cosmodrome.physics.geodesy.LocalFrame;
import org.cosmodrome.physics.geodesy.Vector3;
import org.cosmodrome.physics.geodesy.Wgs84;
import org.cosmodrome.physics.reference.FallCase;
import org.cosmodrome.physics.trajectory.BallisticFall;
import org.cosmodrome.physics.trajectory.StageSeparation;

/**
 * The physics module's {@link MonteCarloDispersion}, the one the application and the {@code dispersion} command run,
 * with normal σ equal to the bench's uniform spreads (uniform ±a has σ = a/√3), no separation-time or heading error
 * and no wind: the same amount of work per sample as {@link OwnDispersionLoop}.
 */
final class PhysicsDispersion implements FallDispersion {

    private final BallisticFall fall;
    private final DispersionModel model;
    private final int threads;

    PhysicsDispersion(BallisticFall fall, OwnDispersionLoop.Spread spread, int threads) {
        double root3 = Math.sqrt(3);
        this.fall = fall;
        this.model = new DispersionModel(0, spread.speed() / root3,
                Math.toRadians(spread.flightPathDegrees()) / root3, 0, spread.ballisticCoefficient() / root3,
                WindProfile.CALM, 0);
        this.threads = threads;
    }

    @Override
    public DispersedImpacts run(FallCase nominal, int samples, long seed) throws InterruptedException {
        LocalFrame frame = new LocalFrame(nominal.start());
        Vector3 v = nominal.velocityEnu();
        StageSeparation separation = new StageSeparation(nominal.name(), 0, Wgs84.toEcef(nominal.start()),
                frame.toEcef(v.x(), v.y(), v.z()), Vector3.ZERO, nominal.ballisticCoefficient(), 1, 0, 0);
        ImpactFootprint footprint = new MonteCarloDispersion(fall, model)
                .run(List.of(separation), Math.max(2, samples), seed, threads, ProgressListener.NONE).get(0);
        DispersedImpacts out = DispersedImpacts.of(samples);
        for (int i = 0; i < samples && i < footprint.samples(); i++) {
            out.latitude()[i] = footprint.impact(i).latitude();
            out.longitude()[i] = footprint.impact(i).longitude();
            out.timeOfFlight()[i] = footprint.timeOfFlight(i);
        }
        return out;
    }

    @Override
    public int threads() {
        return threads;
    }

    @Override
    public void close() {
        // MonteCarloDispersion shuts its pool down after each run
    }
}
