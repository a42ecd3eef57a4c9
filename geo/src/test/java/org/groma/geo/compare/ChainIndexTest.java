package org.groma.geo.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.groma.geo.GeoPoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChainIndexTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void searches_find_exactly_what_a_scan_of_every_segment_finds(long seed) {
    Random r = new Random(seed);
    PreparedLine line = randomLine(r);
    double extent = 20_000;
    for (int q = 0; q < 300; q++) {
      double x = (r.nextDouble() - 0.5) * extent;
      double y = (r.nextDouble() - 0.5) * extent;
      double half = Math.pow(10, 4 * r.nextDouble());
      TreeSet<Integer> found = new TreeSet<>();
      line.index.query(x - half, x + half, y - half, y + half, found::add);
      TreeSet<Integer> scanned = new TreeSet<>();
      int nearest = -1;
      double nearestD = Double.POSITIVE_INFINITY;
      for (int k = 0; k < line.segmentCount(); k++) {
        PreparedLine.Part p = line.parts.get(line.segPart[k]);
        int v = line.segVertex[k];
        if (Math.min(p.x[v], p.x[v + 1]) <= x + half && Math.max(p.x[v], p.x[v + 1]) >= x - half
            && Math.min(p.y[v], p.y[v + 1]) <= y + half && Math.max(p.y[v], p.y[v + 1]) >= y - half) {
          scanned.add(k);
        }
        double d = line.planarDistance(k, x, y);
        if (d < nearestD) {
          nearestD = d;
          nearest = k;
        }
      }
      assertThat(found).as("seed %d query %d", seed, q).isEqualTo(scanned);
      assertThat(line.index.nearest(x, y)).as("seed %d query %d", seed, q).isEqualTo(nearest);
    }
  }

  /** A few parts of random walks around 40° N 45° E, a few kilometres long, one of them a ring. */
  static PreparedLine randomLine(Random r) {
    List<List<GeoPoint>> parts = new ArrayList<>();
    int count = 1 + r.nextInt(4);
    for (int i = 0; i < count; i++) {
      List<GeoPoint> part = new ArrayList<>();
      double lat = 40 + (r.nextDouble() - 0.5) * 0.1;
      double lon = 45 + (r.nextDouble() - 0.5) * 0.1;
      int n = 2 + r.nextInt(300);
      for (int v = 0; v < n; v++) {
        part.add(new GeoPoint(lat, lon));
        lat += (r.nextDouble() - 0.5) * 0.002;
        lon += (r.nextDouble() - 0.5) * 0.002;
      }
      if (i == 0 && n > 3) {
        part.add(part.getFirst());
      }
      parts.add(part);
    }
    List<Integer> index = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      index.add(i);
    }
    LocalPlane plane = LocalPlane.around(parts);
    return PreparedLine.build(1, parts, index, List.of(), plane, ComparisonOptions.DEFAULT_MAX_SAG_M);
  }
}
