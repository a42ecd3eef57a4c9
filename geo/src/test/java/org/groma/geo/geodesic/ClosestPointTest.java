package org.groma.geo.geodesic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ClosestPointTest {

  /**
   * Two inverse solutions from different points carry independent rounding of up to about 15 nm
   * (Karney 2013); the minimum is flat, so distances are compared to twice that, while the position is
   * pinned by the right-angle check.
   */
  static final double INVERSE_NOISE_M = 3e-8;

  final Geodesics geodesics = Geodesics.WGS84;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void closest_point_is_never_farther_than_a_brute_force_search_and_meets_the_line_at_a_right_angle(long seed) {
    Random rnd = new Random(seed);
    for (int trial = 0; trial < 40; trial++) {
      List<GeoPoint> line = randomLine(rnd);
      GeoPoint p = new GeoPoint(39 + rnd.nextDouble() * 3, 44 + rnd.nextDouble() * 4);
      ClosestPoint c = geodesics.closestPoint(line, p);
      double brute = bruteForceDistance(line, p);
      // Ours may only be better (the brute force samples), and by no more than its sampling error.
      assertThat(c.distanceM()).as("seed %d trial %d", seed, trial).isLessThanOrEqualTo(brute + INVERSE_NOISE_M);
      assertThat(brute - c.distanceM()).isLessThan(1e-6);
      assertThat(geodesics.distanceM(c.point(), p)).isCloseTo(c.distanceM(), within(1e-9));
      boolean interior = c.alongSegmentM() > 1e-6
          && c.alongSegmentM() < geodesics.distanceM(line.get(c.segmentIndex()), line.get(c.segmentIndex() + 1)) - 1e-6;
      if (interior && c.distanceM() > 1) {
        GeodesicData along = segment(line, c.segmentIndex()).Position(c.alongSegmentM());
        GeodesicInverse toP = geodesics.inverse(c.point(), p);
        double angle = Math.abs(Math.IEEEremainder(toP.azimuth1Deg() - along.azi2, 360));
        assertThat(angle).as("seed %d trial %d", seed, trial).isCloseTo(90, within(1e-6));
      }
    }
  }

  @Test
  void closest_point_reports_where_it_lies_along_the_line() {
    GeoPoint a = new GeoPoint(40, 45);
    GeoPoint b = new GeoPoint(40, 45.1);
    GeoPoint c = new GeoPoint(40.1, 45.1);
    GeoPoint p = new GeoPoint(40.05, 45.2);
    ClosestPoint cp = geodesics.closestPoint(List.of(a, b, c), p);
    assertThat(cp.segmentIndex()).isEqualTo(1);
    assertThat(cp.alongLineM()).isCloseTo(geodesics.distanceM(a, b) + cp.alongSegmentM(), within(1e-9));
    assertThat(cp.point().lonDeg()).isCloseTo(45.1, within(1e-4));
  }

  @Test
  void a_point_on_the_line_is_at_distance_zero() {
    GeoPoint a = new GeoPoint(40, 45);
    GeoPoint b = new GeoPoint(41, 46);
    GeoPoint mid = geodesics.direct(a, geodesics.inverse(a, b).azimuth1Deg(), 50_000).point();
    assertThat(geodesics.closestPoint(List.of(a, b), mid).distanceM()).isLessThan(1e-8);
  }

  @Test
  void a_point_beyond_the_end_is_nearest_to_the_end_vertex() {
    GeoPoint a = new GeoPoint(40, 45);
    GeoPoint b = new GeoPoint(40, 45.1);
    ClosestPoint cp = geodesics.closestPoint(List.of(a, b), new GeoPoint(40, 45.3));
    assertThat(cp.point()).isEqualTo(b);
    assertThat(cp.distanceM()).isCloseTo(geodesics.distanceM(b, new GeoPoint(40, 45.3)), within(1e-9));
  }

  @Test
  void the_nearer_end_wins_even_when_the_far_end_beats_the_interior() {
    // Regression: the near end was not compared once the far end had beaten the interior estimate.
    GeoPoint a = new GeoPoint(0, 0);
    GeoPoint b = new GeoPoint(0, 90);
    GeoPoint p = new GeoPoint(0, -120);
    ClosestPoint cp = geodesics.closestPoint(List.of(a, b), p);
    assertThat(cp.point()).isEqualTo(a);
    assertThat(cp.distanceM()).isCloseTo(geodesics.distanceM(a, p), within(1e-9));
  }

  @Test
  void an_empty_polyline_is_refused() {
    assertThatThrownBy(() -> geodesics.closestPoint(List.of(), new GeoPoint(0, 0)))
        .isInstanceOf(GeoInputException.class)
        .hasMessage("closest point: the polyline has no vertex");
  }

  private static List<GeoPoint> randomLine(Random rnd) {
    List<GeoPoint> line = new ArrayList<>();
    double lat = 39 + rnd.nextDouble() * 3;
    double lon = 44 + rnd.nextDouble() * 4;
    int n = 2 + rnd.nextInt(5);
    for (int i = 0; i < n; i++) {
      line.add(new GeoPoint(lat, lon));
      lat = Math.clamp(lat + (rnd.nextDouble() - 0.5) * 1.5, -89, 89);
      lon = lon + (rnd.nextDouble() - 0.5) * 1.5;
    }
    return line;
  }

  private static GeodesicLine segment(List<GeoPoint> line, int i) {
    GeoPoint a = line.get(i);
    GeoPoint b = line.get(i + 1);
    return Geodesic.WGS84.InverseLine(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg());
  }

  /** Dense sampling then golden-section refinement of each segment, independent of the method tested. */
  private static double bruteForceDistance(List<GeoPoint> line, GeoPoint p) {
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i + 1 < line.size(); i++) {
      GeodesicLine g = segment(line, i);
      int samples = 400;
      double step = g.Distance() / samples;
      int bestK = 0;
      double bestD = Double.POSITIVE_INFINITY;
      for (int k = 0; k <= samples; k++) {
        double d = dist(g, k * step, p);
        if (d < bestD) {
          bestD = d;
          bestK = k;
        }
      }
      double lo = Math.max(0, (bestK - 1) * step);
      double hi = Math.min(g.Distance(), (bestK + 1) * step);
      double phi = (Math.sqrt(5) - 1) / 2;
      for (int it = 0; it < 100; it++) {
        double m1 = hi - phi * (hi - lo);
        double m2 = lo + phi * (hi - lo);
        if (dist(g, m1, p) < dist(g, m2, p)) {
          hi = m2;
        } else {
          lo = m1;
        }
      }
      best = Math.min(best, Math.min(bestD, dist(g, (lo + hi) / 2, p)));
    }
    return best;
  }

  private static double dist(GeodesicLine g, double s, GeoPoint p) {
    GeodesicData x = g.Position(s);
    return Geodesic.WGS84.Inverse(x.lat2, x.lon2, p.latDeg(), p.lonDeg()).s12;
  }
}
