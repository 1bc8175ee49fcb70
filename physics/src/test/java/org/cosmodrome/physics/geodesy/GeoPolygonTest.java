package org.cosmodrome.physics.geodesy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GeoPolygonTest {

    private static GeoPolygon ring(double... latLon) {
        List<GeodeticPoint> points = new java.util.ArrayList<>();
        for (int i = 0; i < latLon.length; i += 2) {
            points.add(GeodeticPoint.ofDegrees(latLon[i], latLon[i + 1]));
        }
        return new GeoPolygon(points);
    }

    @Nested
    class Containment {

        // a drop-zone-sized quadrilateral in the Ulytau region, where Soyuz boosters fall
        private final GeoPolygon zone = ring(47.6, 66.5, 47.9, 67.4, 47.4, 67.8, 47.1, 66.9);

        @Test
        void containsItsCentreAndExcludesPointsOutside() {
            assertThat(zone.contains(GeodeticPoint.ofDegrees(47.5, 67.15))).isTrue();
            assertThat(zone.contains(GeodeticPoint.ofDegrees(46.0, 63.56))).as("Baikonur").isFalse();
            assertThat(zone.contains(GeodeticPoint.ofDegrees(47.95, 67.0))).as("north of the zone").isFalse();
            assertThat(zone.contains(GeodeticPoint.ofDegrees(-47.5, 67.15 - 180))).as("antipode").isFalse();
        }

        @Test
        void doesNotDependOnTheRingsSenseOrAClosingVertex() {
            GeoPolygon reversed = ring(47.1, 66.9, 47.4, 67.8, 47.9, 67.4, 47.6, 66.5, 47.1, 66.9);
            assertThat(reversed.vertices()).hasSize(4);
            for (double lat = 47.0; lat <= 48.0; lat += 0.05) {
                for (double lon = 66.4; lon <= 67.9; lon += 0.05) {
                    assertThat(reversed.contains(GeodeticPoint.ofDegrees(lat, lon)))
                            .isEqualTo(zone.contains(GeodeticPoint.ofDegrees(lat, lon)));
                }
            }
        }

        @Test
        void handlesAPolygonAcrossTheAntimeridian() {
            GeoPolygon pacific = ring(-10, 179, -10, -179, 10, -179, 10, 179);
            assertThat(pacific.contains(GeodeticPoint.ofDegrees(0, 180))).isTrue();
            assertThat(pacific.contains(GeodeticPoint.ofDegrees(5, -179.5))).isTrue();
            assertThat(pacific.contains(GeodeticPoint.ofDegrees(5, 179.5))).isTrue();
            assertThat(pacific.contains(GeodeticPoint.ofDegrees(0, 0))).isFalse();
            assertThat(pacific.contains(GeodeticPoint.ofDegrees(0, 178.5))).isFalse();
            // 2° × 20° about the equator: 489,933 km² on WGS-84 by the formula of measuresADegreeCellAtTheEquator...;
            // the arcs at ±10° bulge poleward of the parallels by 166 m, adding about 50 km²
            assertThat(pacific.area()).isCloseTo(489_933e6, within(0.0005 * 489_933e6));
        }

        @Test
        void refusesFewerThanThreeVertices() {
            assertThatThrownBy(() -> ring(47.0, 66.0, 47.5, 66.5)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Area {

        @Test
        void measuresADegreeCellAtTheEquatorAsTheEllipsoidDoes() {
            // On WGS-84 the cell 0°-1°N × 1° of longitude has 12,308.46 km²: Δλ b² [F(φ)]₀^1° with
            // F = sin φ/(2(1 − e² sin²φ)) + ln((1 + e sin φ)/(1 − e sin φ))/(4e) (Snyder, USGS PP 1395, eq. 3-12).
            // A sphere of the authalic radius with geodetic latitudes would give 12,363.7 km², 0.45 % more.
            GeoPolygon cell = ring(0, 0, 0, 1, 1, 1, 1, 0);
            assertThat(cell.area()).isCloseTo(12_308.46e6, within(0.5e6));
        }

        @Test
        void measuresADegreeCellAtBaikonursLatitude() {
            // The same formula gives 8,686.5 km² for 45°-46°N × 1°; the arcs along the parallels add about 0.5 km².
            GeoPolygon cell = ring(45, 63, 45, 64, 46, 64, 46, 63);
            assertThat(cell.area()).isCloseTo(8_686.5e6, within(1.5e6));
        }
    }
}
