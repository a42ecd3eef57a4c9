package org.groma.geo.median;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.groma.geo.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes {@code src/test/resources/median/river_input.txt} for GeodSolve (see the README there). Runs on
 * request only: {@code -Dmedian.writeFixtures=true -Dtest=MedianFixtureWriter}.
 */
@EnabledIfSystemProperty(named = "median.writeFixtures", matches = "true")
class MedianFixtureWriter {

  @Test
  void write() throws Exception {
    MedianLine m = MedianLineOp.compute(Side.ofLines("bank A", List.of(River.bankA())),
        Side.ofLines("bank B", List.of(River.bankB())), MedianOptions.median(0.5));
    List<String> rows = new ArrayList<>();
    for (MedianVertex v : m.vertices()) {
      rows.add(row(v.point(), v.basepointsA().getFirst().point()));
      rows.add(row(v.point(), v.basepointsB().getFirst().point()));
      if (v.number() % 10 == 1) { // every tenth vertex against every bank vertex: none nearer than the basepoint
        for (GeoPoint bank : River.bankA()) {
          rows.add(row(v.point(), bank));
        }
        for (GeoPoint bank : River.bankB()) {
          rows.add(row(v.point(), bank));
        }
      }
    }
    Files.write(Path.of("src/test/resources/median/river_input.txt"), rows);
  }

  /** Vertices on the nanodegree grid print exactly with 9 decimals; basepoints inside segments with 15. */
  private static String row(GeoPoint from, GeoPoint to) {
    return String.format(Locale.ROOT, "%.9f %.9f %.15f %.15f", from.latDeg(), from.lonDeg(), to.latDeg(),
        to.lonDeg());
  }
}
