package org.groma.geo.median;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;
import org.junit.jupiter.api.Test;

/** Known answers, the tolerance guarantee checked independently, weights, basepoint sets and bad input. */
class MedianCasesTest {

  private static final Geodesics G = Geodesics.WGS84;

  /** Exhaustive distance to a side: Geodesics.closestPoint over every part (no index). */
  static double exhaustive(List<List<GeoPoint>> side, GeoPoint p) {
    return side.stream().mapToDouble(l -> G.closestPoint(l, p).distanceM()).min().orElseThrow();
  }

  /** Two coasts mirrored in the meridian 45°E meet at the head of a bay: the median is that meridian. */
  @Test
  void symmetric_bay_gives_the_axis_meridian() {
    List<GeoPoint> east = new ArrayList<>();
    List<GeoPoint> west = new ArrayList<>();
    for (int i = 0; i <= 12; i++) {
      double lat = 40.0 + 0.004 * i;
      double dLon = 0.003 * i + 0.0015 * Math.sin(i);
      east.add(River.grid(lat, 45.0 + dLon));
      west.add(River.grid(lat, 45.0 - dLon));
    }
    MedianLine m = MedianLineOp.compute(Side.ofLines("coast A", List.of(east)), Side.ofLines("coast B",
        List.of(west)), MedianOptions.median(0.5));
    assertThat(m.vertices().getFirst().point()).isEqualTo(new GeoPoint(40.0, 45.0));
    for (MedianVertex v : m.vertices()) {
      assertThat(v.point().lonDeg()).isCloseTo(45.0, offset(1.5e-9));
      assertThat(Math.abs(v.residualM())).isLessThanOrEqualTo(1e-3);
    }
  }

  /**
   * The tolerance guarantee, checked by other means: 8 points on every piece, each with a sign change of
   * d_A − d_B (exhaustive distances) within the tolerance across the piece; every vertex equidistant to 1 mm.
   */
  @Test
  void no_point_between_vertices_is_farther_than_the_tolerance_from_equidistance() {
    List<List<GeoPoint>> a = List.of(River.bankA());
    List<List<GeoPoint>> b = List.of(River.bankB());
    double t = 0.5;
    MedianLine m = MedianLineOp.compute(Side.ofLines("A", a), Side.ofLines("B", b), MedianOptions.median(t));
    assertThat(m.maxDeviationM()).isLessThanOrEqualTo(t);
    assertThat(m.maxMissM()).isLessThanOrEqualTo(t);
    List<GeoPoint> pts = m.points();
    for (int i = 0; i + 1 < pts.size(); i++) {
      GeoPoint p0 = pts.get(i);
      GeoPoint p1 = pts.get(i + 1);
      var inv = G.inverse(p0, p1);
      for (int k = 1; k <= 8; k++) {
        var at = G.direct(p0, inv.azimuth1Deg(), inv.distanceM() * k / 9.0);
        GeoPoint p = at.point();
        double f0 = exhaustive(a, p) - exhaustive(b, p);
        boolean near = Math.abs(f0) < 1e-9;
        for (double turn : new double[] {90, -90}) {
          GeoPoint q = G.direct(p, at.azimuthDeg() + turn, t).point();
          near |= Math.signum(exhaustive(a, q) - exhaustive(b, q)) != Math.signum(f0);
        }
        assertThat(near).as("piece %d, point %d/9", i, k).isTrue();
      }
    }
    for (MedianVertex v : m.vertices()) {
      assertThat(Math.abs(exhaustive(a, v.point()) - exhaustive(b, v.point()))).isLessThanOrEqualTo(1e-3);
    }
  }

  @Test
  void a_tighter_tolerance_gives_more_vertices() {
    Side a = Side.ofLines("A", List.of(River.bankA()));
    Side b = Side.ofLines("B", List.of(River.bankB()));
    int coarse = MedianLineOp.compute(a, b, MedianOptions.median(5)).vertices().size();
    int fine = MedianLineOp.compute(a, b, MedianOptions.median(0.2)).vertices().size();
    assertThat(fine).isGreaterThan(coarse);
  }

