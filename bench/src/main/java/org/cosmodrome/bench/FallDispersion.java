package org.cosmodrome.bench;

import org.cosmodrome.physics.reference.FallCase;

/**
 * Many dispersed falls of one nominal state: what {@link FallBench} times in its dispersion and scaling parts.
 * <p>
 * The bench uses {@link OwnDispersionLoop}. This interface is the place to switch to the physics module's Monte Carlo
 * dispersion ({@code org.cosmodrome.physics.dispersion.MonteCarloDispersion}) once it is on this branch: an
 * implementation that builds a {@code StageSeparation} from the {@link FallCase}, sets the dispersion model's σ to the
 * spreads of {@link OwnDispersionLoop.Spread} (uniform ±a has σ = a/√3), and returns its footprint's impacts; then
 * {@link FallBench#dispersion} creates that instead.
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
