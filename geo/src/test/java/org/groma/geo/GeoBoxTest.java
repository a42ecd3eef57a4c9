package org.groma.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.groma.geo.geodesic.Geodesics;
import org.junit.jupiter.api.Test;

class GeoBoxTest {

  @Test
  void a_grown_box_holds_every_point_within_the_margin_in_every_direction() {
    Random r = new Random(4326);
    for (int i = 0; i < 2_000; i++) {
      double lat = -80 + 160 * r.nextDouble();
      double lon = -170 + 340 * r.nextDouble();
      GeoBox box = GeoBox.of(List.of(new GeoPoint(lat, lon))).grownBy(5_000, Ellipsoid.WGS84);
      double azimuth = 360 * r.nextDouble();
      GeoPoint far = Geodesics.WGS84.direct(new GeoPoint(lat, lon), azimuth, 5_000 * r.nextDouble()).point();
      assertThat(box.contains(far)).as("%s from %f,%f az %f", far, lat, lon, azimuth).isTrue();
    }
  }

  @Test
  void the_flat_111320_m_per_degree_box_misses_points_the_ellipsoid_box_holds() {
    GeoPoint p = new GeoPoint(0.5, 45);
    GeoPoint north = Geodesics.WGS84.direct(p, 0, 4_990).point();
    double flat = 5_000 / 111_320.0;
    assertThat(north.latDeg() - p.latDeg()).isGreaterThan(flat);
    assertThat(GeoBox.of(List.of(p)).grownBy(5_000, Ellipsoid.WGS84).contains(north)).isTrue();
  }
}
