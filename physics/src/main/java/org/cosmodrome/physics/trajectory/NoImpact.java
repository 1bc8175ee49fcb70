package org.cosmodrome.physics.trajectory;

/** Thrown when a body does not reach the ground within the fall's time limit (it is in orbit or escaping). */
public final class NoImpact extends RuntimeException {

    private final double timeLimit;

    public NoImpact(double timeLimit) {
        super("the body does not reach the ground within " + timeLimit + " s");
        this.timeLimit = timeLimit;
    }

    /** @return the time limit in seconds */
    public double timeLimit() {
        return timeLimit;
    }
}
