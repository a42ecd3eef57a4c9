package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoCommandsTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void inverse_prints_the_GeodSolve_distance_and_azimuths_as_json() throws Exception {
    // echo 40.1811 44.5136 40.3777 49.892 | GeodSolve -i -p 9
    // -> 85.53018162694852 89.00889829916359 457854.738164299
    Cli r = Cli.run("geo", "inverse", "40.1811", "44.5136", "40.3777", "49.892", "--json");
    assertThat(r.exitCode()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("distanceM").asDouble()).isCloseTo(457854.738164299, within(1e-6));
    assertThat(j.get("azimuth1Deg").asDouble()).isCloseTo(85.53018162694852, within(1e-9));
    assertThat(j.get("azimuth2Deg").asDouble()).isCloseTo(89.00889829916359, within(1e-9));
  }

  @Test
  void inverse_prints_text_for_people() {
    Cli r = Cli.run("geo", "inverse", "40.1811", "44.5136", "40.3777", "49.892");
    assertThat(r.out()).contains("distance   457854.738164 m").contains("azimuth 1  85.530181627°");
  }

  @Test
  void direct_prints_the_GeodSolve_end_point_as_json() throws Exception {
    // echo 40.1811 44.5136 47.5 100000 | GeodSolve -p 9
    // -> 40.78621989922644 45.38708277304485 48.06710654307975
    Cli r = Cli.run("geo", "direct", "40.1811", "44.5136", "47.5", "100000", "--json");
    assertThat(r.exitCode()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("latDeg").asDouble()).isCloseTo(40.78621989922644, within(1e-11));
    assertThat(j.get("lonDeg").asDouble()).isCloseTo(45.38708277304485, within(1e-11));
    assertThat(j.get("azimuthDeg").asDouble()).isCloseTo(48.06710654307975, within(1e-9));
  }

  @Test
  void rhumb_prints_the_RhumbSolve_distance_and_azimuth_as_json() throws Exception {
    // echo 40.1811 44.5136 40.3777 49.892 | RhumbSolve -i -p 9 -> 87.26752708073988 457925.046423764 …
    Cli r = Cli.run("geo", "rhumb", "40.1811", "44.5136", "40.3777", "49.892", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("distanceM").asDouble()).isCloseTo(457925.046423764, within(1e-6));
    assertThat(j.get("azimuthDeg").asDouble()).isCloseTo(87.26752708073988, within(1e-9));
  }

  @Test
  void negative_coordinates_are_values_not_options() throws Exception {
    Cli r = Cli.run("geo", "inverse", "-33.9", "-70.5", "-34.6", "-58.4", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(JSON.readTree(r.out()).get("distanceM").asDouble()).isGreaterThan(1e6);
  }

  @Test
  void measure_gives_geodesic_lengths_and_areas_with_holes() throws Exception {
    Path file = Path.of(getClass().getResource("/cli/measure.geojson").toURI());
    Cli r = Cli.run("geo", "measure", file.toString(), "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode f = JSON.readTree(r.out()).get("features");
    // Planimeter and GeodSolve values; the commands are in measure.README.md.
    assertThat(f.get(0).get("geometry").asText()).isEqualTo("LineString");
    assertThat(f.get(0).get("lengthM").asDouble()).isCloseTo(457854.738164299, within(1e-6));
    assertThat(f.get(1).get("geometry").asText()).isEqualTo("Polygon");
    assertThat(f.get(1).get("areaM2").asDouble())
        .isCloseTo(18825200194.31165 - 188673142.39308, within(1e-3));
    assertThat(f.get(1).get("perimeterM").asDouble()).isCloseTo(561139.3458353601 + 56190.7628232963, within(1e-6));
    assertThat(f.get(2).get("geometry").asText()).isEqualTo("MultiLineString");
    assertThat(f.get(2).get("lengthM").asDouble()).isCloseTo(2 * 457854.738164299, within(2e-6));
  }

  @Test
  void measure_refuses_a_file_in_latitude_longitude_order_naming_the_position() throws Exception {
    Path file = Path.of(getClass().getResource("/cli/swapped.geojson").toURI());
    Cli r = Cli.run("geo", "measure", file.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("feature 0 (id \"post-7\"), position 1: [40.5, 95.25] looks like latitude, "
        + "longitude order (latitude 95.25° is out of range); GeoJSON (RFC 7946) requires longitude, latitude");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void measure_with_a_region_catches_swaps_that_stay_in_range() throws Exception {
    Path file = Path.of(getClass().getResource("/cli/swapped_in_range.geojson").toURI());
    assertThat(Cli.run("geo", "measure", file.toString()).exitCode()).isZero();
    Cli r = Cli.run("geo", "measure", file.toString(), "--region", "43,38,51,42.5");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("feature 0, position 0: [40.2, 44.5] lies outside the expected region "
        + "43.0,38.0,51.0,42.5 but its swap lies inside: it looks like latitude, longitude order");
  }

  @Test
  void measure_refuses_empty_and_truncated_files(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.geojson"), "");
    Cli r = Cli.run("geo", "measure", empty.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("empty.geojson: the file is empty");

    Path cut = Files.writeString(dir.resolve("cut.geojson"),
        "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\",\n \"geometry\": {\"type\": \"Point\", \"coord");
    r = Cli.run("geo", "measure", cut.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("cut.geojson: not valid JSON at line 2");
  }

  @Test
  void measure_of_a_missing_file_is_an_io_error(@TempDir Path dir) {
    Cli r = Cli.run("geo", "measure", dir.resolve("nowhere.geojson").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.IO_ERROR.code());
    assertThat(r.err()).contains("no such file: ").contains("nowhere.geojson");
  }

  @Test
  void invalid_polygons_are_refused_instead_of_measured() throws Exception {
    Cli bowtie = Cli.run("geo", "measure", Path.of(getClass().getResource("/cli/bowtie.geojson").toURI()).toString());
    assertThat(bowtie.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(bowtie.err()).contains("feature 0: invalid polygon: Self-intersection at or near [44.5, 40.5]");
    assertThat(bowtie.out()).isEmpty();
    Cli hole = Cli.run("geo", "measure",
        Path.of(getClass().getResource("/cli/hole_outside.geojson").toURI()).toString());
    assertThat(hole.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(hole.err()).contains("feature 0: invalid polygon: Hole lies outside shell");
  }

  @Test
  void a_feature_without_location_is_listed_without_measures() throws Exception {
    Cli r = Cli.run("geo", "measure",
        Path.of(getClass().getResource("/cli/null_geometry.geojson").toURI()).toString(), "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode f = JSON.readTree(r.out()).get("features").get(0);
    assertThat(f.get("id").asText()).isEqualTo("unlocated");
    assertThat(f.get("geometry").isNull()).isTrue();
    assertThat(f.has("areaM2")).isFalse();
  }

  @Test
  void text_after_the_geojson_object_is_refused(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("extra.geojson"),
        "{\"type\": \"FeatureCollection\", \"features\": []} trailing");
    Cli r = Cli.run("geo", "measure", file.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("extra.geojson: not valid JSON");
  }

  @Test
  void a_bad_region_is_named(@TempDir Path dir) throws Exception {
    Path file = Path.of(getClass().getResource("/cli/measure.geojson").toURI());
    Cli r = Cli.run("geo", "measure", file.toString(), "--region", "a,b");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("--region: region \"a,b\" must be four numbers west,south,east,north");
  }

  @Test
  void an_unclosed_ring_is_refused_with_its_place() throws Exception {
    Path file = Path.of(getClass().getResource("/cli/open_ring.geojson").toURI());
    Cli r = Cli.run("geo", "measure", file.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("feature 0, ring 1: a GeoJSON ring needs at least 4 positions and must end "
        + "where it starts (RFC 7946, 3.1.6)");
  }

  @Test
  void out_of_range_and_non_numeric_arguments_are_bad_input_naming_the_argument() {
    Cli r = Cli.run("geo", "inverse", "40", "44", "95", "1");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("groma: bad input: LAT2: \"95\": latitude 95 at position 0 is outside [-90°, 90°]");
    r = Cli.run("geo", "direct", "40", "44", "NaN", "10");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("AZIMUTH_DEG: \"NaN\": unexpected 'a' at position 1");
    r = Cli.run("geo", "inverse", "40", "forty-four", "41", "45");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("LON1: \"forty-four\": unexpected 'f' at position 0");
    r = Cli.run("geo", "direct", "40", "44", "10", "ten");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("DISTANCE_M is not a decimal number: \"ten\"");
    r = Cli.run("geo", "direct", "40", "44", "10", "0x1p5");
    assertThat(r.err()).contains("DISTANCE_M is not a decimal number: \"0x1p5\"");
  }

  @Test
  void missing_arguments_and_unknown_options_are_usage_errors() {
    Cli r = Cli.run("geo", "inverse", "40", "44");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("Missing required parameters: 'LAT2', 'LON2'")
        .contains("Try 'groma geo inverse --help'");
    assertThat(Cli.run("geo", "inverse", "--frobnicate").exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(Cli.run("nosuchcommand").exitCode()).isEqualTo(ExitCode.USAGE.code());
  }
}
