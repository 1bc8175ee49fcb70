package org.cosmodrome.physics.integration;

/**
 * The Dormand-Prince 5(4) embedded Runge-Kutta method with step-size control (Dormand and Prince, J. Comp. Appl. Math.
 * 6(1), 1980; coefficients as in Hairer, Nørsett and Wanner, Solving ODEs I, table 5.2). Advances a state one accepted
 * step at a time so the caller can watch for events between steps; the fifth-order solution is propagated (local
 * extrapolation). Not thread-safe: one instance per thread.
 */
public final class DormandPrince54 {

    /** The right-hand side dy/dt = f(t, y). */
    @FunctionalInterface
    public interface Derivatives {
        /** Writes f(t, y) into {@code dydt}; must not keep references to the arrays. */
        void compute(double t, double[] y, double[] dydt);
    }

    private static final double C2 = 1.0 / 5, C3 = 3.0 / 10, C4 = 4.0 / 5, C5 = 8.0 / 9;
    private static final double A21 = 1.0 / 5;
    private static final double A31 = 3.0 / 40, A32 = 9.0 / 40;
    private static final double A41 = 44.0 / 45, A42 = -56.0 / 15, A43 = 32.0 / 9;
    private static final double A51 = 19372.0 / 6561, A52 = -25360.0 / 2187, A53 = 64448.0 / 6561,
            A54 = -212.0 / 729;
    private static final double A61 = 9017.0 / 3168, A62 = -355.0 / 33, A63 = 46732.0 / 5247, A64 = 49.0 / 176,
            A65 = -5103.0 / 18656;
    private static final double B1 = 35.0 / 384, B3 = 500.0 / 1113, B4 = 125.0 / 192, B5 = -2187.0 / 6784,
            B6 = 11.0 / 84;
    // error coefficients: fifth-order minus fourth-order weights
    private static final double E1 = 71.0 / 57600, E3 = -71.0 / 16695, E4 = 71.0 / 1920, E5 = -17253.0 / 339200,
            E6 = 22.0 / 525, E7 = -1.0 / 40;

    private final Derivatives f;
    private final int n;
    private final double[] absTol;
    private final double relTol;
    private final double maxStep;
    private final double[] k1, k2, k3, k4, k5, k6, k7, tmp, next;
    private double t;
    private double h;
    private final double[] y;
    private boolean firstSameAsLast;
    private int evaluations;

    /**
     * @param absTol absolute tolerance per component, in the component's unit
     * @param relTol relative tolerance
     * @param maxStep largest step, in the unit of t
     */
    public DormandPrince54(Derivatives f, double[] absTol, double relTol, double maxStep) {
        this.f = f;
        this.n = absTol.length;
        this.absTol = absTol.clone();
        this.relTol = relTol;
        this.maxStep = maxStep;
        k1 = new double[n];
        k2 = new double[n];
        k3 = new double[n];
        k4 = new double[n];
        k5 = new double[n];
        k6 = new double[n];
        k7 = new double[n];
        tmp = new double[n];
        next = new double[n];
        y = new double[n];
    }

    /** Starts at {@code t0} with state {@code y0} (copied) and a first trial step {@code h0} (positive). */
    public void reset(double t0, double[] y0, double h0) {
        t = t0;
        System.arraycopy(y0, 0, y, 0, n);
        h = Math.min(h0, maxStep);
        firstSameAsLast = false;
    }

    public double time() {
        return t;
    }

    /** The current state; read-only view valid until the next step. */
    public double[] state() {
        return y;
    }

    /** The derivative at the current state, valid after at least one step. */
    public double[] derivative() {
        return k1;
    }

    /** Number of right-hand-side evaluations since construction. */
    public int evaluations() {
        return evaluations;
    }

    /**
     * Takes one accepted step, no longer than {@code limit} (positive), retrying smaller steps until the error is
     * within tolerance.
     *
     * @return the length of the accepted step
     * @throws ArithmeticException if the step shrinks below 1e-9 of the time unit (the problem is too stiff)
     */
    public double step(double limit) {
        if (!firstSameAsLast) {
            f.compute(t, y, k1);
            evaluations++;
        }
        while (true) {
            double hh = Math.min(h, limit);
            for (int i = 0; i < n; i++) {
                tmp[i] = y[i] + hh * A21 * k1[i];
            }
            f.compute(t + C2 * hh, tmp, k2);
            for (int i = 0; i < n; i++) {
                tmp[i] = y[i] + hh * (A31 * k1[i] + A32 * k2[i]);
            }
            f.compute(t + C3 * hh, tmp, k3);
            for (int i = 0; i < n; i++) {
                tmp[i] = y[i] + hh * (A41 * k1[i] + A42 * k2[i] + A43 * k3[i]);
            }
            f.compute(t + C4 * hh, tmp, k4);
            for (int i = 0; i < n; i++) {
                tmp[i] = y[i] + hh * (A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i]);
            }
            f.compute(t + C5 * hh, tmp, k5);
            for (int i = 0; i < n; i++) {
                tmp[i] = y[i] + hh * (A61 * k1[i] + A62 * k2[i] + A63 * k3[i] + A64 * k4[i] + A65 * k5[i]);
            }
            f.compute(t + hh, tmp, k6);
            for (int i = 0; i < n; i++) {
                next[i] = y[i] + hh * (B1 * k1[i] + B3 * k3[i] + B4 * k4[i] + B5 * k5[i] + B6 * k6[i]);
            }
            f.compute(t + hh, next, k7);
            evaluations += 6;
            double err = 0;
            for (int i = 0; i < n; i++) {
                double e = hh * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i] + E7 * k7[i]);
                double scale = absTol[i] + relTol * Math.max(Math.abs(y[i]), Math.abs(next[i]));
                double r = e / scale;
                err += r * r;
            }
            err = Math.sqrt(err / n);
            if (err <= 1 || hh < 1e-9) {
                if (hh < 1e-9 && err > 1) {
                    throw new ArithmeticException("step size underflow at t=" + t);
                }
                t += hh;
                System.arraycopy(next, 0, y, 0, n);
                System.arraycopy(k7, 0, k1, 0, n);
                firstSameAsLast = true;
                double factor = err == 0 ? 5 : Math.min(5, Math.max(0.2, 0.9 * Math.pow(err, -0.2)));
                h = Math.min(maxStep, Math.max(h, hh) * factor);
                return hh;
            }
            h = hh * Math.max(0.1, 0.9 * Math.pow(err, -0.2));
        }
    }
}
