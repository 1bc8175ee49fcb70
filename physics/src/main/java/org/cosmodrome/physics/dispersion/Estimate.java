package org.cosmodrome.physics.dispersion;

/**
 * A mean estimated from Monte Carlo samples with its 95% confidence interval from the normal approximation of the
 * sample mean (central limit theorem); {@code lower} is clamped at 0 for quantities that cannot be negative.
 *
 * @param value the sample mean
 * @param lower lower end of the 95% interval
 * @param upper upper end of the 95% interval
 * @param samples number of samples
 */
public record Estimate(double value, double lower, double upper, long samples) {

    private static final double Z95 = 1.959963984540054;

    /** @return the estimate of the mean of non-negative values with its interval */
    public static Estimate ofNonNegative(double sum, double sumOfSquares, long n) {
        if (n <= 0) {
            throw new IllegalArgumentException("need at least one sample");
        }
        double mean = sum / n;
        double variance = n > 1 ? Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1)) : 0;
        double half = Z95 * Math.sqrt(variance / n);
        return new Estimate(mean, Math.max(0, mean - half), mean + half, n);
    }

    /** @return this estimate multiplied by a non-negative factor */
    public Estimate times(double factor) {
        return new Estimate(value * factor, lower * factor, upper * factor, samples);
    }
}
