package org.cosmodrome.physics.dispersion;

/** Told how far a long computation has got; called from worker threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {

    /** Ignores progress. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * @param done units of work finished so far (monotonic per computation, may skip values)
     * @param total units of work in all
     */
    void progressed(long done, long total);
}
