package org.groma.geo.median;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;
import org.junit.jupiter.api.Test;

class TripointOpTest {

  private static final Geodesics G = Geodesics.WGS84;

  @Test
  void three_basepoints_give_their_geodesic_circumcentre_within_a_millimetre() {
    GeoPoint a = new GeoPoint(40.0, 45.0);
    GeoPoint b = new GeoPoint(40.05, 45.02);
    GeoPoint c = new GeoPoint(40.01, 45.07);
    MedianTripoint t = TripointOp.compute(Side.ofBasepoints("A", List.of(a)), Side.ofBasepoints("B", List.of(b)),
        Side.ofBasepoints("C", List.of(c)), null);
    double da = G.distanceM(t.point(), a);
    double db = G.distanceM(t.point(), b);
    double dc = G.distanceM(t.point(), c);
    assertThat(Math.max(da, Math.max(db, dc)) - Math.min(da, Math.min(db, dc))).isLessThan(1e-3);
    assertThat(t.maxResidualM()).isLessThan(1e-3);
    assertThat(t.distancesM().get(0)).isEqualTo(da);
  }

  /** Three shores of a lake, the lines of A and B and of B and C meeting on land at their ends. */
  @Test
  void three_shores_of_a_lake() {
    List<GeoPoint> a = List.of(new GeoPoint(40.00, 45.00), new GeoPoint(40.03, 44.99), new GeoPoint(40.06, 45.00));
    List<GeoPoint> b = List.of(new GeoPoint(40.06, 45.00), new GeoPoint(40.07, 45.03), new GeoPoint(40.06, 45.06));
    List<GeoPoint> c = List.of(new GeoPoint(40.06, 45.06), new GeoPoint(40.02, 45.07), new GeoPoint(40.00, 45.04));
    MedianTripoint t = TripointOp.compute(Side.ofLines("A", List.of(a)), Side.ofLines("B", List.of(b)),
        Side.ofLines("C", List.of(c)), null);
    double da = MedianCasesTest.exhaustive(List.of(a), t.point());
    double db = MedianCasesTest.exhaustive(List.of(b), t.point());
    double dc = MedianCasesTest.exhaustive(List.of(c), t.point());
    assertThat(Math.max(da, Math.max(db, dc)) - Math.min(da, Math.min(db, dc))).isLessThan(1e-3);
    assertThat(t.basepoints()).hasSize(3).allMatch(l -> !l.isEmpty());
  }

  @Test
  void crossing_sides_are_refused() {
    List<GeoPoint> a = List.of(new GeoPoint(40.0, 45.0), new GeoPoint(40.1, 45.1));
    List<GeoPoint> b = List.of(new GeoPoint(40.1, 45.0), new GeoPoint(40.0, 45.1));
    assertThatThrownBy(() -> TripointOp.compute(Side.ofLines("A", List.of(a)), Side.ofLines("B", List.of(b)),
        Side.ofBasepoints("C", List.of(new GeoPoint(41, 45))), null))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("cross");
  }
}
