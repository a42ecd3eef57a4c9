package org.groma.geo.simplify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.boundary.BoundaryPart;
import org.groma.geo.boundary.CommonBoundary;
import org.groma.geo.boundary.CommonBoundaryOp;
import org.groma.geo.boundary.Territory;
import org.groma.geo.boundary.TestGeoJson;
import org.groma.geo.geodesic.Geodesics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SimplifyOpTest {

  static final Geodesics G = Geodesics.WGS84;

  /** Samples per segment in the independent check, denser than SimplifyOp's own verification. */
  static final int CHECK_SAMPLES = 16;

  /** The distance noise of GeographicLib's closest point, metres: far below any display tolerance. */
  static final double DISTANCE_NOISE_M = 1e-7;

  static List<BoundaryPart> realParts() throws Exception {
    List<BoundaryPart> out = new ArrayList<>();
    for (String[] f : new String[][] {
        {"osm_caucasus.geojson", "A3", "ARM", "AZE"}, {"ne10m_caucasus.geojson", "name", "Armenia", "Azerbaijan"}}) {
      Map<String, Territory> t = TestGeoJson.territories(TestGeoJson.data(f[0]), f[1]);
      CommonBoundary cb = CommonBoundaryOp.extract(t.get(f[2]), t.get(f[3]), List.of(), 1.0);
      out.addAll(cb.parts());
    }
    return out;
  }

  static Stream<Arguments> seeds() {
    return Stream.of(11L, 12L, 13L).map(Arguments::of);
  }

  /** Seeded random tolerances from 1 m to 2 km on every part of the real ARM–AZE boundaries. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void the_guarantee_holds_on_the_real_boundary(long seed) throws Exception {
    Random random = new Random(seed);
    for (BoundaryPart part : realParts()) {
      double bound = Math.pow(10, random.nextDouble() * Math.log10(2000));
      SimplifiedLine s = SimplifyOp.simplify(part.vertices(), bound, Set.of());
      assertWellFormed(part.vertices(), s);
      assertThat(s.hausdorffM()).isLessThanOrEqualTo(bound);
      assertThat(independentHausdorffM(part.vertices(), s)).as("bound %s m", bound)
          .isLessThanOrEqualTo(bound + DISTANCE_NOISE_M);
    }
  }

  @Test
  void a_generous_bound_simplifies_a_lot_and_never_adds_vertices() throws Exception {
    BoundaryPart main = realParts().getFirst();
    SimplifiedLine s = SimplifyOp.simplify(main.vertices(), 100, Set.of());
    assertThat(s.vertices().size()).isLessThan(main.vertices().size());
    assertThat(s.inputVertexCount()).isEqualTo(main.vertices().size());
  }

  /**
   * A zig-zag along the meridian 45° E: vertices 1 km apart alternately h metres east and west. A bound
   * above h keeps only the ends (the deviation is h); a bound below h keeps everything.
   */
  @ParameterizedTest
  @ValueSource(doubles = {0.5, 3, 40})
  void a_zig_zag_collapses_only_when_the_bound_exceeds_its_amplitude(double h) {
    List<GeoPoint> line = new ArrayList<>();
    GeoPoint origin = new GeoPoint(40, 45);
    for (int i = 0; i <= 20; i++) {
      GeoPoint onAxis = G.direct(origin, 0, 1000.0 * i).point();
      line.add(i == 0 || i == 20 ? onAxis : G.direct(onAxis, i % 2 == 0 ? 90 : 270, h).point());
    }
    SimplifiedLine loose = SimplifyOp.simplify(line, h * 1.01, Set.of());
    assertThat(loose.vertices()).containsExactly(line.getFirst(), line.getLast());
    assertThat(loose.hausdorffM()).isCloseTo(h, within(h * 0.005));
    SimplifiedLine tight = SimplifyOp.simplify(line, h * 0.5, Set.of());
    assertThat(tight.vertices()).isEqualTo(line);
    assertThat(tight.hausdorffM()).isZero();
  }

  @Test
  void pinned_vertices_are_kept() {
    List<GeoPoint> line = new ArrayList<>();
    for (int i = 0; i <= 10; i++) {
      line.add(new GeoPoint(40 + i * 0.001, 45));
    }
    SimplifiedLine s = SimplifyOp.simplify(line, 5, Set.of(line.get(4), line.get(7)));
    assertThat(s.vertices()).containsExactly(line.get(0), line.get(4), line.get(7), line.get(10));
    assertThat(s.keptIndices()).containsExactly(0, 4, 7, 10);
  }

  @Test
  void a_pinned_point_that_is_not_a_vertex_is_refused_with_the_nearest_distance() {
    List<GeoPoint> line = List.of(new GeoPoint(40, 45), new GeoPoint(40.01, 45));
    assertThatThrownBy(() -> SimplifyOp.simplify(line, 5, Set.of(new GeoPoint(40.0000001, 45))))
        .isInstanceOf(GeoInputException.class)
        .hasMessageContaining("is not a vertex of the line")
        .hasMessageContaining("0.011 m away");
  }

  @Test
  void a_closed_ring_stays_closed_with_three_distinct_vertices_at_least() {
    List<GeoPoint> ring = new ArrayList<>();
    for (int i = 0; i < 36; i++) {
      double a = Math.toRadians(i * 10);
      ring.add(new GeoPoint(40 + 0.01 * Math.sin(a), 45 + 0.013 * Math.cos(a)));
    }
    ring.add(ring.getFirst());
    SimplifiedLine s = SimplifyOp.simplify(ring, 5000, Set.of());
    assertThat(s.vertices().getFirst()).isEqualTo(s.vertices().getLast());
    assertThat(s.vertices()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(Set.copyOf(s.vertices())).hasSizeGreaterThanOrEqualTo(3);
    assertWellFormed(ring, s);
  }

  @Test
  void bad_bounds_and_short_lines_are_refused() {
    List<GeoPoint> line = List.of(new GeoPoint(40, 45), new GeoPoint(40.01, 45));
    assertThatThrownBy(() -> SimplifyOp.simplify(line, 0, Set.of())).isInstanceOf(GeoInputException.class)
        .hasMessageContaining("at least 0.001 m");
    assertThatThrownBy(() -> SimplifyOp.simplify(line, Double.NaN, Set.of())).isInstanceOf(GeoInputException.class);
    assertThatThrownBy(() -> SimplifyOp.simplify(List.of(line.getFirst()), 1, Set.of()))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("at least 2 vertices");
  }

  static void assertWellFormed(List<GeoPoint> input, SimplifiedLine s) {
    assertThat(s.vertices().size()).isLessThanOrEqualTo(input.size());
    assertThat(s.vertices().getFirst()).isEqualTo(input.getFirst());
    assertThat(s.vertices().getLast()).isEqualTo(input.getLast());
    for (int i = 0; i < s.vertices().size(); i++) {
      assertThat(s.vertices().get(i)).isEqualTo(input.get(s.keptIndices().get(i)));
      if (i > 0) {
        assertThat(s.keptIndices().get(i)).isGreaterThan(s.keptIndices().get(i - 1));
      }
    }
  }

  /**
   * The Hausdorff distance measured independently of SimplifyOp, and more densely: 16 points along every
   * input edge to the kept segment that replaces it, and 16 points along every kept segment to the input
   * stretch it replaces. Each distance is to the matched piece, not the whole line, so the figure can only
   * overstate the true Hausdorff distance.
   */
  static double independentHausdorffM(List<GeoPoint> input, SimplifiedLine s) {
    double worst = 0;
    for (int j = 0; j + 1 < s.keptIndices().size(); j++) {
      int from = s.keptIndices().get(j);
      int to = s.keptIndices().get(j + 1);
      List<GeoPoint> stretch = input.subList(from, to + 1);
      List<GeoPoint> kept = List.of(input.get(from), input.get(to));
      worst = Math.max(worst, directedM(stretch, kept));
      worst = Math.max(worst, directedM(kept, stretch));
    }
    return worst;
  }

  private static double directedM(List<GeoPoint> from, List<GeoPoint> to) {
    double worst = 0;
    for (int i = 0; i + 1 < from.size(); i++) {
      GeoPoint a = from.get(i);
      GeoPoint b = from.get(i + 1);
      GeodesicLine l = Geodesic.WGS84.InverseLine(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg(),
          GeodesicMask.DISTANCE_IN | GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
      for (int k = 0; k <= CHECK_SAMPLES; k++) {
        GeodesicData g = l.Position(l.Distance() * k / CHECK_SAMPLES, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
        worst = Math.max(worst, G.closestPoint(to, new GeoPoint(g.lat2, g.lon2)).distanceM());
      }
    }
    return worst;
  }
}
