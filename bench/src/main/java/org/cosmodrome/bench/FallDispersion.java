package org.cosmodrome.bench;

import org.cosmodrome.physics.reference.FallCase;

/**
 * Many dispersed falls of one nominal state: what {@link FallBench} times in its dispersion and scaling parts. The
 * bench times {@link PhysicsDispersion}, the physics module's Monte Carlo dispersion; {@link OwnDispersionLoop} is a
 * minimal loop over the same falls, kept to compare against.
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
