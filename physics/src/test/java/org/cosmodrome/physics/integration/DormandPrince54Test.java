package org.cosmodrome.physics.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class DormandPrince54Test {

    /** y'' = −y as y = (x, v): x = cos t, v = −sin t from (1, 0). */
    private static final DormandPrince54.Derivatives OSCILLATOR = (t, y, d) -> {
        d[0] = y[1];
        d[1] = -y[0];
    };

    @Test
    void followsAHarmonicOscillatorForTenPeriods() {
        DormandPrince54 dp = new DormandPrince54(OSCILLATOR, new double[] {1e-10, 1e-10}, 1e-10, 1.0);
        dp.reset(0, new double[] {1, 0}, 0.01);
        double end = 20 * Math.PI;
        while (dp.time() < end) {
            dp.step(end - dp.time());
        }
        assertThat(dp.time()).isCloseTo(end, offset(1e-12));
        // exact solution; the global error of a 5th-order method at 1e-10 local tolerance over 63 time units
        assertThat(dp.state()[0]).isCloseTo(Math.cos(end), offset(1e-7));
        assertThat(dp.state()[1]).isCloseTo(-Math.sin(end), offset(1e-7));
        // the oscillator's energy x² + v² = 1 is kept to the same order
        assertThat(dp.state()[0] * dp.state()[0] + dp.state()[1] * dp.state()[1]).isCloseTo(1, offset(1e-7));
    }

    @Test
    void takesFewerStepsAtALooserTolerance() {
        assertThat(stepsOverOnePeriod(1e-4)).isLessThan(stepsOverOnePeriod(1e-10));
    }

    @Test
    void neverStepsPastTheLimitOrTheLargestStep() {
        DormandPrince54 dp = new DormandPrince54(OSCILLATOR, new double[] {1e-3, 1e-3}, 1e-3, 0.5);
        dp.reset(0, new double[] {1, 0}, 10);
        double h = dp.step(0.2);
        assertThat(h).isLessThanOrEqualTo(0.2);
        for (int i = 0; i < 20; i++) {
            assertThat(dp.step(100)).isLessThanOrEqualTo(0.5);
        }
    }

    @Test
    void reusesTheLastStagesDerivativeAsTheNextFirst() {
        // first same as last: 7 evaluations for the first step, 6 for each further accepted step
        DormandPrince54 dp = new DormandPrince54(OSCILLATOR, new double[] {1, 1}, 1, 0.1);
        dp.reset(0, new double[] {1, 0}, 0.1);
        dp.step(1);
        dp.step(1);
        dp.step(1);
        assertThat(dp.evaluations()).isEqualTo(7 + 6 + 6);
        double[] d = new double[2];
        OSCILLATOR.compute(dp.time(), dp.state(), d);
        assertThat(dp.derivative()).containsExactly(d);
    }

    private static int stepsOverOnePeriod(double tolerance) {
        DormandPrince54 dp = new DormandPrince54(OSCILLATOR, new double[] {tolerance, tolerance}, tolerance, 10);
        dp.reset(0, new double[] {1, 0}, 0.01);
        int steps = 0;
        while (dp.time() < 2 * Math.PI) {
            dp.step(2 * Math.PI - dp.time());
            steps++;
        }
        return steps;
    }
}
