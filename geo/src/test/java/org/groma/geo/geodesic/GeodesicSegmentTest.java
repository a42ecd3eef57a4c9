package org.groma.geo.geodesic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.groma.geo.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeodesicSegmentTest {

  final Geodesics geodesics = Geodesics.WGS84;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void from_any_start_the_iteration_reaches_the_closest_point_of_the_full_search(long seed) {
    Random rnd = new Random(seed);
    for (int trial = 0; trial < 200; trial++) {
      GeoPoint a = new GeoPoint(-70 + 140 * rnd.nextDouble(), -180 + 360 * rnd.nextDouble());
      double lengthM = Math.pow(10, 5 * rnd.nextDouble()); // 1 m to 100 km
      GeoPoint b = geodesics.direct(a, 360 * rnd.nextDouble(), lengthM).point();
      GeodesicSegment segment = geodesics.segment(a, b);
      // A point off the segment, its foot anywhere from well before the start to well beyond the end.
      GeoPoint foot = segment.position(segment.lengthM() * (-0.5 + 2 * rnd.nextDouble()));
      GeoPoint p = geodesics.direct(foot, 360 * rnd.nextDouble(), Math.pow(10, 4 * rnd.nextDouble())).point();
      ClosestPoint full = geodesics.closestPoint(List.of(a, b), p);
      ClosestPoint fromStart = segment.closestFrom(p, rnd.nextDouble() * segment.lengthM());
      // The full search also compares both ends; the iteration alone finds the same minimum (the distance
      // along a short geodesic is unimodal), to the inverse solutions' rounding.
      assertThat(fromStart.distanceM()).as("seed %d trial %d", seed, trial)
          .isCloseTo(full.distanceM(), within(ClosestPointTest.INVERSE_NOISE_M));
      assertThat(fromStart.alongSegmentM()).isBetween(0.0, segment.lengthM());
      assertThat(geodesics.distanceM(fromStart.point(), p)).isCloseTo(fromStart.distanceM(), within(1e-9));
      assertThat(geodesics.distanceM(segment.position(fromStart.alongSegmentM()), fromStart.point()))
          .isLessThan(1e-9);
    }
  }

  @Test
  void positions_and_ends_are_those_of_the_geodesic() {
    GeoPoint a = new GeoPoint(40, 45);
    GeoPoint b = new GeoPoint(40.2, 45.3);
    GeodesicSegment segment = geodesics.segment(a, b);
    assertThat(segment.lengthM()).isCloseTo(geodesics.distanceM(a, b), within(1e-9));
    GeodesicInverse ab = geodesics.inverse(a, b);
    GeoPoint third = geodesics.direct(a, ab.azimuth1Deg(), ab.distanceM() / 3).point();
    assertThat(geodesics.distanceM(segment.position(ab.distanceM() / 3), third)).isLessThan(1e-9);
    GeoPoint p = new GeoPoint(40.5, 45.6);
    // The last end is the geodesic's own end point, within a nanometre of b: distances agree to the rounding.
    assertThat(segment.end(p, true).distanceM()).isCloseTo(geodesics.distanceM(a, p), within(1e-9));
    assertThat(segment.end(p, false).distanceM())
        .isCloseTo(geodesics.distanceM(b, p), within(ClosestPointTest.INVERSE_NOISE_M));
    assertThat(segment.end(p, false).alongSegmentM()).isEqualTo(segment.lengthM());
  }
}
