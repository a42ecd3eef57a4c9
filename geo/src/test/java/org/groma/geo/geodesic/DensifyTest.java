package org.groma.geo.geodesic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DensifyTest {

  final Geodesics geodesics = Geodesics.WGS84;

  @ParameterizedTest
  @CsvSource({
      "40.0, 44.0, 41.5, 49.0, 0.05",
      "40.0, 44.0, 41.5, 49.0, 1.0",
      "39.2, 45.9, 39.2, 46.4, 0.001",
      "60.0, 170.0, 62.0, -170.0, 0.5",
      "-33.0, 151.0, -34.0, 18.0, 100.0",
      "40.0, 44.0, 40.0, 44.0, 0.01",
  })
  void every_piece_sags_less_than_the_bound_and_lies_on_the_geodesic(
      double lat1, double lon1, double lat2, double lon2, double maxSagM) {
    GeoPoint a = new GeoPoint(lat1, lon1);
    GeoPoint b = new GeoPoint(lat2, lon2);
    List<GeoPoint> points = geodesics.densify(a, b, maxSagM);
    assertThat(points.getFirst()).isEqualTo(a);
    assertThat(points.getLast()).isEqualTo(b);
    double total = geodesics.distanceM(a, b);
    assertThat(geodesics.lengthM(points)).isCloseTo(total, within(1e-6));
    for (int i = 0; i + 1 < points.size(); i++) {
      GeoPoint p = points.get(i);
      GeoPoint q = points.get(i + 1);
      assertThat(strayFromChordM(p, q)).as("piece %d", i).isLessThanOrEqualTo(maxSagM);
    }
  }

  /**
   * How far the geodesic from p to q strays from the straight lon/lat chord, measured independently of
   * LonLatChord: the largest, over points along the geodesic, of the smallest distance to points sampled
   * densely along the chord.
   */
  private double strayFromChordM(GeoPoint p, GeoPoint q) {
    GeodesicInverse piece = geodesics.inverse(p, q);
    double dLon = Math.IEEEremainder(q.lonDeg() - p.lonDeg(), 360);
    double worst = 0;
    for (int k = 1; k < 8; k++) {
      GeoPoint g = geodesics.direct(p, piece.azimuth1Deg(), piece.distanceM() * k / 8).point();
      double nearest = Double.POSITIVE_INFINITY;
      for (int j = 0; j <= 400; j++) {
        double t = j / 400.0;
        double lon = p.lonDeg() + dLon * t;
        lon = lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
        GeoPoint c = new GeoPoint(p.latDeg() + (q.latDeg() - p.latDeg()) * t, lon);
        nearest = Math.min(nearest, geodesics.distanceM(g, c));
      }
      // The chord samples are at most 1/400 of the piece apart: the true distance to the chord is smaller
      // than the sampled one by at most the square of half that spacing over twice the offset, negligible.
      worst = Math.max(worst, nearest);
    }
    return worst;
  }

  @Test
  void a_tighter_bound_needs_more_points_and_the_count_grows_as_its_square_root() {
    GeoPoint a = new GeoPoint(40.0, 44.0);
    GeoPoint b = new GeoPoint(41.5, 49.0);
    int coarse = geodesics.densify(a, b, 1.0).size() - 1;
    int fine = geodesics.densify(a, b, 0.01).size() - 1;
    // sag ∝ length², so 100× tighter means about 10× more pieces.
    assertThat((double) fine / coarse).isBetween(7.0, 13.0);
  }

  @Test
  void densify_by_distance_spaces_points_evenly_within_the_bound() {
    GeoPoint a = new GeoPoint(40.0, 44.0);
    GeoPoint b = new GeoPoint(40.3, 44.4);
    List<GeoPoint> points = geodesics.densifyByDistance(a, b, 1000);
    double total = geodesics.distanceM(a, b);
    assertThat(points).hasSize((int) Math.ceil(total / 1000) + 1);
    for (int i = 0; i + 1 < points.size(); i++) {
      assertThat(geodesics.distanceM(points.get(i), points.get(i + 1)))
          .isCloseTo(total / (points.size() - 1), within(1e-6));
    }
  }

  @Test
  void a_bound_that_is_not_positive_is_refused() {
    GeoPoint a = new GeoPoint(40.0, 44.0);
    assertThatThrownBy(() -> geodesics.densify(a, a, 0))
        .isInstanceOf(GeoInputException.class)
        .hasMessage("maximum sag must be at least 1.0E-6 m (1 µm), got 0.0");
    assertThatThrownBy(() -> geodesics.densify(a, new GeoPoint(41, 45), 1e-9))
        .isInstanceOf(GeoInputException.class);
    assertThatThrownBy(() -> geodesics.densify(a, a, Double.NaN)).isInstanceOf(GeoInputException.class);
  }
}
