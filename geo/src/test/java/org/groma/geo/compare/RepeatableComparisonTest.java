package org.groma.geo.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.groma.geo.GeoPoint;
import org.junit.jupiter.api.Test;

/**
 * A comparison gives the same faces, in the same order, with rings starting at the same vertex and areas equal
 * to the last bit, however many objects the JVM made before it: JTS's polygonizer keeps its edges in hash sets
 * of identity hash codes, so without a canonical form its faces came out in another order and rotation from
 * run to run, and the summed areas differed in their last bits.
 */
class RepeatableComparisonTest {

  @Test
  void runs_separated_by_other_work_give_identical_faces_and_areas() {
    Random rnd = new Random(7);
    List<GeoPoint> l1 = new ArrayList<>();
    List<GeoPoint> l2 = new ArrayList<>();
    double step = 2.0 / 85_000;
    for (int i = 0; i < 800; i++) {
      double lon = 44.0 + i * step;
      l1.add(new GeoPoint(40.0 + (rnd.nextDouble() - 0.5) * 4e-5, lon));
      l2.add(new GeoPoint(40.0 + (rnd.nextDouble() - 0.5) * 2e-4, lon + (rnd.nextDouble() - 0.5) * step * 0.5));
    }
    String first = fingerprint(LineComparisonOp.compare(List.of(l1), List.of(l2), ComparisonOptions.defaults()));
    Set<Object> churn = new HashSet<>();
    for (int run = 0; run < 4; run++) {
      for (int i = 0; i < 50_000 * (run + 1); i++) {
        churn.add(new Object()); // moves the identity hash codes the next run's objects receive
      }
      String again = fingerprint(LineComparisonOp.compare(List.of(l1), List.of(l2), ComparisonOptions.defaults()));
      assertThat(again).as("run %d", run + 2).isEqualTo(first);
    }
    assertThat(churn).isNotEmpty();
  }

  /** Every face in order: its parties, its area's bits, and every vertex of every ring. */
  private static String fingerprint(LineComparison c) {
    StringBuilder b = new StringBuilder();
    b.append(Double.doubleToLongBits(c.areaM2AtoB())).append(' ').append(Double.doubleToLongBits(c.areaM2BtoA()));
    for (DisputedArea a : c.areas()) {
      b.append('\n').append(a.line1Gives()).append(a.line2Gives()).append(' ')
          .append(Double.doubleToLongBits(a.areaM2())).append(' ').append(a.polygon());
    }
    return b.toString();
  }
}
