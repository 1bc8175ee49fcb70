package org.cosmodrome.physics.dispersion;

import java.util.ArrayList;
import java.util.List;

import org.cosmodrome.physics.geodesy.GeoPolygon;
import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.cosmodrome.physics.geodesy.LocalFrame;
import org.cosmodrome.physics.geodesy.Vector3;
import org.cosmodrome.physics.geodesy.Wgs84;

/**
 * The sampled impact points of one stage and their statistics: mean, covariance in the local east-north plane at the
 * mean (metres), k-sigma ellipses and the share inside a polygon. Samples whose fall did not reach the ground are
 * counted in {@link #failures()} and left out of the statistics. Immutable.
 */
public final class ImpactFootprint {

    private final String stage;
    private final int pieces;
    private final double residualPropellant;
    private final double[] latitudes;
    private final double[] longitudes;
    private final double[] timesOfFlight;
    private final int failures;
    private final GeodeticPoint mean;
    private final double varEast;
    private final double varNorth;
    private final double covEastNorth;

    /**
     * @param latitudes impact latitudes in radians, one per landed sample
     * @param longitudes impact longitudes in radians
     * @param timesOfFlight seconds from separation to impact
     * @param failures samples that did not land within the fall's time limit
     */
    public ImpactFootprint(String stage, int pieces, double residualPropellant, double[] latitudes,
            double[] longitudes, double[] timesOfFlight, int failures) {
        if (latitudes.length != longitudes.length || latitudes.length != timesOfFlight.length) {
            throw new IllegalArgumentException("one latitude, longitude and time of flight per sample");
        }
        if (latitudes.length < 2) {
            throw new IllegalArgumentException("a footprint needs at least two landed samples");
        }
        this.stage = stage;
        this.pieces = pieces;
        this.residualPropellant = residualPropellant;
        this.latitudes = latitudes.clone();
        this.longitudes = longitudes.clone();
        this.timesOfFlight = timesOfFlight.clone();
        this.failures = failures;
        int n = latitudes.length;
        double sx = 0;
        double sy = 0;
        double sz = 0;
        for (int i = 0; i < n; i++) {
            double cl = Math.cos(latitudes[i]);
            sx += cl * Math.cos(longitudes[i]);
            sy += cl * Math.sin(longitudes[i]);
            sz += Math.sin(latitudes[i]);
        }
        // Centroid of the unit vectors; its direction is the mean point to well under a metre for regional spreads.
        double centroidLat = Math.atan2(sz, Math.hypot(sx, sy));
        double centroidLon = Math.atan2(sy, sx);
        LocalFrame frame = new LocalFrame(new GeodeticPoint(centroidLat, centroidLon, 0));
        double[] e = new double[n];
        double[] nn = new double[n];
        double me = 0;
        double mn = 0;
        for (int i = 0; i < n; i++) {
            Vector3 enu = frame.positionToEnu(Wgs84.toEcef(new GeodeticPoint(latitudes[i], longitudes[i], 0)));
            e[i] = enu.x();
            nn[i] = enu.y();
            me += e[i];
            mn += nn[i];
        }
        me /= n;
        mn /= n;
        double ve = 0;
        double vn = 0;
        double cen = 0;
        for (int i = 0; i < n; i++) {
            double de = e[i] - me;
            double dn = nn[i] - mn;
            ve += de * de;
            vn += dn * dn;
            cen += de * dn;
        }
        this.varEast = ve / (n - 1);
        this.varNorth = vn / (n - 1);
        this.covEastNorth = cen / (n - 1);
        this.mean = Wgs84.toGeodetic(frame.positionToEcef(me, mn, 0)).atAltitude(0);
    }

    public String stage() {
        return stage;
    }

    /** @return bodies per sample that fall together (4 Soyuz boosters); each sample is one of them */
    public int pieces() {
        return pieces;
    }

    /** @return propellant aboard each spent body at separation, kg */
    public double residualPropellant() {
        return residualPropellant;
    }

    /** @return landed samples */
    public int samples() {
        return latitudes.length;
    }

    /** @return samples that did not land */
    public int failures() {
        return failures;
    }

    /** @return the impact point of landed sample {@code i}, on the ellipsoid */
    public GeodeticPoint impact(int i) {
        return new GeodeticPoint(latitudes[i], longitudes[i], 0);
    }

    /** @return the impact points, in sample order */
    public List<GeodeticPoint> impacts() {
        List<GeodeticPoint> points = new ArrayList<>(latitudes.length);
        for (int i = 0; i < latitudes.length; i++) {
            points.add(impact(i));
        }
        return points;
    }

    /** @return seconds from separation to impact of landed sample {@code i} */
    public double timeOfFlight(int i) {
        return timesOfFlight[i];
    }

    /** @return the mean impact point */
    public GeodeticPoint mean() {
        return mean;
    }

    /** @return the covariance {{σ_ee, σ_en}, {σ_en, σ_nn}} in m² in the local east-north plane at the mean */
    public double[][] covariance() {
        return new double[][] {{varEast, covEastNorth}, {covEastNorth, varNorth}};
    }

    /** @return the k-sigma ellipse (k = 1, 2, 3, ...) of the bivariate normal with this mean and covariance */
    public DispersionEllipse ellipse(int sigmas) {
        if (sigmas < 1) {
            throw new IllegalArgumentException("sigmas must be at least 1");
        }
        double tr = varEast + varNorth;
        double det = varEast * varNorth - covEastNorth * covEastNorth;
        double disc = Math.sqrt(Math.max(0, tr * tr / 4 - det));
        double major = tr / 2 + disc;
        double minor = Math.max(0, tr / 2 - disc);
        // eigenvector (east, north) of the major eigenvalue: (σ_en, λ − σ_ee); the axes themselves when uncorrelated
        double azimuth = Math.abs(covEastNorth) > 1e-9 * tr ? Math.atan2(covEastNorth, major - varEast)
                : varEast >= varNorth ? Math.PI / 2 : 0;
        azimuth = ((azimuth % Math.PI) + Math.PI) % Math.PI;
        return new DispersionEllipse(sigmas, mean, sigmas * Math.sqrt(major), sigmas * Math.sqrt(minor), azimuth,
                1 - Math.exp(-0.5 * sigmas * sigmas));
    }

    /** @return the share of landed samples inside {@code zone}, with its 95% interval */
    public Proportion containment(GeoPolygon zone) {
        long inside = 0;
        for (int i = 0; i < latitudes.length; i++) {
            if (zone.contains(latitudes[i], longitudes[i])) {
                inside++;
            }
        }
        return new Proportion(inside, latitudes.length);
    }

    /** @return the mean time of flight from separation to impact, s */
    public double meanTimeOfFlight() {
        double s = 0;
        for (double t : timesOfFlight) {
            s += t;
        }
        return s / timesOfFlight.length;
    }
}
