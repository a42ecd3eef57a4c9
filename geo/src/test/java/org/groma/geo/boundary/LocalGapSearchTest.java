package org.groma.geo.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The gap search on local stand-ins ({@link UnionHoles}, {@link SnapStandIn}) and with edges shared outright
 * ({@link SharedSegments}) gives exactly what it gave on the whole union and whole rings: the same
 * discrepancies, to the last bit of every area, width and point.
 */
class LocalGapSearchTest {

  private static void sameAsWholeGeometries(Territory a, Territory b, List<Territory> thirds) {
    CommonBoundary whole = new CommonBoundaryOp(CommonBoundaryOp.DEFAULT_SNAP_M, false, false).extract(a, b, thirds);
    CommonBoundary local = new CommonBoundaryOp(CommonBoundaryOp.DEFAULT_SNAP_M, false, true).extract(a, b, thirds);
    assertThat(local.discrepancies()).isEqualTo(whole.discrepancies());
    assertThat(local.parts()).isEqualTo(whole.parts());
  }

  @Test
  void a_seeded_synthetic_pair_with_thousands_of_slivers() {
    Territory[] ab = syntheticPair(3_000, new Random(16));
    CommonBoundary cb = CommonBoundaryOp.extract(ab[0], ab[1], List.of(), CommonBoundaryOp.DEFAULT_SNAP_M);
    // the rounded stretches cross the line many times: slivers, many needing JTS's snapping fallback
    assertThat(cb.discrepancies().size()).isGreaterThan(200);
    sameAsWholeGeometries(ab[0], ab[1], List.of());
  }

  @ParameterizedTest(name = "{0}: {2}–{3}")
  @CsvSource({
      "osm_caucasus.geojson, A3, ARM, AZE",
      "osm_caucasus.geojson, A3, AZE, IRN",
      "osm_caucasus.geojson, A3, ARM, GEO",
      "ne10m_caucasus.geojson, name, Armenia, Azerbaijan",
  })
  void the_shipped_pairs(String file, String property, String a, String b) throws IOException {
    Map<String, Territory> all = TestGeoJson.territories(TestGeoJson.data(file), property);
    List<Territory> thirds = all.values().stream().filter(t -> !t.name().equals(a) && !t.name().equals(b)).toList();
    sameAsWholeGeometries(all.get(a), all.get(b), thirds);
  }

  /**
   * Two territories meeting along a northward meandering line of {@code n} vertices near 45°E 40°N, as
   * {@code src/test/resources/boundary/synthetic_pair.py} makes them (its own random numbers): B's copy of
   * the line is rounded to five decimals in stretches (slivers within the tolerance), shifted 0.4 m (snapped)
   * and pushed 30 m either way (overlaps and gaps).
   */
  static Territory[] syntheticPair(int n, Random rnd) {
    double mLat = 1 / 111_000.0;
    double mLon = 1 / (111_000.0 * Math.cos(Math.toRadians(40)));
    List<double[]> line = new ArrayList<>();
    double x = 0;
    double y = 0;
    for (int i = 0; i < n; i++) {
      line.add(new double[] {45 + x * mLon, 40 + y * mLat});
      y += 5 + 55 * rnd.nextDouble();
      x += -40 + 80 * rnd.nextDouble();
    }
    List<double[]> lineB = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double[] p = line.get(i);
      int seg = (i / 500) % 6;
      boolean inner = i % 500 > 0 && i % 500 < 499;
      if (seg == 1) {
        lineB.add(new double[] {Math.round(p[0] * 1e5) / 1e5, Math.round(p[1] * 1e5) / 1e5});
      } else if (seg == 3 && inner) {
        lineB.add(new double[] {p[0] + 0.4 * mLon, p[1]});
      } else if (seg == 5 && inner) {
        lineB.add(new double[] {p[0] + ((i / 3000) % 2 == 1 ? 30 : -30) * mLon, p[1]});
      } else {
        lineB.add(p);
      }
    }
    double bottom = line.getFirst()[1];
    double top = line.getLast()[1];
    List<double[]> shellA = new ArrayList<>();
    shellA.add(new double[] {44.4, bottom});
    shellA.addAll(line);
    shellA.add(new double[] {44.4, top});
    List<double[]> shellB = new ArrayList<>();
    shellB.add(new double[] {45.6, bottom});
    shellB.add(new double[] {45.6, top});
    List<double[]> reversedB = new ArrayList<>(lineB);
    Collections.reverse(reversedB);
    shellB.addAll(reversedB);
    return new Territory[] {territory("AAA", shellA), territory("BBB", shellB)};
  }

  private static Territory territory(String name, List<double[]> ring) {
    List<GeoPoint> pts = new ArrayList<>();
    for (double[] p : ring) {
      pts.add(GeoPoint.ofLonLat(p[0], p[1]));
    }
    double area = 0;
    for (int i = 0; i < pts.size(); i++) {
      GeoPoint p = pts.get(i);
      GeoPoint q = pts.get((i + 1) % pts.size());
      area += p.lonDeg() * q.latDeg() - q.lonDeg() * p.latDeg();
    }
    if (area < 0) {
      Collections.reverse(pts);
    }
    return new Territory(name, List.of(new GeoPolygon(GeoRing.of(pts), List.of())));
  }
}
