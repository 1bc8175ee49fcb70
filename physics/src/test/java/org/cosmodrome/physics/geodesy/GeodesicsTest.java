package org.cosmodrome.physics.geodesy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GeodesicsTest {

    private static final GeodeticPoint BAIKONUR = GeodeticPoint.ofDegrees(45.996, 63.564);

    private static double dms(int degrees, int minutes, double seconds) {
        return Math.signum(degrees) * (Math.abs(degrees) + minutes / 60.0 + seconds / 3600.0);
    }

    @Nested
    class VincentyInverse {

        // Vincenty's worked example as published by Geoscience Australia (GDA Technical Manual): Flinders Peak
        // 37°57'03.72030"S 144°25'29.52440"E to Buninyong 37°39'10.15610"S 143°55'35.38390"E on GRS80 is
        // 54,972.271 m, azimuth 306°52'05.37", reverse azimuth 127°10'25.07". GRS80 and WGS-84 differ in
        // flattening by 1.5e-11 relative, far below a millimetre over 55 km.
        private final GeodeticPoint flindersPeak = GeodeticPoint.ofDegrees(dms(-37, 57, 3.72030),
                dms(144, 25, 29.52440));
        private final GeodeticPoint buninyong = GeodeticPoint.ofDegrees(dms(-37, 39, 10.15610),
                dms(143, 55, 35.38390));

        @Test
        void measuresFlindersPeakToBuninyongAsPublished() {
            Geodesics.Geodesic g = Geodesics.inverse(flindersPeak, buninyong);
            assertThat(g.distance()).isCloseTo(54_972.271, offset(1e-3));
            assertThat(Math.toDegrees(g.initialAzimuth())).isCloseTo(dms(306, 52, 5.37), offset(0.01 / 3600));
            // the final azimuth continues forward; the published reverse azimuth points back, 180° from it
            assertThat(Math.toDegrees(g.finalAzimuth())).isCloseTo(dms(127, 10, 25.07) + 180, offset(0.01 / 3600));
        }

        @Test
        void givesZeroBetweenAPointAndItself() {
            assertThat(Geodesics.distance(BAIKONUR, BAIKONUR)).isZero();
        }
    }

    @Nested
    class VincentyDirect {

        @Test
        void reachesThePointTheInverseMeasured() {
            GeodeticPoint[] targets = {GeodeticPoint.ofDegrees(47.9, 66.9), GeodeticPoint.ofDegrees(51.4, 86.0),
                GeodeticPoint.ofDegrees(-33.9, 151.2), GeodeticPoint.ofDegrees(46.0, -60.0)};
            for (GeodeticPoint target : targets) {
                Geodesics.Geodesic g = Geodesics.inverse(BAIKONUR, target);
                GeodeticPoint reached = Geodesics.destination(BAIKONUR, g.initialAzimuth(), g.distance());
                assertThat(Geodesics.distance(reached, target)).as("to %s", target).isLessThan(1e-3);
            }
        }

        @Test
        void reachesBuninyongFromFlindersPeak() {
            // the direct problem of the same published example
            GeodeticPoint reached = Geodesics.destination(GeodeticPoint.ofDegrees(dms(-37, 57, 3.72030),
                    dms(144, 25, 29.52440)), Math.toRadians(dms(306, 52, 5.37)), 54_972.271);
            assertThat(reached.latitudeDegrees()).isCloseTo(dms(-37, 39, 10.15610), offset(1e-4 / 3600));
            assertThat(reached.longitudeDegrees()).isCloseTo(dms(143, 55, 35.38390), offset(1e-4 / 3600));
        }
    }

    @Nested
    class GreatCircle {

        @Test
        void staysWithinHalfAPercentOfTheGeodesicOverKazakhstanAndSiberia() {
            // From 30° to 70° the mean sphere's radius (6,371.0 km) is within 0.4 % of the ellipsoid's radii of
            // curvature (meridian M, prime vertical N). Near the equator a meridian arc is 0.56 % short of it (M =
            // 6,335.4 km there), so the half-percent bound is the range's, not the globe's.
            for (double lat = 30; lat <= 70; lat += 5) {
                for (double bearing = 0; bearing < 360; bearing += 30) {
                    for (double distance : new double[] {10_000, 300_000, 2_000_000, 8_000_000}) {
                        GeodeticPoint a = GeodeticPoint.ofDegrees(lat, 63.5);
                        GeodeticPoint b = Geodesics.destination(a, Math.toRadians(bearing), distance);
                        assertThat(Geodesics.greatCircleDistance(a, b)).isCloseTo(distance,
                                within(0.005 * distance));
                    }
                }
            }
        }

        @Test
        void headsDueEastAlongTheEquatorAndDueNorthAlongAMeridian() {
            assertThat(Geodesics.greatCircleBearing(GeodeticPoint.ofDegrees(0, 10), GeodeticPoint.ofDegrees(0, 20)))
                    .isCloseTo(Math.PI / 2, offset(1e-12));
            assertThat(Geodesics.greatCircleBearing(BAIKONUR, GeodeticPoint.ofDegrees(50, 63.564)))
                    .isCloseTo(0, offset(1e-12));
        }
    }
}
