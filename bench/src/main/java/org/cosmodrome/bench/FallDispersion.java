package org.cosmodrome.bench;

import org.cosmodrome.physics.reference.FallCase;

/**
 * Many dispersed falls of one nominal state: what {@link FallBench} times in its dispersion and scaling parts.
 * <p>
 * The bench uses {@link OwnDispersionLoop}, with the uniform spreads its brief names. This interface is the place to
 * switch to the physics module's {@code org.cosmodrome.physics.dispersion.MonteCarloDispersion}: an implementation
 * that builds a {@code StageSeparation} from the {@link FallCase} (ECEF state from {@code Wgs84} and
 * {@code LocalFrame}, one piece, no lateral Δv), gives a {@code DispersionModel} the σ of the same spreads (uniform ±a
 * has σ = a/√3; zero separation-time, heading and wind σ), calls {@code run(List.of(separation), samples, seed,
 * threads, progress)} and copies the footprint's {@code impact(i)} and {@code timeOfFlight(i)}; then
 * {@link FallBench#dispersion} creates that instead. Its draws are Gaussian, so its footprints are not these.
 */
interface FallDispersion extends AutoCloseable {

    /**
     * @param nominal the nominal start
     * @param samples number of dispersed falls, at least 1
     * @param seed root seed: the same seed gives the same impacts on any number of threads
     * @return every sample's impact, in sample order
     */
    DispersedImpacts run(FallCase nominal, int samples, long seed) throws InterruptedException;

    /** @return how many threads the falls run on */
    int threads();

    @Override
    void close();
}
