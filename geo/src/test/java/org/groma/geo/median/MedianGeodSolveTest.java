package org.groma.geo.median;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.groma.geo.GeoPoint;
import org.junit.jupiter.api.Test;

/** The median line's vertices against GeodSolve's distances to both sides (fixtures and commands in resources/median). */
class MedianGeodSolveTest {

  @Test
  void vertices_are_equidistant_by_geodsolve_to_a_millimetre() throws IOException {
    MedianLine m = MedianLineOp.compute(Side.ofLines("bank A", List.of(River.bankA())),
        Side.ofLines("bank B", List.of(River.bankB())), MedianOptions.median(0.5));
    List<double[]> input = rows("river_input.txt");
    List<double[]> expected = rows("river_expected.txt");
    assertThat(expected).hasSameSizeAs(input);
    int banks = River.bankA().size() + River.bankB().size();
    int row = 0;
    double worstPair = 0;
    double worstGroma = 0;
    for (MedianVertex v : m.vertices()) {
      double[] toA = input.get(row);
      assertThat(new GeoPoint(toA[0], toA[1])).as("vertex %d still the fixture's", v.number()).isEqualTo(v.point());
      double sA = expected.get(row)[2];
      double sB = expected.get(row + 1)[2];
      worstPair = Math.max(worstPair, Math.abs(sA - sB));
      worstGroma = Math.max(worstGroma, Math.max(Math.abs(sA - v.distanceAM()), Math.abs(sB - v.distanceBM())));
      row += 2;
      if (v.number() % 10 == 1) {
        for (int k = 0; k < banks; k++, row++) {
          assertThat(expected.get(row)[2]).as("vertex %d, bank vertex %d", v.number(), k)
              .isGreaterThanOrEqualTo(Math.min(sA, sB) - 1e-6);
        }
      }
    }
    assertThat(row).isEqualTo(input.size());
    assertThat(worstPair).isLessThanOrEqualTo(1e-3);
    assertThat(worstGroma).isLessThanOrEqualTo(1e-6);
    System.out.printf("median vs GeodSolve: %d vertices, |d_A - d_B| <= %.3g m, Groma vs GeodSolve <= %.3g m%n",
        m.vertices().size(), worstPair, worstGroma);
  }

  private static List<double[]> rows(String name) throws IOException {
    try (InputStream in = MedianGeodSolveTest.class.getResourceAsStream("/median/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
          .map(l -> Arrays.stream(l.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray()).toList();
    }
  }
}
