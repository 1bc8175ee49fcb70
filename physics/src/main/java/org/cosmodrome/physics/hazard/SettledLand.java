package org.cosmodrome.physics.hazard;

import java.util.List;

import org.cosmodrome.physics.geodesy.Wgs84;

/**
 * A population model of sparsely settled land: a uniform background density (herders, farms, roads) plus settlements
 * as discs ({@link Settlement}); where discs overlap the larger density counts. Distances on the mean sphere.
 */
public final class SettledLand implements PopulationModel {

    private final double background;
    private final List<Settlement> settlements;
    private final double[] sinLat;
    private final double[] cosLat;
    private final double[] lon;
    private final double[] angularRadius;

    /** @param backgroundPerKm2 people per km² outside the settlements, non-negative */
    public SettledLand(double backgroundPerKm2, List<Settlement> settlements) {
        if (backgroundPerKm2 < 0) {
            throw new IllegalArgumentException("background density cannot be negative");
        }
        this.background = backgroundPerKm2 * 1e-6;
        this.settlements = List.copyOf(settlements);
        int n = settlements.size();
        sinLat = new double[n];
        cosLat = new double[n];
        lon = new double[n];
        angularRadius = new double[n];
        for (int i = 0; i < n; i++) {
            Settlement s = settlements.get(i);
            sinLat[i] = Math.sin(s.centre().latitude());
            cosLat[i] = Math.cos(s.centre().latitude());
            lon[i] = s.centre().longitude();
            angularRadius[i] = Math.cos(s.radius() / Wgs84.MEAN_RADIUS);
        }
    }

    public List<Settlement> settlements() {
        return settlements;
    }

    /** @return the background density, people per km² */
    public double backgroundPerKm2() {
        return background * 1e6;
    }

    @Override
    public double density(double latitude, double longitude) {
        double best = background;
        double sl = Math.sin(latitude);
        double cl = Math.cos(latitude);
        for (int i = 0; i < lon.length; i++) {
            // cosine of the central angle >= cosine of the disc's angular radius: inside
            double cosAngle = sl * sinLat[i] + cl * cosLat[i] * Math.cos(longitude - lon[i]);
            if (cosAngle >= angularRadius[i]) {
                best = Math.max(best, settlements.get(i).density());
            }
        }
        return best;
    }
}
