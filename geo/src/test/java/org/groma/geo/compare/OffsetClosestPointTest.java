package org.groma.geo.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.ClosestPoint;
import org.groma.geo.geodesic.Geodesics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The offset sampling's closest point (the iteration started from a plane conformal at the point, ends
 * compared only where the plane cannot rule them out) against the full geodesic search, which starts at the
 * first vertex and always compares both ends.
 */
class OffsetClosestPointTest {

  /** Two inverse solutions from foot points a nanometre apart differ by their rounding, about 15 nm each. */
  private static final double INVERSE_NOISE_M = 3e-8;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void agrees_with_the_full_geodesic_search_on_every_segment(long seed) {
    Random r = new Random(seed);
    PreparedLine to = ChainIndexTest.randomLine(r);
    PreparedLine from = ChainIndexTest.randomLine(r);
    List<List<GeoPoint>> all = new java.util.ArrayList<>();
    to.parts.forEach(p -> all.add(List.of(p.points)));
    from.parts.forEach(p -> all.add(List.of(p.points)));
    LocalPlane plane = LocalPlane.around(all);
    // Plane coordinates of both lines must come from one plane: rebuild "to" in it.
    to = rebuilt(to, plane);
    OffsetMeter meter = new OffsetMeter(from, to, plane, ComparisonOptions.DEFAULT_AGREE_TOLERANCE_M,
        ComparisonOptions.DEFAULT_MAX_SAG_M, false);
    for (int q = 0; q < 400; q++) {
      int k = r.nextInt(to.segmentCount());
      PreparedLine.Part part = to.parts.get(to.segPart[k]);
      int v = to.segVertex[k];
      GeoPoint a = part.points[v];
      GeoPoint b = part.points[v + 1];
      GeoPoint p = switch (q % 4) {
        // Near the segment, its foot anywhere from before the start to beyond the end.
        case 0 -> Geodesics.WGS84.direct(Geodesics.WGS84.segment(a, b).position(
            Geodesics.WGS84.distanceM(a, b) * (-1 + 3 * r.nextDouble())), 360 * r.nextDouble(),
            Math.pow(10, 4 * r.nextDouble() - 1)).point();
        // At a vertex, or a hair from one, where an end decides.
        case 1 -> Geodesics.WGS84.direct(r.nextBoolean() ? a : b, 360 * r.nextDouble(), 1e-4 * r.nextDouble()).point();
        // On the segment itself.
        case 2 -> Geodesics.WGS84.segment(a, b).position(Geodesics.WGS84.distanceM(a, b) * r.nextDouble());
        // Anywhere around.
        default -> new GeoPoint(40 + (r.nextDouble() - 0.5) * 0.2, 45 + (r.nextDouble() - 0.5) * 0.2);
      };
      ClosestPoint fast = meter.closest(k, p, plane.x(p), plane.y(p));
      ClosestPoint full = Geodesics.WGS84.closestPoint(List.of(a, b), p);
      assertThat(fast.distanceM()).as("seed %d query %d", seed, q)
          .isCloseTo(full.distanceM(), within(INVERSE_NOISE_M));
      assertThat(Geodesics.WGS84.distanceM(fast.point(), p)).isCloseTo(fast.distanceM(), within(1e-9));
    }
  }

  private static PreparedLine rebuilt(PreparedLine line, LocalPlane plane) {
    List<List<GeoPoint>> parts = new java.util.ArrayList<>();
    List<Integer> index = new java.util.ArrayList<>();
    for (PreparedLine.Part p : line.parts) {
      parts.add(List.of(p.points));
      index.add(p.originalIndex);
    }
    return PreparedLine.build(line.lineNumber, parts, index, List.of(), plane, ComparisonOptions.DEFAULT_MAX_SAG_M);
  }
}
