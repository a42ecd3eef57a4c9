package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code groma boundary extract} on the shipped data (figures from PostGIS, see geo's boundary fixtures). */
class BoundaryCommandTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String OSM = Path.of("..", "data", "osm_caucasus.geojson").toString();
  static final String NE = Path.of("..", "data", "ne10m_caucasus.geojson").toString();

  /** ST_Length(geography) of the merged ARM–AZE lines, geo/src/test/resources/boundary/postgis_*.txt. */
  static final double POSTGIS_OSM_M = 900057.0875193872;
  static final double POSTGIS_NE_M = 755562.9847546776;

  @TempDir Path dir;

  @Test
  void extracts_the_ARM_AZE_boundary_from_one_file_with_two_filters() throws Exception {
    Path out = dir.resolve("lines.geojson");
    Cli r = Cli.run("boundary", "extract", OSM, OSM, "--a-filter", "A3=ARM", "--b-filter", "A3=AZE", "--json",
        "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("partyA").asText()).isEqualTo("ARM");
    assertThat(j.get("parts")).hasSize(8);
    assertThat(j.get("totalLengthM").asDouble()).isCloseTo(POSTGIS_OSM_M, within(POSTGIS_OSM_M * 1e-9));
    List<String> thirds = new ArrayList<>();
    j.get("tripoints").forEach(t -> thirds.add(t.get("thirdParty").asText()));
    assertThat(thirds).containsExactlyInAnyOrder("GEO", "IRN", "IRN", "IRN", "TUR");
    assertThat(j.get("overlapAreaM2").asDouble()).isCloseTo(81494764.305, within(1.0));
    assertThat(j.get("sources").get(0).asText()).contains("OpenStreetMap-derived").contains("ODbL");

    JsonNode fc = JSON.readTree(out.toFile());
    assertThat(fc.get("features")).hasSize(8);
    JsonNode first = fc.get("features").get(0);
    assertThat(first.get("geometry").get("type").asText()).isEqualTo("LineString");
    assertThat(first.get("properties").get("lengthM").asDouble()).isCloseTo(292447.39208088093, within(1e-3));
    assertThat(first.get("properties").get("leftSide").asText()).isEqualTo("ARM");
    // Source ids are file names (no ';', as table and describe require); the credit travels beside them.
    assertThat(first.get("properties").get("sources").get(0).asText()).endsWith("osm_caucasus.geojson")
        .doesNotContain(";");
    assertThat(first.get("properties").get("sourceCredits").get(0).asText()).contains("© OpenStreetMap contributors");
  }

  @Test
  void prints_parts_rings_and_tripoints_for_people() {
    Cli r = Cli.run("boundary", "extract", NE, NE, "--a-filter", "name=Armenia", "--b-filter", "name=Azerbaijan");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("total length  755562.98475").contains("in 5 parts")
        .contains("closed ring enclosing Armenia").contains("closed ring enclosing Azerbaijan")
        .contains("tripoint with Georgia").contains("tripoint with Turkey").contains("Made with Natural Earth");
  }

  @Test
  void a_third_file_names_the_third_parties() {
    Cli r = Cli.run("boundary", "extract", NE, NE, "--a-filter", "name=Armenia", "--b-filter", "name=Azerbaijan",
        "--third", NE, "--third-filter", "name=Iran", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"thirdParty\" : \"Iran\"").doesNotContain("\"thirdParty\" : \"Georgia\"");
  }

  @Test
  void a_filter_matching_nothing_lists_the_values_present() {
    Cli r = Cli.run("boundary", "extract", OSM, OSM, "--a-filter", "A3=ARN", "--b-filter", "A3=AZE");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("--a-filter A3=ARN matches no polygon feature")
        .contains("values of A3 there: ARM, AZE, GEO, IRN, TUR");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void a_self_intersecting_territory_is_refused_and_repaired_only_when_asked() throws Exception {
    Path bowtie = dir.resolve("a.geojson");
    Files.writeString(bowtie, "{\"type\":\"Feature\",\"properties\":{\"name\":\"A\"},\"geometry\":{\"type\":"
        + "\"Polygon\",\"coordinates\":[[[45,40],[45.01,40.01],[45.01,40],[45,40.01],[45,40]]]}}");
    Path square = dir.resolve("b.geojson");
    Files.writeString(square, "{\"type\":\"Feature\",\"properties\":{\"name\":\"B\"},\"geometry\":{\"type\":"
        + "\"Polygon\",\"coordinates\":[[[45.01,40],[45.02,40],[45.02,40.01],[45.01,40.01],[45.01,40]]]}}");
    Cli refused = Cli.run("boundary", "extract", bowtie.toString(), square.toString());
    assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(refused.err()).contains("a.geojson").containsIgnoringCase("self-intersection");
    assertThat(refused.out()).isEmpty();

    Cli repaired = Cli.run("boundary", "extract", bowtie.toString(), square.toString(), "--repair", "--json");
    assertThat(repaired.exitCode()).as(repaired.err()).isZero();
    JsonNode j = JSON.readTree(repaired.out());
    assertThat(j.get("repairs")).hasSize(1);
    assertThat(j.get("repairs").get(0).asText()).contains("a.geojson: feature 0: repaired").contains("parts 1 -> 2");
    assertThat(j.get("totalLengthM").asDouble()).as("the shared edge, 0.01° of meridian at 40°N")
        .isCloseTo(1110.5, within(1.0));
  }

  @Test
  void a_file_with_no_polygons_is_refused() throws Exception {
    Path f = dir.resolve("line.geojson");
    Files.writeString(f, "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\","
        + "\"coordinates\":[[45,40],[45.1,40.1]]}}");
    Cli r = Cli.run("boundary", "extract", f.toString(), NE);
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("no Polygon or MultiPolygon feature");
  }

  @Test
  void swapped_axes_are_refused() throws Exception {
    Path f = dir.resolve("swapped.geojson");
    Files.writeString(f, "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\","
        + "\"coordinates\":[[[40,95],[40,96],[41,96],[40,95]]]}}");
    Cli r = Cli.run("boundary", "extract", f.toString(), NE);
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("latitude, longitude order");
  }

  @Test
  void swapped_axes_within_range_are_caught_by_the_region() throws Exception {
    Path f = dir.resolve("swapped.geojson");
    Files.writeString(f, "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\","
        + "\"coordinates\":[[[40,45],[40,46],[41,46],[40,45]]]}}");
    Cli r = Cli.run("boundary", "extract", f.toString(), NE, "--region", "43,38,51,42.5");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("its swap lies inside");
  }

  @Test
  void empty_and_truncated_files_are_refused() throws Exception {
    Path empty = dir.resolve("empty.geojson");
    Files.writeString(empty, "");
    Cli r = Cli.run("boundary", "extract", empty.toString(), NE);
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("empty");
    Path truncated = dir.resolve("truncated.geojson");
    Files.writeString(truncated, Files.readString(Path.of(NE)).substring(0, 5000));
    r = Cli.run("boundary", "extract", truncated.toString(), NE);
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("not valid JSON");
  }

  @Test
  void territories_that_do_not_touch_are_refused_with_their_distance() {
    Cli r = Cli.run("boundary", "extract", NE, NE, "--a-filter", "name=Georgia", "--b-filter", "name=Iran");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("Georgia and Iran share no boundary").contains("closest approach");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void the_same_feature_for_both_parties_is_refused() {
    Cli r = Cli.run("boundary", "extract", NE, NE, "--a-filter", "name=Armenia", "--b-filter", "name=Armenia");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("select the same feature");
  }

  @Test
  void a_malformed_filter_or_tolerance_is_refused() {
    Cli r = Cli.run("boundary", "extract", NE, NE, "--a-filter", "Armenia");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("must be KEY=VALUE");
    r = Cli.run("boundary", "extract", NE, NE, "--a-filter", "name=Armenia", "--b-filter", "name=Azerbaijan",
        "--snap-m", "5000");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("snapping tolerance");
  }
}
