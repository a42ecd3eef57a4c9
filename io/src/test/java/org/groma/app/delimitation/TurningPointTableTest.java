package org.groma.app.delimitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalInt;
import org.groma.app.BadInputException;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.crs.TransformationRegistry;
import org.groma.geo.crs.UtmZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every number of the turning-point table against outside references computed once with GeodSolve,
 * RhumbSolve and cs2cs (src/test/resources/delimitation/generate-fixtures.sh, README.md).
 */
class TurningPointTableTest {

  /** Lengths: GeographicLib-Java against GeodSolve, both Karney; GeodSolve prints 1 nm, geo is tested to 1 µm. */
  static final double LENGTH_TOLERANCE_M = 1e-6;

  /** Azimuths: GeodSolve prints 1e-14°; geo is tested to 1e-9° on lines over a few metres. */
  static final double AZIMUTH_TOLERANCE_DEG = 1e-9;

  /** Grid coordinates: cs2cs prints 1e-12 m; geo's projections and Helmert shifts match it to 10 nm. */
  static final double GRID_TOLERANCE_M = 1e-8;

  static TurningPointTable table(String line, TurningPointTable.Builder builder) throws Exception {
    List<GeoPoint> points = Fixtures.line(line + ".geojson");
    return builder.build(List.of(Section.ofLine("S-1", line, points, 1, LineType.GEODESIC)));
  }

  static TurningPointTable.Builder noSk42() {
    return TurningPointTable.builder().sk42(new Sk42Columns.Omitted());
  }

  @ParameterizedTest
  @ValueSource(strings = {"osm_arm_aze_stretch", "zone_border_48e", "zone_border_42e"})
  void geodesic_lengths_azimuths_and_cumulative_distance_match_GeodSolve(String line) throws Exception {
    List<TurningPointTable.Row> rows = table(line, noSk42()).parts().getFirst().rows();
    List<double[]> ref = Fixtures.rows(line + ".geodsolve.txt");
    assertThat(rows).hasSize(ref.size() + 1);
    double cumulative = 0;
    for (int i = 0; i < ref.size(); i++) {
      double[] r = ref.get(i);
      TurningPointTable.Row row = rows.get(i);
      assertThat(row.turningPoint().point()).isEqualTo(new GeoPoint(r[0], r[1]));
      SegmentMeasure m = row.next().orElseThrow().measure();
      assertThat(m.lengthM()).as("segment %d length", i).isCloseTo(r[6], within(LENGTH_TOLERANCE_M));
      assertThat(m.forwardAzimuthDeg().getAsDouble()).as("segment %d azimuth", i)
          .isCloseTo((r[4] + 360) % 360, within(AZIMUTH_TOLERANCE_DEG));
      assertThat(m.backAzimuthDeg().getAsDouble()).as("segment %d back azimuth", i)
          .isCloseTo((r[5] + 180 + 360) % 360, within(AZIMUTH_TOLERANCE_DEG));
      assertThat(row.cumulativeM()).isCloseTo(cumulative, within(LENGTH_TOLERANCE_M * (i + 1)));
      cumulative += r[6];
    }
    assertThat(rows.getLast().next()).isEmpty();
    assertThat(rows.getLast().cumulativeM()).isCloseTo(cumulative, within(LENGTH_TOLERANCE_M * rows.size()));
    assertThat(rows.getFirst().turningPoint().number()).isEqualTo(1);
    assertThat(rows.getLast().turningPoint().number()).isEqualTo(rows.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"osm_arm_aze_stretch", "zone_border_48e", "zone_border_42e"})
  void utm_per_point_zone_matches_cs2cs(String line) throws Exception {
    assertGrid(table(line, noSk42()).parts().getFirst().rows(), Fixtures.rows(line + ".utm.txt"), false);
  }

  @Test
  void a_fixed_utm_zone_holds_for_every_row_even_across_the_zone_border() throws Exception {
    List<TurningPointTable.Row> rows =
        table("zone_border_48e", noSk42().utmZone(new UtmZone(38, UtmZone.Hemisphere.NORTH))).parts().getFirst().rows();
    assertGrid(rows, Fixtures.rows("zone_border_48e.utm38n.txt"), false);
    assertThat(rows).allSatisfy(r -> assertThat(r.utm().crs().code()).isEqualTo("EPSG:32638"));
  }

