package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code groma table} and {@code groma describe}: golden outputs (src/test/resources/delimitation/*.table.*,
 * *.describe.*; the commands are in that folder's README), the printed numbers against the GeodSolve and cs2cs
 * references, and bad input.
 */
class TableCommandTest {

  static final ObjectMapper JSON = new ObjectMapper();

  /** Printed to 0.001 m: half a unit, plus the reference tools' own agreement (10 nm). */
  static final double PRINTED_METRES = 0.0005 + 1e-8;

  /** Printed to 1e-9°: half a unit, plus 1e-9° for the azimuth's own accuracy. */
  static final double PRINTED_DEGREES = 0.5e-9 + 1e-9;

  static String file(String name) throws Exception {
    return Path.of(TableCommandTest.class.getResource("/delimitation/" + name).toURI()).toString();
  }

  static String golden(String name) throws IOException {
    try (InputStream in = TableCommandTest.class.getResourceAsStream("/delimitation/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<double[]> reference(String name) throws IOException {
    List<double[]> rows = new ArrayList<>();
    for (String line : golden(name).split("\n")) {
      rows.add(Arrays.stream(line.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray());
    }
    return rows;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "osm_arm_aze_stretch.table.csv; table osm_arm_aze_stretch.geojson --transformation EPSG:15865 --utm-zone 38N --format csv",
      "osm_arm_aze_stretch.table.json; table osm_arm_aze_stretch.geojson --transformation EPSG:15865 --utm-zone 38N --format json",
      "osm_arm_aze_stretch.table.md; table osm_arm_aze_stretch.geojson --transformation EPSG:15865 --utm-zone 38N --format md",
      "zone_border_48e.table.csv; table zone_border_48e.geojson --transformation EPSG:1267 --start-number 101 --format csv",
      "synthetic_section.table.md; table synthetic_section.geojson --no-sk42 --format md",
      "synthetic_section.describe.en.txt; describe synthetic_section.geojson --lang en",
      "synthetic_section.describe.ru.txt; describe synthetic_section.geojson --lang ru",
      "osm_arm_aze_stretch.describe.ru.txt; describe osm_arm_aze_stretch.geojson --lang ru --start-number 12",
  })
  void output_matches_the_golden_file(String goldenName, String commandLine) throws Exception {
    String[] args = commandLine.split(" ");
    args[1] = file(args[1]);
    Cli r = Cli.run(args);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(golden(goldenName));
  }

  @Test
  void printed_json_numbers_agree_with_GeodSolve_and_cs2cs() throws Exception {
    Cli r = Cli.run("table", file("osm_arm_aze_stretch.geojson"), "--transformation", "EPSG:15865", "--format", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.at("/transformation/code").asText()).isEqualTo("EPSG:15865");
    assertThat(root.at("/source/sha256").asText())
        .isEqualTo(org.groma.app.export.SourceFile.of(Path.of(file("osm_arm_aze_stretch.geojson"))).sha256());
    JsonNode rows = root.at("/parts/0/rows");
    List<double[]> geod = reference("osm_arm_aze_stretch.geodsolve.txt");
    List<double[]> utm = reference("osm_arm_aze_stretch.utm.txt");
    List<double[]> sk42 = reference("osm_arm_aze_stretch.sk42_epsg15865.txt");
    assertThat(rows.size()).isEqualTo(20);
    double cumulative = 0;
    for (int i = 0; i < 20; i++) {
      JsonNode row = rows.get(i);
      assertThat(row.get("latDeg").asDouble()).isCloseTo(utm.get(i)[0], within(PRINTED_DEGREES));
      assertThat(row.at("/utm/eastingM").asDouble()).isCloseTo(utm.get(i)[3], within(PRINTED_METRES));
      assertThat(row.at("/utm/northingM").asDouble()).isCloseTo(utm.get(i)[4], within(PRINTED_METRES));
      assertThat(row.at("/sk42/northingM").asDouble()).isCloseTo(sk42.get(i)[3], within(PRINTED_METRES));
      assertThat(row.at("/sk42/eastingM").asDouble()).isCloseTo(sk42.get(i)[4], within(PRINTED_METRES));
      assertThat(row.get("cumulativeM").asDouble()).isCloseTo(cumulative, within(PRINTED_METRES));
      if (i < 19) {
        double[] g = geod.get(i);
        assertThat(row.at("/next/lengthM").asDouble()).isCloseTo(g[6], within(PRINTED_METRES));
        assertThat(row.at("/next/azimuthForwardDeg").asDouble()).isCloseTo((g[4] + 360) % 360, within(PRINTED_DEGREES));
        assertThat(row.at("/next/azimuthBackDeg").asDouble()).isCloseTo((g[5] + 540) % 360, within(PRINTED_DEGREES));
        cumulative += g[6];
      }
    }
  }

  @Test
  void printed_dms_agrees_with_GeoConvert() throws Exception {
    // echo "lat lon" | GeoConvert -d -p 2 -:  ->  39:35:07.008N 045:46:46.380E
    Cli r = Cli.run("table", file("osm_arm_aze_stretch.geojson"), "--no-sk42");
    String[] records = r.out().split("\r\n");
    String[] reference = golden("osm_arm_aze_stretch.dms.txt").split("\n");
    assertThat(records).hasSize(reference.length + 1);
    for (int i = 0; i < reference.length; i++) {
      String[] cells = records[i + 1].split(",");
      String ours = colonForm(cells[3]) + " " + colonForm(cells[4]);
      String theirs = reference[i].replaceAll("(^|\\s)0+(?=\\d)", "$1"); // GeoConvert pads longitude degrees
      assertThat(ours).as("row %d", i).isEqualTo(theirs);
    }
  }

  static String colonForm(String dms) {
    return dms.replace("°", ":").replace("′", ":").replace("″", "");
  }

  @Test
  void csv_follows_rfc_4180() throws Exception {
    Cli r = Cli.run("table", file("osm_arm_aze_stretch.geojson"), "--transformation", "EPSG:1267");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).endsWith("\r\n").doesNotContain("\n\n");
    String[] records = r.out().split("\r\n");
    assertThat(records).hasSize(21);
    int columns = records[0].split(",", -1).length;
    assertThat(records[0]).contains("sk42_x_north_m_epsg1267", "sk42_y_east_m_epsg1267", "next_length_m");
    for (String rec : records) {
      assertThat(rec.split(",", -1)).hasSize(columns);
    }
  }

  @Test
  void a_multilinestring_gives_one_table_per_part_numbered_on_and_quotes_awkward_labels(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("two.geojson");
    Files.writeString(in, """
        {"type": "Feature", "properties": {"pillars": [["1, north", null], [null, "say \\"B\\""]]},
         "geometry": {"type": "MultiLineString", "coordinates": [
           [[45.0, 40.0], [45.01, 40.0]], [[45.01, 40.0], [45.02, 40.01]]]}}
        """);
    Cli r = Cli.run("table", in.toString(), "--no-sk42", "--start-number", "7");
    assertThat(r.exitCode()).as(r.err()).isZero();
    String[] records = r.out().split("\r\n");
    assertThat(records).hasSize(5);
    assertThat(records[1]).startsWith("1,7,\"1, north\",");
    assertThat(records[2]).startsWith("1,8,,");
    assertThat(records[3]).startsWith("2,9,,"); // parts of a MultiLineString stay separate tables
    assertThat(records[4]).startsWith("2,10,\"say \"\"B\"\"\",");
  }

  @Test
  void out_writes_the_file_and_nothing_to_standard_output(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("t.md");
    Cli r = Cli.run("table", file("synthetic_section.geojson"), "--no-sk42", "--format", "md", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out)).isEqualTo(golden("synthetic_section.table.md"));
  }

  @Test
  void refuses_a_polygon() throws Exception {
    Cli r = Cli.run("table", Path.of(getClass().getResource("/cli/measure.geojson").toURI()).toString(), "--no-sk42");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("feature 1: a turning-point table is made of lines (LineString or MultiLineString), got a Polygon");
  }

  @Test
  void refuses_an_empty_file_and_writes_no_output_file(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.geojson"), "");
    Path out = dir.resolve("out.csv");
    Cli r = Cli.run("table", empty.toString(), "--no-sk42", "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("the file is empty");
    assertThat(out).doesNotExist();
    Path none = Files.writeString(dir.resolve("none.geojson"), "{\"type\": \"FeatureCollection\", \"features\": []}");
    Cli d = Cli.run("describe", none.toString());
    assertThat(d.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(d.err()).contains("holds no features");
  }

  @Test
  void refuses_swapped_axes() throws Exception {
    Cli r = Cli.run("table", Path.of(getClass().getResource("/cli/swapped.geojson").toURI()).toString(), "--no-sk42");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("looks like latitude, longitude order");
  }

  @Test
  void refuses_swapped_axes_inside_the_stated_region(@TempDir Path dir) throws Exception {
    // [39.58, 45.78] is a valid position in both orders; only --region shows it is swapped.
    Path in = Files.writeString(dir.resolve("swapped.geojson"), """
        {"type": "Feature", "properties": {}, "geometry": {"type": "LineString",
         "coordinates": [[39.58528, 45.77955], [39.58559, 45.77712]]}}""");
    Cli r = Cli.run("describe", in.toString(), "--region", "43,38,51,42.5");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("position 0").contains("its swap lies inside");
  }

  @Test
  void refuses_a_table_without_a_transformation_listing_the_candidates() throws Exception {
    Cli r = Cli.run("table", file("osm_arm_aze_stretch.geojson"));
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("none is chosen silently", "EPSG:1267 (Pulkovo 1942 to WGS 84 (17))",
        "EPSG:15865 (Pulkovo 1942 to WGS 84 (16))", "--no-sk42");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "--utm-zone 39X; 2; must be a zone number 1-60 and a hemisphere letter",
      "--utm-zone 0N; 2; zone number 0 is outside 1 to 60",
      "--utm-zone 30N --no-sk42; 3; section P-1, turning point 1:",
      "--transformation EPSG:4326; 3; unknown datum transformation code",
      "--transformation EPSG:1267 --gk-zone 2; 3; zone 2 is outside 4 to 32",
      "--no-sk42 --transformation EPSG:1267; 2; cannot be combined",
      "--no-sk42 --format xlsx; 2; Invalid value for option '--format'",
      "--no-sk42 --start-number -1; 3; start number -1 is negative",
  })
  void refuses_bad_options(String options, int exitCode, String message) throws Exception {
    List<String> args = new ArrayList<>(List.of("table", file("osm_arm_aze_stretch.geojson")));
    args.addAll(Arrays.asList(options.split(" ")));
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isEqualTo(exitCode);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "{\"lineType\": \"straight\"}; unknown lineType \"straight\"",
      "{\"lineType\": \"follows-feature\"}; lineType follows-feature needs a property \"feature\"",
      "{\"status\": \"signed\"}; unknown status \"signed\"",
      "{\"sources\": \"sheet-1\"}; property sources must be an array",
      "{\"pillars\": [\"1\"]}; 1 pillar labels for 2 turning points",
  })
  void refuses_bad_properties(String properties, String message, @TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("p.geojson"), "{\"type\": \"Feature\", \"properties\": " + properties
        + ", \"geometry\": {\"type\": \"LineString\", \"coordinates\": [[45.0, 40.0], [45.01, 40.0]]}}");
    Cli r = Cli.run("table", in.toString(), "--no-sk42");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("p.geojson: feature 0").contains(message);
  }

  @Test
  void describe_refuses_a_language_the_feature_is_not_described_in(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("w.geojson"), """
        {"type": "Feature", "properties": {"lineType": "follows-feature", "feature": "the watershed"},
         "geometry": {"type": "LineString", "coordinates": [[45.0, 40.0], [45.01, 40.02], [45.02, 40.0]]}}""");
    assertThat(Cli.run("describe", in.toString()).out())
        .contains("From turning point 1 the line follows the watershed for");
    Cli ru = Cli.run("describe", in.toString(), "--lang", "ru");
    assertThat(ru.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(ru.err()).contains("described only in en", "Groma does not translate");
    assertThat(Cli.run("describe", in.toString(), "--lang", "de").exitCode()).isEqualTo(ExitCode.USAGE.code());
  }
}
