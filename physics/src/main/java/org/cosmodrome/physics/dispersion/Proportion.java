package org.cosmodrome.physics.dispersion;

/**
 * A probability estimated as the share of Monte Carlo samples with some property, with its 95% Wilson score interval
 * (Wilson, JASA 22(158), 1927), which stays inside [0, 1] and is sound near 0 and 1 where the normal interval is not.
 *
 * @param successes samples with the property
 * @param samples samples drawn
 */
public record Proportion(long successes, long samples) {

    private static final double Z95 = 1.959963984540054;

    public Proportion {
        if (samples <= 0 || successes < 0 || successes > samples) {
            throw new IllegalArgumentException("need 0 <= successes <= samples and samples > 0");
        }
    }

    /** @return the point estimate successes/samples */
    public double estimate() {
        return (double) successes / samples;
    }

    /** @return the lower end of the 95% Wilson interval */
    public double lower() {
        return wilson(-1);
    }

    /** @return the upper end of the 95% Wilson interval */
    public double upper() {
        return wilson(1);
    }

    private double wilson(int sign) {
        double n = samples;
        double p = estimate();
        double z2 = Z95 * Z95;
        double centre = p + z2 / (2 * n);
        double spread = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return Math.max(0, Math.min(1, (centre + sign * spread) / (1 + z2 / n)));
    }
}
