package org.cosmodrome.physics.geodesy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Wgs84Test {

    private static final double MM = 1e-3;

    @Nested
    class GeodeticToEcef {

        @Test
        void placesTheEpsgGuidanceNoteExampleWhereTheNoteDoes() {
            // IOGP/EPSG Guidance Note 7-2, §2.2.1 example on WGS 84: 53°48'33.820"N, 2°07'46.380"E, h = 73.000 m
            // is X = 3,771,793.968 m, Y = 140,253.342 m, Z = 5,124,304.349 m.
            GeodeticPoint p = GeodeticPoint.ofDegrees(53 + 48 / 60.0 + 33.820 / 3600, 2 + 7 / 60.0 + 46.380 / 3600,
                    73.0);
            Vector3 ecef = Wgs84.toEcef(p);
            assertThat(ecef.x()).isCloseTo(3_771_793.968, offset(MM));
            assertThat(ecef.y()).isCloseTo(140_253.342, offset(MM));
            assertThat(ecef.z()).isCloseTo(5_124_304.349, offset(MM));
        }

        @Test
        void putsTheEquatorOnTheSemiMajorAxisAndThePoleOnTheSemiMinor() {
            // a = 6,378,137 m and b = a(1 - f) = 6,356,752.314 m (NIMA TR8350.2, table 3.1 and 3.3)
            assertThat(Wgs84.toEcef(GeodeticPoint.ofDegrees(0, 0)).x()).isEqualTo(6_378_137.0);
            assertThat(Wgs84.toEcef(GeodeticPoint.ofDegrees(90, 0)).z()).isCloseTo(6_356_752.314, offset(MM));
            assertThat(Wgs84.toEcef(GeodeticPoint.ofDegrees(0, 90)).y()).isCloseTo(6_378_137.0, offset(MM));
        }
    }

    @Nested
    class RoundTrip {

        @ParameterizedTest(name = "altitude {0} m")
        @ValueSource(doubles = {-5_000, 0, 3_000, 45_000, 190_000, 1_000_000, 10_000_000})
        void returnsToTheSamePointWithinAMillimetre(double altitude) {
            for (double lat = -90; lat <= 90; lat += 7.5) {
                for (double lon = -180; lon < 180; lon += 15) {
                    GeodeticPoint p = GeodeticPoint.ofDegrees(lat, lon, altitude);
                    Vector3 ecef = Wgs84.toEcef(p);
                    GeodeticPoint back = Wgs84.toGeodetic(ecef);
                    assertThat(Wgs84.toEcef(back).minus(ecef).norm()).as("at %s", p).isLessThan(MM);
                    assertThat(back.altitude()).as("altitude at %s", p).isCloseTo(altitude, offset(MM));
                }
            }
        }

        @Test
        void keepsBaikonurWithinAMillimetre() {
            GeodeticPoint pad = GeodeticPoint.ofDegrees(45.996, 63.564, 90);
            GeodeticPoint back = Wgs84.toGeodetic(Wgs84.toEcef(pad));
            // 1 mm on the ellipsoid is 1.6e-10 rad of latitude
            assertThat(back.latitude()).isCloseTo(pad.latitude(), offset(1.6e-10));
            assertThat(back.longitude()).isCloseTo(pad.longitude(), offset(1.6e-10));
            assertThat(back.altitude()).isCloseTo(90, offset(MM));
        }
    }

    @Test
    void approximateAltitudeStaysWithin30MetresOfTheGeodeticOneBelow1000Km() {
        // the bound its Javadoc promises for atmosphere look-ups
        for (double lat = -89; lat <= 89; lat += 1) {
            for (double altitude = 0; altitude <= 1_000_000; altitude += 50_000) {
                Vector3 r = Wgs84.toEcef(GeodeticPoint.ofDegrees(lat, 63.5, altitude));
                assertThat(Wgs84.approximateAltitude(r.x(), r.y(), r.z())).isCloseTo(altitude, offset(30.0));
            }
        }
    }
}
