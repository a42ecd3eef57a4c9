package org.groma.geo.median;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;
import org.junit.jupiter.api.Test;

class MedianLineOpTest {

  private static final Geodesics G = Geodesics.WGS84;

  static List<GeoPoint> meridian(double lon, double lat0, double lat1, int n) {
    List<GeoPoint> l = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      l.add(new GeoPoint(lat0 + (lat1 - lat0) * i / n, lon));
    }
    return l;
  }

  /** Reflection in the meridian plane of 45.005° maps one bank onto the other: the median is that meridian. */
  @Test
  void parallel_meridian_banks_give_the_middle_meridian() {
    Side a = Side.ofLines("bank A", List.of(meridian(45.0, 40.0, 40.05, 5)));
    Side b = Side.ofLines("bank B", List.of(meridian(45.01, 40.0, 40.05, 7)));
    MedianLine m = MedianLineOp.compute(a, b, MedianOptions.median(0.5));
    assertThat(m.vertices()).hasSizeGreaterThanOrEqualTo(2);
    for (MedianVertex v : m.vertices()) {
      assertThat(v.point().lonDeg()).isCloseTo(45.005, org.assertj.core.data.Offset.offset(1.5e-9));
      assertThat(Math.abs(v.residualM())).isLessThanOrEqualTo(1e-3);
      assertThat(v.distanceAM()).isCloseTo(v.distanceBM(), org.assertj.core.data.Offset.offset(1e-3));
      assertThat(v.basepointsA()).isNotEmpty();
      assertThat(v.basepointsB()).isNotEmpty();
    }
    assertThat(m.vertices().getFirst().point().latDeg()).isCloseTo(40.0, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(m.vertices().getLast().point().latDeg()).isCloseTo(40.05, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(m.maxDeviationM()).isLessThanOrEqualTo(0.5);
  }

  @Test
  void banks_drawn_in_opposite_directions_are_paired_the_right_way() {
    Side a = Side.ofLines("bank A", List.of(meridian(45.0, 40.0, 40.05, 5)));
    Side b = Side.ofLines("bank B", List.of(meridian(45.01, 40.05, 40.0, 3)));
    MedianLine m = MedianLineOp.compute(a, b, MedianOptions.median(0.5));
    assertThat(m.sideBReversed()).isTrue();
    assertThat(m.vertices().getFirst().point().latDeg()).isLessThan(m.vertices().getLast().point().latDeg());
  }
}
