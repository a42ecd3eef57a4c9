package org.groma.geo.rhumb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.groma.geo.Ellipsoid;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.junit.jupiter.api.Test;

/** Behaviour of {@link Rhumb}: closed-form cases, poles, the antimeridian, sums, and refusals. */
class RhumbTest {

  private static final Rhumb RHUMB = Rhumb.WGS84;

  /** GeographicLib's geodesic distances are accurate to 15 nm; with margin. */
  private static final double GEODESIC_M = 20e-9;

  /** Round trips direct(inverse) away from the poles land within round-off (observed: about 2 nm). */
  private static final double ROUND_TRIP_M = 20e-9;

  @Test
  void a_meridian_has_the_length_of_the_geodesic_along_it() {
    // A meridian is both a rhumb line and a geodesic; GeographicLib's geodesic is an independent reference.
    RhumbInverse r = RHUMB.inverse(point(-33.5, 18.4), point(61.2, 18.4));
    assertThat(r.azimuthDeg()).isEqualTo(0);
    assertThat(r.distanceM()).isCloseTo(Geodesic.WGS84.Inverse(-33.5, 18.4, 61.2, 18.4).s12, within(GEODESIC_M));
    assertThat(RHUMB.inverse(point(61.2, 18.4), point(-33.5, 18.4)).azimuthDeg()).isEqualTo(180);
  }

  @Test
  void a_parallel_has_the_length_of_its_circle_arc() {
    double phi = Math.toRadians(41.3);
    double e2 = Ellipsoid.WGS84.eccentricitySquared();
    double radiusM = Ellipsoid.WGS84.equatorialRadiusM() * Math.cos(phi) / Math.sqrt(1 - e2 * Math.pow(Math.sin(phi), 2));
    RhumbInverse r = RHUMB.inverse(point(41.3, 44.5), point(41.3, 46.0));
    assertThat(r.azimuthDeg()).isEqualTo(90);
    assertThat(r.distanceM()).isCloseTo(radiusM * Math.toRadians(1.5), within(1e-8));
  }

  @Test
  void on_a_sphere_the_length_is_the_latitude_span_over_the_cosine_of_the_azimuth() {
    double radiusM = 6_371_000;
    Rhumb sphere = new Rhumb(new Ellipsoid("sphere", 0, radiusM, 0));
    double lat1 = Math.toRadians(-20);
    double lat2 = Math.toRadians(50);
    double lam12 = Math.toRadians(70);
    double psi12 = asinh(Math.tan(lat2)) - asinh(Math.tan(lat1));
    double azimuth = Math.atan2(lam12, psi12);
    RhumbInverse r = sphere.inverse(point(-20, 10), point(50, 80));
    assertThat(r.azimuthDeg()).isCloseTo(Math.toDegrees(azimuth), within(1e-12));
    assertThat(r.distanceM()).isCloseTo(radiusM * (lat2 - lat1) / Math.cos(azimuth), within(1e-7));
  }

  @Test
  void a_pole_is_reached_along_the_meridian_whatever_longitude_it_is_given() {
    // The shortest rhumb line to a pole is the meridian; RhumbSolve would give 8 896 136.603 m here,
    // spiralling through 10° of longitude to a point "a tiny distance" from the pole.
    double meridianM = Geodesic.WGS84.Inverse(10, 20, 90, 20).s12;
    for (double poleLon : new double[] {20, 10, -160, 180}) {
      RhumbInverse up = RHUMB.inverse(point(10, 20), point(90, poleLon));
      assertThat(up.azimuthDeg()).isEqualTo(0);
      assertThat(up.distanceM()).isCloseTo(meridianM, within(GEODESIC_M));
      RhumbInverse down = RHUMB.inverse(point(90, poleLon), point(10, 20));
      assertThat(down.azimuthDeg()).isEqualTo(180);
      assertThat(down.distanceM()).isEqualTo(up.distanceM());
    }
    assertThat(RHUMB.inverse(point(-90, 0), point(-10, 5)).azimuthDeg()).isEqualTo(0);
  }

  @Test
  void pole_to_pole_is_two_quarter_meridians_and_a_pole_to_itself_is_nothing() {
    RhumbInverse across = RHUMB.inverse(point(90, 0), point(-90, 45));
    assertThat(across.azimuthDeg()).isEqualTo(180);
    assertThat(across.distanceM()).isCloseTo(2 * Geodesic.WGS84.Inverse(0, 0, 90, 0).s12, within(2 * GEODESIC_M));
    assertThat(RHUMB.inverse(point(90, 10), point(90, -100))).isEqualTo(new RhumbInverse(0, 0));
  }

