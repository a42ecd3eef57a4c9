package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static String file(String name) throws Exception {
    return Path.of(CompareCommandTest.class.getResource("/compare/" + name).toURI()).toString();
  }

  @Test
  void compares_the_osm_and_natural_earth_arm_aze_lines_with_settlements(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("result.geojson");
    Cli r = Cli.run("compare", file("osm_arm_aze.geojson"), file("ne_arm_aze.geojson"),
        "--a-territory", "../data/osm_caucasus.geojson", "--a-filter", "A3=ARM",
        "--a-territory2", "../data/ne10m_caucasus.geojson", "--a-filter2", "name=Armenia",
        "--settlements", file("settlements_am_az.geojson"), "--json", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    // PostGIS on the same faces (geo/src/test/resources/compare/arm_aze_faces.csv): 597.795 and 607.583 km².
    assertThat(j.get("areaM2AtoB").asDouble() / 1e6).isCloseTo(597.795, within(0.001));
    assertThat(j.get("areaM2BtoA").asDouble() / 1e6).isCloseTo(607.583, within(0.001));
    assertThat(j.get("polygons")).hasSize(87);
    JsonNode first = j.get("polygons").get(0);
    assertThat(first.has("areaM2")).isTrue();
    assertThat(first.get("line1Gives").asText()).isIn("A", "B");
    assertThat(first.get("settlements").isArray()).isTrue();
    assertThat(j.get("maxOffset1to2M").asDouble()).isCloseTo(5241.445894585, within(1e-6));
    assertThat(j.get("maxOffsetM").asDouble()).isGreaterThanOrEqualTo(j.get("maxOffset1to2M").asDouble());
    assertThat(j.get("meanOffsetM").asDouble()).isBetween(1000.0, 2000.0);
    assertThat(j.get("agreeLengthM").asDouble()).isPositive();
    assertThat(j.get("closedEnds")).hasSize(10);
    assertThat(j.get("options").get("toleranceM").asDouble()).isEqualTo(5.0);
    assertThat(j.get("options").get("densifyMaxSagM").asDouble()).isEqualTo(0.001);
    assertThat(j.get("line1").asText()).contains("osm_arm_aze.geojson (OpenStreetMap-derived ARM-AZE line)");
    assertThat(j.get("labelConflicts").asInt()).isEqualTo(1);
    assertThat(j.get("orientation").get("method").asText()).isEqualTo("territory");
    // data/README.md: 20 of the 485 settlements lie within 5 km of the OSM line.
    long nearOsm = 0;
    for (JsonNode s : j.get("settlementsNearLines")) {
      if (!s.get("distanceToLine1M").isNull()) {
        nearOsm++;
      }
    }
    assertThat(nearOsm).isEqualTo(20);
    JsonNode geojson = JSON.readTree(Files.readString(out));
    assertThat(geojson.get("type").asText()).isEqualTo("FeatureCollection");
    long faces = 0;
    long maxOffset = 0;
    for (JsonNode f : geojson.get("features")) {
      String kind = f.get("properties").get("kind").asText();
      faces += kind.equals("disputed-area") ? 1 : 0;
      maxOffset += kind.equals("max-offset") ? 1 : 0;
    }
    assertThat(faces).isEqualTo(87);
    assertThat(maxOffset).isEqualTo(1);
  }

  @Test
  void a_synthetic_square_gives_its_planimeter_area_and_places_the_settlements() throws Exception {
    Cli r = Cli.run("compare", file("square_line1.geojson"), file("square_line2.geojson"),
        "--settlements", file("square_settlements.geojson"), "--within-m", "2000", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    // printf '40.0 45.0\n40.0 45.5\n40.3 45.5\n40.3 45.0\n' | Planimeter -p 9 -> 1419167408.4895
    assertThat(j.get("areaM2AtoB").asDouble()).isCloseTo(1419167408.4895, within(1e-3));
    assertThat(j.get("areaM2BtoA").asDouble()).isZero();
    JsonNode inside = j.get("polygons").get(0).get("settlements");
    assertThat(inside).hasSize(1);
    assertThat(inside.get(0).get("name").asText()).isEqualTo("Inside");
    assertThat(inside.get(0).get("population").asLong()).isEqualTo(1200);
    assertThat(inside.get(0).get("country").asText()).isEqualTo("XA");
    JsonNode near = j.get("settlementsNearLines");
    assertThat(near).hasSize(1);
    assertThat(near.get(0).get("name").asText()).isEqualTo("Near south side");
    // The south side is a geodesic bulging north; its midpoint, nearest to the settlement by symmetry:
    // echo "40 45 40 45.5" | GeodSolve -i -p 9 -> s12 42696.872501370, azi1 89.83930249675835;
    // echo 21348.436250685 | GeodSolve -L 40 45 89.83930249675835 -p 12 -> 40.000269627876115 45.25;
    // echo "39.99 45.25 40.000269627876115 45.25" | GeodSolve -i -p 9 -> 1140.283397781
    assertThat(near.get(0).get("distanceToLine1M").asDouble()).isCloseTo(1140.283397781, within(1e-6));
  }

  @Test
  void prints_a_short_table_for_people() throws Exception {
    Cli r = Cli.run("compare", file("square_line1.geojson"), file("square_line2.geojson"));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("area line 1 gives A, line 2 gives B: 1,419,167,408.5 m²")
        .contains("max offset (Hausdorff)").contains("  #  line1  line2");
  }

  @Test
  void refuses_a_file_of_polygons_and_suggests_boundary_extract() throws Exception {
    Cli r = Cli.run("compare", file("polygon.geojson"), file("square_line2.geojson"));
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("feature 0 is a polygon, not a line").contains("groma boundary extract");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void refuses_lines_that_are_not_near_each_other_with_the_distance() throws Exception {
    Cli r = Cli.run("compare", file("square_line1.geojson"), file("far_line.geojson"));
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("the lines are not near each other: at their nearest they are 77");
  }

  @Test
  void refuses_a_reversed_line_and_a_bad_reference_point() throws Exception {
    Cli r = Cli.run("compare", file("square_line1.geojson"), file("square_line1.geojson"), "--a-point", "40.1");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("--a-point: expected LAT,LON");
  }

  @Test
  void a_missing_file_is_an_io_error_and_writes_nothing(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("r.geojson");
    Cli r = Cli.run("compare", dir.resolve("none.geojson").toString(), file("square_line2.geojson"),
        "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.IO_ERROR.code());
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void the_readme_reference_points_are_refused_as_ambiguous_unless_accepted_and_then_reported() throws Exception {
    String[] args = {"compare", file("osm_arm_aze.geojson"), file("ne_arm_aze.geojson"),
        "--a-point", "40.1811,44.5136", "--a-point", "40.64,45.50", "--json"};
    Cli refused = Cli.run(args);
    assertThat(refused.exitCode()).isEqualTo(3);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err()).contains("ambiguous").contains("line 1, part");
    String[] accepted = java.util.Arrays.copyOf(args, args.length + 1);
    accepted[args.length] = "--accept-ambiguous-orientation";
    Cli r = Cli.run(accepted);
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("orientation").get("acceptedAmbiguity")).isNotEmpty();
    assertThat(j.get("options").get("acceptAmbiguousOrientation").asBoolean()).isTrue();
  }

  @Test
  void a_territory_and_reference_points_together_are_bad_usage() throws Exception {
    Cli r = Cli.run("compare", file("osm_arm_aze.geojson"), file("ne_arm_aze.geojson"),
        "--a-point", "40.1811,44.5136", "--a-territory", "../data/osm_caucasus.geojson");
    assertThat(r.exitCode()).isEqualTo(2);
  }
}
