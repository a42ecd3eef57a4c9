package org.groma.app.delimitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.groma.app.BadInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;
import org.junit.jupiter.api.Test;

class BoundarySplitterTest {

  /** Lengths of pieces add up to the whole: the inserted point lies on the geodesic to nanometres. */
  static final double LENGTH_SUM_TOLERANCE_M = 1e-6;

  static List<GeoPoint> osmStretch() throws Exception {
    return Fixtures.line("osm_arm_aze_stretch.geojson");
  }

  @Test
  void snaps_a_point_within_the_tolerance_to_the_nearest_vertex() throws Exception {
    List<GeoPoint> line = osmStretch();
    GeoPoint near7 = Geodesics.WGS84.direct(line.get(7), 30, 4.0).point(); // 4 m from vertex 7
    List<List<GeoPoint>> pieces = BoundarySplitter.split(line, List.of(near7), 5.0);
    assertThat(pieces).hasSize(2);
    assertThat(pieces.get(0)).isEqualTo(line.subList(0, 8));
    assertThat(pieces.get(1)).isEqualTo(line.subList(7, line.size()));
  }

  @Test
  void inserts_the_nearest_line_point_when_no_vertex_is_within_the_tolerance() throws Exception {
    List<GeoPoint> line = osmStretch();
    // 2 m off the middle of segment 3 (vertex 3 to 4, 231 m long), on its left.
    var inv = Geodesics.WGS84.inverse(line.get(3), line.get(4));
    var mid = Geodesics.WGS84.direct(line.get(3), inv.azimuth1Deg(), inv.distanceM() / 2);
    GeoPoint off = Geodesics.WGS84.direct(mid.point(), mid.azimuthDeg() - 90, 2.0).point();
    List<List<GeoPoint>> pieces = BoundarySplitter.split(line, List.of(off), 5.0);
    GeoPoint inserted = pieces.get(0).getLast();
    assertThat(pieces.get(0)).hasSize(5);
    assertThat(pieces.get(1).getFirst()).isEqualTo(inserted);
    assertThat(Geodesics.WGS84.distanceM(inserted, mid.point())).isLessThan(1e-6);
    assertThat(Geodesics.WGS84.lengthM(pieces.get(0)) + Geodesics.WGS84.lengthM(pieces.get(1)))
        .isCloseTo(Geodesics.WGS84.lengthM(line), within(LENGTH_SUM_TOLERANCE_M));
  }

  @Test
  void refuses_a_point_farther_than_the_tolerance() throws Exception {
    List<GeoPoint> line = osmStretch();
    GeoPoint far = Geodesics.WGS84.direct(line.get(10), 0, 50).point();
    assertThatThrownBy(() -> BoundarySplitter.split(line, List.of(far), 5.0))
        .isInstanceOf(BadInputException.class).hasMessageContaining("split point 0").hasMessageContaining("m from the line, "
            + "more than the tolerance 5.000 m");
  }

  @Test
  void refuses_splits_at_the_ends_and_two_splits_at_one_place() throws Exception {
    List<GeoPoint> line = osmStretch();
    assertThatThrownBy(() -> BoundarySplitter.split(line, List.of(line.getFirst()), 1.0))
        .isInstanceOf(BadInputException.class).hasMessageContaining("first vertex");
    assertThatThrownBy(() -> BoundarySplitter.split(line, List.of(line.get(5), line.get(5)), 1.0))
        .isInstanceOf(BadInputException.class).hasMessageContaining("land on the same place");
  }

  @Test
  void splits_at_many_points_in_any_order_into_pieces_that_join_and_keep_the_length() throws Exception {
    List<GeoPoint> line = osmStretch();
    Random random = new Random(20261128);
    List<GeoPoint> cuts = new ArrayList<>();
    for (int k = 1; k < line.size() - 1; k += 3) {
      // Alternately a vertex and a point 40 % along the following segment.
      GeoPoint at = k % 2 == 0 ? line.get(k)
          : Geodesics.WGS84.direct(line.get(k), Geodesics.WGS84.inverse(line.get(k), line.get(k + 1)).azimuth1Deg(),
              0.4 * Geodesics.WGS84.distanceM(line.get(k), line.get(k + 1))).point();
      cuts.add(at);
    }
    java.util.Collections.shuffle(cuts, random);
    List<List<GeoPoint>> pieces = BoundarySplitter.split(line, cuts, 0.01);
    assertThat(pieces).hasSize(cuts.size() + 1);
    double sum = 0;
    for (int i = 0; i < pieces.size(); i++) {
      assertThat(pieces.get(i).size()).isGreaterThanOrEqualTo(2);
      if (i > 0) {
        assertThat(pieces.get(i).getFirst()).isEqualTo(pieces.get(i - 1).getLast());
      }
      sum += Geodesics.WGS84.lengthM(pieces.get(i));
    }
    assertThat(pieces.getFirst().getFirst()).isEqualTo(line.getFirst());
    assertThat(pieces.getLast().getLast()).isEqualTo(line.getLast());
    assertThat(sum).isCloseTo(Geodesics.WGS84.lengthM(line), within(LENGTH_SUM_TOLERANCE_M));
  }

  @Test
  void sections_from_the_pieces_make_a_boundary_numbered_on() throws Exception {
    List<GeoPoint> line = osmStretch();
    List<List<GeoPoint>> pieces = BoundarySplitter.split(line, List.of(line.get(9)), 0.0);
    Section north = Section.ofLine("S-1", "Northern section", pieces.get(0), 1, LineType.GEODESIC);
    Section south = Section.ofLine("S-2", "Southern section", pieces.get(1), north.last().number(), LineType.GEODESIC);
    Boundary b = new Boundary("ARM-AZE-OSM", "OpenStreetMap-derived line", "ARM", "AZE", List.of(north, south));
    assertThat(b.sections()).hasSize(2);
    assertThat(south.first()).isEqualTo(north.last());
    assertThat(north.lengthM() + south.lengthM()).isCloseTo(Geodesics.WGS84.lengthM(line), within(LENGTH_SUM_TOLERANCE_M));
  }
}