  @Test
  void ends_exactly_180_degrees_apart_go_the_way_of_lon2_minus_lon1_as_RhumbSolve_does() {
    // RhumbSolve -i: "0 0 0 180" → 90 20037508.342789240; "0 0 0 -180" → -90; "10 170 10 -10" → -90.
    assertThat(RHUMB.inverse(point(0, 0), point(0, 180))).satisfies(r -> {
      assertThat(r.azimuthDeg()).isEqualTo(90);
      assertThat(r.distanceM()).isCloseTo(20037508.342789240, within(1e-8));
    });
    assertThat(RHUMB.inverse(point(0, 0), point(0, -180)).azimuthDeg()).isEqualTo(-90);
    assertThat(RHUMB.inverse(point(10, 170), point(10, -10)).azimuthDeg()).isEqualTo(-90);
    assertThat(RHUMB.inverse(point(10, -10), point(10, 170)).azimuthDeg()).isEqualTo(90);
    assertThat(RHUMB.inverse(point(0, 180), point(0, -180))).isEqualTo(new RhumbInverse(0, 0));
  }

  @Test
  void a_line_across_the_antimeridian_takes_the_short_way() {
    RhumbInverse r = RHUMB.inverse(point(-17.7, 178.5), point(-18.1, -179.2));
    assertThat(r.azimuthDeg()).isBetween(90.0, 180.0);
    assertThat(r.distanceM()).isLessThan(300_000);
    GeoPoint end = RHUMB.direct(point(-17.7, 178.5), r.azimuthDeg(), r.distanceM()).point();
    assertThat(end.lonDeg()).isCloseTo(-179.2, within(1e-12));
  }

  @Test
  void direct_returns_to_the_inverse_end_point() {
    Random rnd = new Random(5);
    for (int i = 0; i < 2000; i++) {
      GeoPoint a = point(rnd.nextDouble(-89, 89), rnd.nextDouble(-180, 180));
      GeoPoint b = point(rnd.nextDouble(-89, 89), rnd.nextDouble(-180, 180));
      RhumbInverse r = RHUMB.inverse(a, b);
      GeoPoint end = RHUMB.direct(a, r.azimuthDeg(), r.distanceM()).point();
      assertThat(groundM(end, b)).as("%s → %s", a, b).isLessThanOrEqualTo(ROUND_TRIP_M);
      GeoPoint back = RHUMB.direct(end, r.azimuthDeg(), -r.distanceM()).point();
      assertThat(groundM(back, a)).as("back from %s", b).isLessThanOrEqualTo(ROUND_TRIP_M);
    }
  }

  @Test
  void an_east_west_line_keeps_its_latitude_exactly() {
    GeoPoint end = RHUMB.direct(point(40.123456789, 44.5), 90, 250_000).point();
    assertThat(end.latDeg()).isEqualTo(40.123456789);
    assertThat(RHUMB.direct(point(40.123456789, 44.5), -90, 250_000).point().latDeg()).isEqualTo(40.123456789);
  }

  @Test
  void direct_leaves_a_pole_only_along_a_meridian() {
    double s = 1_000_000;
    GeoPoint down = RHUMB.direct(point(90, 33), 180, s).point();
    assertThat(down.lonDeg()).isEqualTo(33);
    assertThat(down.latDeg()).isCloseTo(point90Minus(s), within(1e-12));
    assertThat(RHUMB.direct(point(-90, 33), 0, s).point().lonDeg()).isEqualTo(33);
    assertThatThrownBy(() -> RHUMB.direct(point(90, 33), 135, s))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("meridian").hasMessageContaining("135.0°");
    assertThatThrownBy(() -> RHUMB.direct(point(90, 33), 45, s)) // heads north, over the pole at once
        .isInstanceOf(GeoInputException.class).hasMessageContaining("past");
    assertThat(RHUMB.direct(point(90, 33), 135, 0).point()).isEqualTo(point(90, 33));
  }

  @Test
  void direct_refuses_to_go_past_a_pole_and_says_how_far_the_pole_is() {
    double toPoleM = Geodesic.WGS84.Inverse(80, 0, 90, 0).s12;
    assertThatThrownBy(() -> RHUMB.direct(point(80, 0), 0, toPoleM + 1))
        .isInstanceOf(GeoInputException.class)
        .hasMessageContaining("past")
        .hasMessageContaining("north pole after 1116" /* 1 116 xxx m */)
        .hasMessageContaining(String.valueOf(toPoleM + 1));
    assertThatThrownBy(() -> RHUMB.direct(point(-80, 0), 150, 3e6))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("south pole");
  }