  @Test
  void weighted_line_keeps_the_ratio() {
    List<List<GeoPoint>> a = List.of(MedianLineOpTest.meridian(45.0, 40.0, 40.05, 5));
    List<List<GeoPoint>> b = List.of(MedianLineOpTest.meridian(45.01, 40.0, 40.05, 5));
    MedianLine m = MedianLineOp.compute(Side.ofLines("A", a), Side.ofLines("B", b), new MedianOptions(0.5, 2));
    for (MedianVertex v : m.vertices()) {
      double da = exhaustive(a, v.point());
      double db = exhaustive(b, v.point());
      assertThat(Math.abs(da - 2 * db) / 2).isLessThanOrEqualTo(1e-3);
      assertThat(v.point().lonDeg()).isGreaterThan(45.006); // two thirds of the way across, nearer B
      assertThat(v.basepointsB().getFirst().distanceM()).isCloseTo(db, offset(1e-6));
    }
  }

  /** Basepoint sets: every vertex equidistant from the two nearest basepoints, which the catalogue names. */
  @Test
  void basepoint_sets_and_their_catalogue() {
    List<GeoPoint> a = List.of(new GeoPoint(40.0, 45.0), new GeoPoint(40.02, 45.003), new GeoPoint(40.04, 44.999));
    List<GeoPoint> b = List.of(new GeoPoint(40.0, 45.02), new GeoPoint(40.03, 45.018));
    MedianLine m = MedianLineOp.compute(Side.ofBasepoints("A", a), Side.ofBasepoints("B", b),
        MedianOptions.median(0.05));
    java.util.Set<GeoPoint> controlling = new java.util.HashSet<>();
    for (MedianVertex v : m.vertices()) {
      double da = a.stream().mapToDouble(p -> G.distanceM(p, v.point())).min().orElseThrow();
      double db = b.stream().mapToDouble(p -> G.distanceM(p, v.point())).min().orElseThrow();
      assertThat(Math.abs(da - db)).isLessThanOrEqualTo(1e-3);
      assertThat(v.basepointsA()).allMatch(Basepoint::isVertex);
      assertThat(a).contains(v.basepointsA().getFirst().point());
      controlling.add(v.basepointsA().getFirst().point());
    }
    assertThat(controlling).as("the controlling basepoint on A changes along the line").hasSizeGreaterThan(1);
  }

  @Test
  void side_index_equals_an_exhaustive_search() {
    Side a = Side.ofLines("A", List.of(River.bankA()));
    SideIndex index = new SideIndex(a);
    java.util.Random r = new java.util.Random(20261201);
    for (int i = 0; i < 300; i++) {
      GeoPoint p = new GeoPoint(40.99 + 0.08 * r.nextDouble(), 44.79 + 0.03 * r.nextDouble());
      assertThat(index.distanceM(p)).isCloseTo(exhaustive(a.parts(), p), offset(1e-9));
    }
  }

  @Test
  void crossing_overlapping_degenerate_and_empty_sides_are_refused() {
    List<GeoPoint> a = MedianLineOpTest.meridian(45.0, 40.0, 40.05, 5);
    List<GeoPoint> crossing = List.of(new GeoPoint(40.01, 44.99), new GeoPoint(40.02, 45.01));
    assertThatThrownBy(() -> MedianLineOp.compute(Side.ofLines("bank A", List.of(a)),
        Side.ofLines("bank B", List.of(crossing)), MedianOptions.median(1)))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("cross").hasMessageContaining("bank B part 0");
    assertThatThrownBy(() -> MedianLineOp.compute(Side.ofLines("bank A", List.of(a)),
        Side.ofLines("bank B", List.of(a)), MedianOptions.median(1)))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("overlap");
    assertThatThrownBy(() -> Side.ofLines("bank B", List.of(List.of(new GeoPoint(40, 45), new GeoPoint(40, 45)))))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("degenerate");
    assertThatThrownBy(() -> Side.ofLines("bank B", List.of(List.of(new GeoPoint(40, 45)))))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("at least 2 vertices");
    assertThatThrownBy(() -> Side.ofLines("bank B", List.of()))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("bank B is empty");
    assertThatThrownBy(() -> MedianLineOp.compute(Side.ofBasepoints("A", List.of(new GeoPoint(40, 45))),
        Side.ofBasepoints("B", List.of(new GeoPoint(40, 45.1))), MedianOptions.median(1)))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("unbounded");
  }

  @Test
  void weights_and_tolerances_out_of_range_are_refused() {
    for (double w : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> new MedianOptions(1, w)).isInstanceOf(GeoInputException.class)
          .hasMessageContaining("weight");
    }
    assertThatThrownBy(() -> MedianOptions.median(1e-4)).hasMessageContaining("tolerance");
    assertThatThrownBy(() -> MedianOptions.median(Double.NaN)).hasMessageContaining("tolerance");
  }
}