  @Test
  void the_zone_border_lines_really_change_zone() throws Exception {
    TurningPointTable t = table("zone_border_48e", TurningPointTable.builder()
        .sk42(new Sk42Columns.Included(TransformationRegistry.lookup("EPSG:15865"), OptionalInt.empty())));
    assertThat(t.parts().getFirst().rows()).extracting(r -> r.utm().zone())
        .containsExactly("38N", "38N", "38N", "39N", "39N", "39N");
    assertThat(t.parts().getFirst().rows()).extracting(r -> r.sk42().orElseThrow().zone())
        .containsExactly("8", "8", "8", "9", "9", "9");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "osm_arm_aze_stretch:1267", "osm_arm_aze_stretch:15865", "zone_border_48e:1267", "zone_border_48e:15865",
      "zone_border_42e:1267", "zone_border_42e:15865"})
  void sk42_gauss_krueger_matches_cs2cs_with_the_named_transformation(String caseName) throws Exception {
    String[] c = caseName.split(":");
    TurningPointTable t = table(c[0], noSk42()
        .sk42(new Sk42Columns.Included(TransformationRegistry.lookup("EPSG:" + c[1]), OptionalInt.empty())));
    assertGrid(t.parts().getFirst().rows(), Fixtures.rows(c[0] + ".sk42_epsg" + c[1] + ".txt"), true);
  }

  @Test
  void a_fixed_gauss_krueger_zone_holds_across_the_zone_border() throws Exception {
    TurningPointTable t = table("zone_border_48e", noSk42()
        .sk42(new Sk42Columns.Included(TransformationRegistry.lookup("EPSG:15865"), OptionalInt.of(8))));
    assertGrid(t.parts().getFirst().rows(), Fixtures.rows("zone_border_48e.gk8_epsg15865.txt"), true);
  }

  @Test
  void the_two_transformations_give_sk42_coordinates_metres_apart() throws Exception {
    // Why a table must name its transformation: the same point differs by about 2.8 m between them.
    List<double[]> a = Fixtures.rows("osm_arm_aze_stretch.sk42_epsg1267.txt");
    List<double[]> b = Fixtures.rows("osm_arm_aze_stretch.sk42_epsg15865.txt");
    double d = Math.hypot(a.getFirst()[3] - b.getFirst()[3], a.getFirst()[4] - b.getFirst()[4]);
    assertThat(d).isBetween(2.0, 4.0);
  }

  @Test
  void refuses_sk42_columns_without_a_named_transformation_and_lists_the_candidates() throws Exception {
    assertThatThrownBy(() -> table("osm_arm_aze_stretch", TurningPointTable.builder()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("none is chosen silently")
        .hasMessageContaining("EPSG:1267 (Pulkovo 1942 to WGS 84 (17))")
        .hasMessageContaining("EPSG:15865 (Pulkovo 1942 to WGS 84 (16))")
        .hasMessageContaining("EPSG:1808");
  }

  @Test
  void refuses_a_fixed_utm_zone_far_from_the_points_naming_the_turning_point() {
    assertThatThrownBy(() -> table("osm_arm_aze_stretch", noSk42().utmZone(new UtmZone(30, UtmZone.Hemisphere.NORTH))))
        .isInstanceOf(GeoInputException.class)
        .hasMessageStartingWith("section S-1, turning point 1:");
  }

  @Test
  void refuses_a_gauss_krueger_zone_without_an_epsg_crs() {
    assertThatThrownBy(() -> new Sk42Columns.Included(TransformationRegistry.lookup("EPSG:15865"), OptionalInt.of(3)))
        .isInstanceOf(BadInputException.class).hasMessageContaining("zone 3 is outside 4 to 32");
  }

  @Test
  void rhumb_and_follows_feature_segments_are_measured_by_their_line_type() throws Exception {
    // Turning points 3 -> 4 rhumb, 4 -> 5 along the river (src/test/resources/delimitation/synthetic_section.*).
    Section s = BoundaryDescriberTest.syntheticSection();
    List<TurningPointTable.Row> rows = noSk42().build(List.of(s)).parts().getFirst().rows();
    assertThat(rows).hasSize(5); // the river's two intermediate vertices are not turning points
    List<double[]> rhumb = Fixtures.rows("synthetic_section.rhumbsolve.txt");
    List<double[]> geod = Fixtures.rows("synthetic_section.geodsolve.txt");
    SegmentMeasure r = rows.get(2).next().orElseThrow().measure();
    assertThat(r.lengthM()).isCloseTo(rhumb.get(2)[5], within(LENGTH_TOLERANCE_M));
    assertThat(r.forwardAzimuthDeg().getAsDouble()).isCloseTo(rhumb.get(2)[4], within(AZIMUTH_TOLERANCE_DEG));
    assertThat(r.backAzimuthDeg().getAsDouble()).isCloseTo(0, within(AZIMUTH_TOLERANCE_DEG));
    SegmentMeasure river = rows.get(3).next().orElseThrow().measure();
    assertThat(river.lengthM()).isCloseTo(geod.get(3)[6] + geod.get(4)[6] + geod.get(5)[6], within(3 * LENGTH_TOLERANCE_M));
    assertThat(river.forwardAzimuthDeg()).isEmpty();
    assertThat(river.backAzimuthDeg()).isEmpty();
    // A rhumb line is longer than the geodesic between the same points unless it runs along a meridian.
    SegmentMeasure firstAsRhumb = Segment.of(s.turningPoints().get(0), s.turningPoints().get(1), LineType.RHUMB).measure();
    assertThat(firstAsRhumb.lengthM()).isCloseTo(rhumb.get(0)[5], within(LENGTH_TOLERANCE_M))
        .isGreaterThan(rows.get(0).next().orElseThrow().measure().lengthM());
  }

  private static void assertGrid(List<TurningPointTable.Row> rows, List<double[]> ref, boolean sk42) {
    assertThat(rows).hasSize(ref.size());
    for (int i = 0; i < ref.size(); i++) {
      double[] r = ref.get(i);
      TurningPointTable.Grid g = sk42 ? rows.get(i).sk42().orElseThrow() : rows.get(i).utm();
      assertThat(rows.get(i).turningPoint().point()).isEqualTo(new GeoPoint(r[0], r[1]));
      assertThat(g.zone()).as("row %d zone", i).isEqualTo(sk42 ? Integer.toString((int) r[2]) : (int) r[2] + "N");
      if (sk42) { // reference: lat lon zone X(north) Y(east)
        assertThat(g.northingM()).as("row %d X", i).isCloseTo(r[3], within(GRID_TOLERANCE_M));
        assertThat(g.eastingM()).as("row %d Y", i).isCloseTo(r[4], within(GRID_TOLERANCE_M));
      } else { // reference: lat lon zone E N
        assertThat(g.eastingM()).as("row %d E", i).isCloseTo(r[3], within(GRID_TOLERANCE_M));
        assertThat(g.northingM()).as("row %d N", i).isCloseTo(r[4], within(GRID_TOLERANCE_M));
      }
    }
  }
}