  @Test
  void direct_refuses_a_distance_or_azimuth_that_is_not_a_number() {
    assertThatThrownBy(() -> RHUMB.direct(point(0, 0), Double.NaN, 1))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("azimuth").hasMessageContaining("NaN");
    assertThatThrownBy(() -> RHUMB.direct(point(0, 0), 10, Double.POSITIVE_INFINITY))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("distance").hasMessageContaining("Infinity");
    assertThatThrownBy(() -> RHUMB.direct(null, 10, 1))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("start");
  }

  @Test
  void points_out_of_range_are_refused_before_they_reach_a_rhumb_line() {
    // GeoPoint validates itself; the rhumb API takes nothing else.
    assertThatThrownBy(() -> RHUMB.inverse(point(90.5, 0), point(0, 0)))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("90.5");
    assertThatThrownBy(() -> RHUMB.inverse(point(0, Double.NaN), point(0, 0)))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("NaN");
    assertThatThrownBy(() -> RHUMB.inverse(point(0, 0), null))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("second point");
  }

  @Test
  void length_of_a_polyline_is_the_sum_of_its_rhumb_segments() {
    List<GeoPoint> line = List.of(point(41.0, 43.5), point(41.2, 44.0), point(40.9, 44.9), point(40.9, 45.3));
    double expected = 0;
    for (int i = 1; i < line.size(); i++) {
      expected += RHUMB.inverse(line.get(i - 1), line.get(i)).distanceM();
    }
    assertThat(RHUMB.lengthM(line)).isCloseTo(expected, within(1e-9));
    // Cut into short pieces along the same rhumb line, the length is unchanged.
    GeoPoint a = point(41.0, 43.5);
    GeoPoint b = point(41.2, 44.0);
    assertThat(RHUMB.lengthM(RHUMB.densifyByDistance(a, b, 25)))
        .isCloseTo(RHUMB.inverse(a, b).distanceM(), within(1e-6));
  }

  @Test
  void length_of_a_long_polyline_is_summed_without_losing_millimetres() {
    // 200 001 points going to and fro on one 12 345 km line: 2.5e12 m, where a double's ulp is 0.5 mm and a
    // plain running sum drifts by metres. The exact sum is 200 000 times the one segment.
    GeoPoint a = point(-40, -60);
    GeoPoint b = point(45, 70);
    double segment = RHUMB.inverse(a, b).distanceM();
    assertThat(RHUMB.inverse(b, a).distanceM()).isEqualTo(segment);
    List<GeoPoint> toAndFro = new ArrayList<>();
    for (int i = 0; i <= 200_000; i++) {
      toAndFro.add(i % 2 == 0 ? a : b);
    }
    double exact = new BigDecimal(segment).multiply(BigDecimal.valueOf(200_000)).doubleValue();
    double naive = 0;
    for (int i = 0; i < 200_000; i++) {
      naive += segment;
    }
    assertThat(Math.abs(naive - exact)).as("the drift this test guards against").isGreaterThan(1e-3);
    assertThat(RHUMB.lengthM(toAndFro)).isCloseTo(exact, within(Math.ulp(exact)));
  }

  @Test
  void length_refuses_a_polyline_of_fewer_than_two_points_or_with_a_gap() {
    assertThatThrownBy(() -> RHUMB.lengthM(List.of(point(0, 0))))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("at least two points, got 1");
    assertThatThrownBy(() -> RHUMB.lengthM(Arrays.asList(point(0, 0), null, point(1, 1))))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("polyline point 1");
  }

  @Test
  void refuses_an_ellipsoid_too_flat_for_its_series() {
    assertThatThrownBy(() -> new Rhumb(new Ellipsoid("flat", 0, 6_378_137, 0.05)))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("0.05");
  }

  /** Latitude reached going s metres south from the north pole, by GeographicLib's geodesic. */
  private static double point90Minus(double s) {
    return Geodesic.WGS84.Direct(90, 0, 180, s).lat2;
  }

  private static double groundM(GeoPoint x, GeoPoint y) {
    return Geodesic.WGS84.Inverse(x.latDeg(), x.lonDeg(), y.latDeg(), y.lonDeg(), GeodesicMask.DISTANCE).s12;
  }

  private static double asinh(double x) {
    return Math.log(x + Math.hypot(1, x));
  }

  private static GeoPoint point(double latDeg, double lonDeg) {
    return new GeoPoint(latDeg, lonDeg);
  }
}
