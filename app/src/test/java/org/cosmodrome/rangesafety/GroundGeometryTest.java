package org.cosmodrome.rangesafety;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

/** Great circles, drawn ellipses and polygons on the spherical Earth range safety draws its zones on. */
class GroundGeometryTest {

    /** Pad 31/6 as the registry holds it (pads.json). */
    static final GeoPoint PAD_31_6 = new GeoPoint(45.996034, 63.564003);
    static final GeoPoint ZHEZKAZGAN = new GeoPoint(47.78, 67.71);
    static final GeoPoint TORGAY = new GeoPoint(49.63, 63.5);

    @Nested
    class GreatCircles {

        /** Expected values: the fact sheet's DERIVED distances and bearings from pad 31/6, rounded as it rounds. */
        @Test
        void giveTheFactSheetsDistancesAndBearingsFromPadThirtyOneSix() {
            assertThat(GreatCircle.distanceKm(PAD_31_6, ZHEZKAZGAN)).isCloseTo(372, within(1.0));
            assertThat(GreatCircle.initialBearingDeg(PAD_31_6, ZHEZKAZGAN)).isCloseTo(56, within(0.5));
            assertThat(GreatCircle.distanceKm(PAD_31_6, new GeoPoint(50.93, 84.77))).isCloseTo(1650, within(2.0));
            assertThat(GreatCircle.distanceKm(PAD_31_6, TORGAY)).isCloseTo(404, within(1.0));
            assertThat(GreatCircle.initialBearingDeg(PAD_31_6, TORGAY)).isCloseTo(359.3, within(0.1));
        }

        @Test
        void arriveWhereTheyWereAimed() {
            double bearing = GreatCircle.initialBearingDeg(PAD_31_6, ZHEZKAZGAN);
            GeoPoint arrival = GreatCircle.destination(PAD_31_6, bearing, GreatCircle.distanceKm(PAD_31_6, ZHEZKAZGAN));

            assertThat(arrival.latitude()).isCloseTo(ZHEZKAZGAN.latitude(), within(1e-9));
            assertThat(arrival.longitude()).isCloseTo(ZHEZKAZGAN.longitude(), within(1e-9));
        }

        /** Flying north-east from 46° N, the track turns eastward: the bearing on arrival is larger. */
        @Test
        void turnEastwardAlongTheWayNorthEast() {
            assertThat(GreatCircle.finalBearingDeg(PAD_31_6, ZHEZKAZGAN))
                    .isGreaterThan(GreatCircle.initialBearingDeg(PAD_31_6, ZHEZKAZGAN));
        }

        @Test
        void areDrawnAsPathsThatStayOnTheCircle() {
            List<GeoPoint> path = GreatCircle.path(PAD_31_6, ZHEZKAZGAN, 8);

            assertThat(path).hasSize(9).startsWith(PAD_31_6).endsWith(ZHEZKAZGAN);
            double total = 0;
            for (int i = 1; i < path.size(); i++) {
                total += GreatCircle.distanceKm(path.get(i - 1), path.get(i));
            }
            assertThat(total).isCloseTo(GreatCircle.distanceKm(PAD_31_6, ZHEZKAZGAN), within(0.01));
        }
    }

    @Nested
    class DrawnEllipses {

        /** Zone 120: an ellipse of 22 x 44 km (KOSTANAY_DZ), so π·11·22 ≈ 760 km². */
        private final ZoneOutline zone120 = new ZoneOutline(22, 11, 359.3, "source", "assumption");

        @Test
        void haveAtLeastThirtyTwoCornersAndAreClosed() {
            List<GeoPoint> ring = zone120.around(TORGAY).ring();

            assertThat(ring).hasSizeGreaterThanOrEqualTo(33);
            assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
        }

        @Test
        void coverTheEllipsesAreaWithinTwoPercent() {
            assertThat(zone120.ellipseAreaKm2()).isCloseTo(760.3, within(0.1));
            assertThat(zone120.around(TORGAY).areaKm2()).isCloseTo(Math.PI * 11 * 22, withinPercentage(2));
        }

        /** Zone 327: about 70 x 40 km and 2,198 km² by the same source (ALTAI_327). */
        @Test
        void agreeWithTheStatedAreaOfZoneThreeTwoSeven() {
            GroundPolygon zone327 = new ZoneOutline(35, 20, 79.9, "source", "assumption")
                    .around(new GeoPoint(51.5, 87.3));

            assertThat(zone327.areaKm2()).isCloseTo(2198, withinPercentage(2));
        }

        @Test
        void layTheirLongAxisAlongTheBearing() {
            GroundPolygon ring = zone120.around(TORGAY);
            GeoPoint tip = ring.ring().get(0);

            assertThat(GreatCircle.distanceKm(TORGAY, tip)).isCloseTo(22, within(0.01));
            assertThat(GreatCircle.initialBearingDeg(TORGAY, tip)).isCloseTo(359.3, within(0.05));
        }

        @Test
        void containTheirCentreAndNothingFarOutside() {
            GroundPolygon ring = zone120.around(TORGAY);

            assertThat(ring.contains(TORGAY)).isTrue();
            assertThat(ring.contains(GreatCircle.destination(TORGAY, 359.3, 20))).isTrue();
            assertThat(ring.contains(GreatCircle.destination(TORGAY, 89.3, 15))).isFalse();
            assertThat(ring.contains(ZHEZKAZGAN)).isFalse();
        }

        @Test
        void refuseASemiMinorAxisLongerThanTheSemiMajor() {
            assertThatThrownBy(() -> new ZoneOutline(10, 20, 0, null, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Polygons {

        private final List<GeoPoint> clockwise = List.of(new GeoPoint(0, 0), new GeoPoint(1, 0),
                new GeoPoint(1, 1), new GeoPoint(0, 1), new GeoPoint(0, 0));

        @Test
        void areStoredCounterClockwise() {
            List<GeoPoint> ring = new GroundPolygon(clockwise).ring();

            double twiceArea = 0;
            for (int i = 0; i < ring.size() - 1; i++) {
                twiceArea += ring.get(i).longitude() * ring.get(i + 1).latitude()
                        - ring.get(i + 1).longitude() * ring.get(i).latitude();
            }
            assertThat(twiceArea).isPositive();
        }

        /** One degree square at the equator: (π/180)² · R² · sin(1°)/(π/180) ≈ 12,364 km². */
        @Test
        void measureAreaOnTheSphere() {
            double expected = Math.toRadians(1) * Math.sin(Math.toRadians(1))
                    * GreatCircle.EARTH_RADIUS_KM * GreatCircle.EARTH_RADIUS_KM;

            assertThat(new GroundPolygon(clockwise).areaKm2()).isCloseTo(expected, withinPercentage(0.01));
        }

        @Test
        void refuseARingThatDoesNotClose() {
            List<GeoPoint> open = new ArrayList<>(clockwise.subList(0, 4));
            open.add(new GeoPoint(0.5, 0.5));

            assertThatThrownBy(() -> new GroundPolygon(open)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("end where it starts");
        }
    }
}
