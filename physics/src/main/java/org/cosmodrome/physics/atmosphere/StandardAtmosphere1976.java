package org.cosmodrome.physics.atmosphere;

/**
 * The U.S. Standard Atmosphere 1976 (NOAA-S/T 76-1562). From 0 to 86 km geometric altitude it is computed from the
 * standard's seven layers of linear molecular-scale temperature in geopotential altitude (tables 4 and 5 of the
 * standard, with R* = 8314.32 J/(kmol·K), M0 = 28.9644 kg/kmol, g0 = 9.80665 m/s², r0 = 6,356,766 m); from 86 to
 * 1,000 km density is interpolated log-linearly in the standard's tabulated values (table I of its part 4), which
 * reproduces them exactly at the nodes and within 3% between them. Below -5 km the value at -5 km is used; above
 * 1,000 km the density is 0. The model is the mean mid-latitude atmosphere at moderate solar activity; it does not
 * vary with time, latitude or solar flux.
 */
public final class StandardAtmosphere1976 implements Atmosphere {

    private static final double R_STAR = 8314.32;
    private static final double M0 = 28.9644;
    private static final double G0 = 9.80665;
    private static final double R0 = 6_356_766.0;
    private static final double R_AIR = R_STAR / M0;
    private static final double GAMMA = 1.4;

    // geopotential base altitude (m'), lapse rate (K/m'), base temperature (K), base pressure (Pa)
    private static final double[] H_BASE = {0, 11_000, 20_000, 32_000, 47_000, 51_000, 71_000, 84_852};
    private static final double[] LAPSE = {-0.0065, 0, 0.001, 0.0028, 0, -0.0028, -0.002, 0};
    private static final double[] T_BASE = new double[8];
    private static final double[] P_BASE = new double[8];

    // Table I of the standard above 86 km: geometric altitude (km), density (kg/m³), kinetic temperature (K)
    private static final double[] UPPER_Z = {86, 90, 95, 100, 110, 120, 130, 140, 150, 160, 180, 200, 250, 300, 350,
        400, 450, 500, 600, 700, 800, 900, 1000};
    private static final double[] UPPER_RHO = {6.958e-6, 3.416e-6, 1.393e-6, 5.604e-7, 9.708e-8, 2.222e-8, 8.152e-9,
        3.831e-9, 2.076e-9, 1.233e-9, 5.194e-10, 2.541e-10, 6.073e-11, 1.916e-11, 7.014e-12, 2.803e-12, 1.184e-12,
        5.215e-13, 1.137e-13, 3.070e-14, 1.136e-14, 5.759e-15, 3.561e-15};
    private static final double[] UPPER_T = {186.87, 186.87, 188.42, 195.08, 240.0, 360.0, 469.27, 559.63, 634.39,
        696.29, 790.07, 854.56, 941.33, 976.01, 990.06, 995.83, 998.22, 999.24, 999.85, 999.97, 999.99, 1000.0,
        1000.0};
    private static final double[] UPPER_LN_RHO = new double[UPPER_RHO.length];

    static {
        T_BASE[0] = 288.15;
        P_BASE[0] = 101_325.0;
        for (int i = 1; i < H_BASE.length; i++) {
            double dh = H_BASE[i] - H_BASE[i - 1];
            T_BASE[i] = T_BASE[i - 1] + LAPSE[i - 1] * dh;
            P_BASE[i] = pressureAbove(P_BASE[i - 1], T_BASE[i - 1], LAPSE[i - 1], dh);
        }
        for (int i = 0; i < UPPER_RHO.length; i++) {
            UPPER_LN_RHO[i] = Math.log(UPPER_RHO[i]);
        }
    }

    /** The model's floor, metres. */
    public static final double FLOOR = -5_000;
    /** The model's ceiling, metres. */
    public static final double CEILING = 1_000_000;

    /**
     * The state of the air at an altitude.
     *
     * @param temperature kinetic temperature in K
     * @param pressure in Pa ({@code NaN} above 86 km, where this model tabulates density only)
     * @param density in kg/m³
     */
    public record State(double temperature, double pressure, double density) {
    }

    /** @return temperature, pressure and density at a geometric altitude in metres */
    public State state(double altitude) {
        double z = Math.max(FLOOR, altitude);
        if (z > CEILING) {
            return new State(1000.0, 0, 0);
        }
        if (z < 86_000) {
            double h = R0 * z / (R0 + z);
            int i = layer(h);
            double dh = h - H_BASE[i];
            double t = T_BASE[i] + LAPSE[i] * dh;
            double p = pressureAbove(P_BASE[i], T_BASE[i], LAPSE[i], dh);
            return new State(t, p, p / (R_AIR * t));
        }
        int k = upperIndex(z / 1000);
        double w = (z / 1000 - UPPER_Z[k]) / (UPPER_Z[k + 1] - UPPER_Z[k]);
        double rho = Math.exp(UPPER_LN_RHO[k] + w * (UPPER_LN_RHO[k + 1] - UPPER_LN_RHO[k]));
        return new State(UPPER_T[k] + w * (UPPER_T[k + 1] - UPPER_T[k]), Double.NaN, rho);
    }

    @Override
    public double density(double altitude) {
        return state(altitude).density();
    }

    /** Speed of sound of an ideal gas with γ = 1.4; above 86 km the kinetic temperature is used. */
    @Override
    public double speedOfSound(double altitude) {
        return Math.sqrt(GAMMA * R_AIR * state(altitude).temperature());
    }

    private static int layer(double h) {
        for (int i = H_BASE.length - 1; i > 0; i--) {
            if (h >= H_BASE[i]) {
                return i;
            }
        }
        return 0;
    }

    private static int upperIndex(double zKm) {
        for (int i = UPPER_Z.length - 2; i > 0; i--) {
            if (zKm >= UPPER_Z[i]) {
                return i;
            }
        }
        return 0;
    }

    private static double pressureAbove(double pBase, double tBase, double lapse, double dh) {
        if (lapse == 0) {
            return pBase * Math.exp(-G0 * M0 * dh / (R_STAR * tBase));
        }
        return pBase * Math.pow(tBase / (tBase + lapse * dh), G0 * M0 / (R_STAR * lapse));
    }
}
