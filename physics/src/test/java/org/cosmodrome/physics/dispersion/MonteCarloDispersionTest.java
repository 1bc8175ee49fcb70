package org.cosmodrome.physics.dispersion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.cosmodrome.physics.geodesy.GeoPolygon;
import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.cosmodrome.physics.geodesy.Geodesics;
import org.cosmodrome.physics.geodesy.LocalFrame;
import org.cosmodrome.physics.geodesy.Vector3;
import org.cosmodrome.physics.geodesy.Wgs84;
import org.cosmodrome.physics.trajectory.BallisticFall;
import org.cosmodrome.physics.trajectory.Impact;
import org.cosmodrome.physics.trajectory.StageSeparation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MonteCarloDispersionTest {

    /** A booster-like separation: 45 km up, 1.8 km/s relative, 25° flight path, heading 60° (a 51.6° ascent). */
    static StageSeparation booster(int pieces, double lateralDeltaV) {
        GeodeticPoint at = GeodeticPoint.ofDegrees(46.5, 64.5, 45_000);
        LocalFrame frame = new LocalFrame(at);
        double gamma = Math.toRadians(25);
        double heading = Math.toRadians(60);
        Vector3 v = frame.toEcef(1800 * Math.cos(gamma) * Math.sin(heading), 1800 * Math.cos(gamma) * Math.cos(heading),
                1800 * Math.sin(gamma));
        Vector3 a = frame.toEcef(20, 12, 10);
        return new StageSeparation("boosters", 118, Wgs84.toEcef(at), v, a, 1500, pieces, lateralDeltaV, 1_000);
    }

    private final MonteCarloDispersion dispersion = new MonteCarloDispersion(BallisticFall.standard(),
            DispersionModel.typical());

    @Nested
    class Reproducibility {

        @Test
        void sameSeedGivesIdenticalImpactsOnOneThreadAndOnFour() throws InterruptedException {
            List<ImpactFootprint> one = dispersion.run(List.of(booster(4, 3)), 600, 42, 1, ProgressListener.NONE);
            List<ImpactFootprint> four = dispersion.run(List.of(booster(4, 3)), 600, 42, 4, ProgressListener.NONE);
            assertThat(four.get(0).impacts()).isEqualTo(one.get(0).impacts());
        }

        @Test
        void anotherSeedGivesOtherImpacts() throws InterruptedException {
            ImpactFootprint a = dispersion.run(List.of(booster(1, 0)), 100, 1, 2, ProgressListener.NONE).get(0);
            ImpactFootprint b = dispersion.run(List.of(booster(1, 0)), 100, 2, 2, ProgressListener.NONE).get(0);
            assertThat(a.impacts()).isNotEqualTo(b.impacts());
        }

        @Test
        void reportsProgressUpToEverySampleOfEveryStage() throws InterruptedException {
            AtomicLong last = new AtomicLong();
            AtomicLong total = new AtomicLong();
            dispersion.run(List.of(booster(1, 0), booster(4, 3)), 520, 7, 2, (done, all) -> {
                last.accumulateAndGet(done, Math::max);
                total.set(all);
            });
            assertThat(total.get()).isEqualTo(1040);
            assertThat(last.get()).isEqualTo(1040);
        }
    }

    @Nested
    class Statistics {

        @Test
        void withoutDispersionEverySampleLandsOnTheNominalImpact() throws InterruptedException {
            StageSeparation separation = booster(1, 0);
            Impact nominal = BallisticFall.standard().fall(separation.point(),
                    new LocalFrame(separation.point()).toEnu(separation.velocity()), 1500);
            ImpactFootprint footprint = new MonteCarloDispersion(BallisticFall.standard(), DispersionModel.none())
                    .run(List.of(separation), 20, 3, 1, ProgressListener.NONE).get(0);
            assertThat(Geodesics.distance(footprint.mean(), nominal.point())).isLessThan(1.0);
            assertThat(footprint.ellipse(1).semiMajor()).isLessThan(1.0);
        }

        @Test
        void boostersWithLateralImpulsesSpreadWiderThanOneBody() throws InterruptedException {
            ImpactFootprint single = dispersion.run(List.of(booster(1, 0)), 400, 5, 2, ProgressListener.NONE).get(0);
            ImpactFootprint four = dispersion.run(List.of(booster(4, 15)), 400, 5, 2, ProgressListener.NONE).get(0);
            assertThat(four.ellipse(1).area()).isGreaterThan(single.ellipse(1).area());
        }

        @Test
        void ellipseRecoversTheAxesAndOrientationOfAKnownNormalSpread() {
            // 20,000 points drawn from a normal with σ 10 km along azimuth 60° and 3 km across it
            GeodeticPoint centre = GeodeticPoint.ofDegrees(47.8, 67.7);
            LocalFrame frame = new LocalFrame(centre);
            SplittableRandom random = new SplittableRandom(11);
            int n = 20_000;
            double[] lat = new double[n];
            double[] lon = new double[n];
            double az = Math.toRadians(60);
            for (int i = 0; i < n; i++) {
                double along = 10_000 * random.nextGaussian();
                double across = 3_000 * random.nextGaussian();
                double east = along * Math.sin(az) + across * Math.cos(az);
                double north = along * Math.cos(az) - across * Math.sin(az);
                GeodeticPoint p = Wgs84.toGeodetic(frame.positionToEcef(east, north, 0));
                lat[i] = p.latitude();
                lon[i] = p.longitude();
            }
            ImpactFootprint footprint = new ImpactFootprint("test", 1, 0, lat, lon, new double[n], 0);
            DispersionEllipse one = footprint.ellipse(1);
            assertThat(one.semiMajor()).isCloseTo(10_000, within(300.0));
            assertThat(one.semiMinor()).isCloseTo(3_000, within(100.0));
            assertThat(Math.toDegrees(one.orientation())).isCloseTo(60, within(1.0));
            assertThat(Geodesics.distance(footprint.mean(), centre)).isLessThan(200);

            // the 2σ ellipse holds 1 − e^−2 = 86.5% of a bivariate normal
            GeoPolygon twoSigma = new GeoPolygon(footprint.ellipse(2).ring(72));
            Proportion inside = footprint.containment(twoSigma);
            assertThat(inside.estimate()).isCloseTo(0.865, within(0.01));
            assertThat(footprint.ellipse(2).probability()).isCloseTo(0.8647, within(1e-4));
        }
    }

    @Nested
    class Proportions {

        @Test
        void wilsonIntervalBracketsTheEstimateAndStaysWithinZeroAndOne() {
            Proportion all = new Proportion(10_000, 10_000);
            assertThat(all.upper()).isEqualTo(1.0);
            // Wilson lower bound for 10,000 of 10,000: n/(n + z²) = 0.99962
            assertThat(all.lower()).isCloseTo(0.99962, within(1e-5));
            Proportion some = new Proportion(970, 1000);
            assertThat(some.lower()).isLessThan(0.97).isGreaterThan(0.955);
            assertThat(some.upper()).isGreaterThan(0.97).isLessThan(0.98);
        }
    }

    static List<GeodeticPoint> square(double lat, double lon, double halfDeg) {
        List<GeodeticPoint> ring = new ArrayList<>();
        ring.add(GeodeticPoint.ofDegrees(lat - halfDeg, lon - halfDeg));
        ring.add(GeodeticPoint.ofDegrees(lat - halfDeg, lon + halfDeg));
        ring.add(GeodeticPoint.ofDegrees(lat + halfDeg, lon + halfDeg));
        ring.add(GeodeticPoint.ofDegrees(lat + halfDeg, lon - halfDeg));
        return ring;
    }
}
