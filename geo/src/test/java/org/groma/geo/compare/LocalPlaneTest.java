package org.groma.geo.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;
import org.junit.jupiter.api.Test;

class LocalPlaneTest {

  @Test
  void planar_distances_stay_within_the_stated_scale_bounds_of_geodesic_distances() {
    Random r = new Random(4326);
    LocalPlane plane = LocalPlane.around(List.of(List.of(new GeoPoint(38.8, 44.7), new GeoPoint(41.4, 46.7))));
    for (int i = 0; i < 5_000; i++) {
      GeoPoint p = new GeoPoint(38.8 + 2.6 * r.nextDouble(), 44.7 + 2.0 * r.nextDouble());
      double radius = 10 + r.nextDouble() * 10_000;
      GeoPoint q = Geodesics.WGS84.direct(p, 360 * r.nextDouble(), radius * r.nextDouble()).point();
      double geodesic = Geodesics.WGS84.distanceM(p, q);
      double planar = Math.hypot(plane.x(p) - plane.x(q), plane.y(p) - plane.y(q));
      assertThat(planar).isLessThanOrEqualTo(plane.maxScaleWithin(p.latDeg(), radius) * geodesic + 1e-9);
      assertThat(planar).isLessThanOrEqualTo(plane.maxScale() * geodesic + 1e-9);
      assertThat(planar).isGreaterThanOrEqualTo(plane.minScale() * geodesic - 1e-9);
    }
  }

  @Test
  void maps_points_back_to_within_a_nanometre() {
    LocalPlane plane = LocalPlane.around(List.of(List.of(new GeoPoint(40, 45), new GeoPoint(40.5, 45.5))));
    GeoPoint p = new GeoPoint(40.123456789, 45.987654321);
    GeoPoint back = plane.point(plane.x(p), plane.y(p));
    assertThat(Geodesics.WGS84.distanceM(p, back)).isLessThan(1e-9);
    assertThat(back.latDeg()).isCloseTo(p.latDeg(), within(1e-12));
  }

  @Test
  void refuses_data_across_the_antimeridian_or_near_a_pole() {
    assertThatThrownBy(() -> LocalPlane.around(List.of(List.of(new GeoPoint(10, 179), new GeoPoint(10, -179)))))
        .hasMessageContaining("not across the antimeridian");
    assertThatThrownBy(() -> LocalPlane.around(List.of(List.of(new GeoPoint(85, 10), new GeoPoint(85.1, 10)))))
        .hasMessageContaining("within 80.0° of the equator");
  }
}
