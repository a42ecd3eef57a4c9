package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transform, transformations and dms commands. Reference values from PROJ 9.1.1:
 * <pre>
 * GK8="+proj=tmerc +lat_0=0 +lon_0=45 +k=1 +x_0=8500000 +y_0=0 +ellps=krass +units=m"
 * echo "44.5136 40.1811" | cs2cs -f %.6f +proj=longlat +datum=WGS84 +to $GK8 +towgs84=25,-141,-78.5,0,0.35,0.736,0
 *   8458679.185492  4449842.018237   (EPSG:15865; Coordinate Frame, so +towgs84 rotation signs flipped)
 * echo "44.5136 40.1811" | cs2cs -f %.6f +proj=longlat +datum=WGS84 +to $GK8 +towgs84=686.1,-123.5,-574.4,8.045,-23.366,10.791,-2.926
 *   8458676.158695  4449836.547970   (EPSG:1808, Position Vector)
 * echo "40.1811 44.5136" | cs2cs -f %.6f EPSG:4326 EPSG:32638
 *   458590.849493  4447971.269818
 * </pre>
 */
class TransformCommandsTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void transforms_csv_rows_with_the_named_transformation_and_keeps_extra_columns(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.csv"), "lon,lat,name\n# Yerevan\n44.5136,40.1811,pillar 1\n\n");
    Cli r = Cli.run("geo", "transform", "--from", "EPSG:4326", "--to", "EPSG:28408",
        "--transformation", "EPSG:15865", "--input", in.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines()).containsExactly("lon,lat,name", "8458679.185492,4449842.018237,pillar 1");
  }

  @Test
  void the_same_point_with_another_transformation_lands_metres_away(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.csv"), "44.5136,40.1811\n");
    Cli r = Cli.run("geo", "transform", "--from", "EPSG:4326", "--to", "EPSG:28408",
        "--transformation", "EPSG:1808", "--input", in.toString(), "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("transformation").asText()).isEqualTo("EPSG:1808");
    assertThat(j.get("points").get(0).get(0).asDouble()).isCloseTo(8458676.158695, within(1e-3));
    assertThat(j.get("points").get(0).get(1).asDouble()).isCloseTo(4449836.547970, within(1e-3));
  }

  @Test
  void custom_seven_parameters_need_their_convention_and_honour_it(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.csv"), "44.5136,40.1811\n");
    String[] base = {"geo", "transform", "--from", "EPSG:4326", "--to", "EPSG:28408", "--input", in.toString(),
        "--towgs84", "25,-141,-78.5,0,-0.35,-0.736,0"};
    Cli missing = Cli.run(base);
    assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(missing.err()).contains("--towgs84 with rotations or scale needs --convention position-vector or "
        + "coordinate-frame");
    // EPSG:15865's own numbers, stated as Coordinate Frame: the EPSG result.
    Cli frame = Cli.run(concat(base, "--convention", "coordinate-frame"));
    assertThat(frame.out().strip()).isEqualTo("8458679.185492,4449842.018237");
    // The same numbers read as Position Vector: metres off.
    Cli vector = Cli.run(concat(base, "--convention", "position-vector"));
    String[] xy = vector.out().strip().split(",");
    double dx = Double.parseDouble(xy[0]) - 8458679.185492;
    double dy = Double.parseDouble(xy[1]) - 4449842.018237;
    assertThat(Math.hypot(dx, dy)).isGreaterThan(10);
  }

  @Test
  void utm_needs_no_transformation_and_refuses_one() {
    Cli r = Cli.run("geo", "transformations", "--from", "EPSG:4326", "--to", "EPSG:32638", "--at", "40", "45");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("no datum transformation applies");
  }

  @Test
  void a_datum_change_without_a_transformation_is_refused_listing_the_candidates(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.csv"), "44.5136,40.1811\n");
    Cli r = Cli.run("geo", "transform", "--from", "EPSG:4326", "--to", "EPSG:28408", "--input", in.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("a datum transformation must be stated, none is chosen silently")
        .contains("EPSG:15865").contains("EPSG:1808");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void a_transformation_that_does_not_fit_the_pair_is_refused(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.csv"), "44.5136,40.1811\n");
    Cli r = Cli.run("geo", "transform", "--from", "EPSG:4326", "--to", "EPSG:32638",
        "--transformation", "EPSG:1267", "--input", in.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("EPSG:1267").contains("does not apply to EPSG:4326");
  }

  @Test
  void an_unknown_crs_is_named() {
    Cli r = Cli.run("geo", "transformations", "--from", "EPSG:999999", "--to", "EPSG:4326", "--at", "40", "45");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("EPSG:999999");
  }

  @Test
  void a_bad_row_names_its_line_and_writes_nothing(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.csv"), "x,y\n458590.85,4447971.27\n458590.85,NaN\n");
    Cli r = Cli.run("geo", "transform", "--from", "EPSG:32638", "--to", "EPSG:4326", "--input", in.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("row 3: y is not a decimal number: \"NaN\"");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void a_point_far_outside_its_zone_names_its_row(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.csv"), "44.5,40.2\n10.0,40.2\n");
    Cli r = Cli.run("geo", "transform", "--from", "EPSG:4326", "--to", "EPSG:32638", "--input", in.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("row 2: ");
  }

  @Test
  void a_mistyped_first_row_is_an_error_not_a_header_and_a_byte_order_mark_is_ignored(@TempDir Path dir)
      throws Exception {
    Path typo = Files.writeString(dir.resolve("typo.csv"), "44.5x,40.2\n44.6,40.3\n");
    Cli r = Cli.run("geo", "transform", "--from", "EPSG:4326", "--to", "EPSG:32638", "--input", typo.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("row 1: x is not a decimal number: \"44.5x\"");

    Path bom = Files.writeString(dir.resolve("bom.csv"), "\uFEFF44.5136,40.1811\n");
    Cli b = Cli.run("geo", "transform", "--from", "EPSG:4326", "--to", "EPSG:32638", "--input", bom.toString());
    assertThat(b.out().strip()).isEqualTo("458590.849493,4447971.269818");
  }

  @Test
  void malformed_option_choices_are_usage_errors(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.csv"), "44.5136,40.1811\n");
    String[] base = {"geo", "transform", "--from", "EPSG:4326", "--to", "EPSG:28408", "--input", in.toString()};
    Cli five = Cli.run(concat(base, "--towgs84", "1,2,3,4,5"));
    assertThat(five.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(five.err()).contains("--towgs84 takes 3 or 7 numbers (tx,ty,tz[,rx,ry,rz,ds]), got 5");
    Cli twice = Cli.run(concat(base, "--towgs84", "1,2,3", "--towgs84", "0,0,0,0"));
    assertThat(twice.exitCode()).isEqualTo(ExitCode.USAGE.code());
    Cli convention = Cli.run(concat(base, "--towgs84", "1,2,3,0,0,1,0", "--convention", "frame"));
    assertThat(convention.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(convention.err()).contains("--convention must be position-vector or coordinate-frame, got 'frame'");
    assertThat(Cli.run(concat(base, "--axis-order", "yx")).exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(Cli.run("geo", "dms", "40.5", "--to", "grads").exitCode()).isEqualTo(ExitCode.USAGE.code());
    Cli decimals = Cli.run("geo", "dms", "40.5", "--decimals", "10");
    assertThat(decimals.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(decimals.err()).contains("--decimals must be 0 to 9 with --to dms, got 10");
    Cli at = Cli.run("geo", "transformations", "--from", "EPSG:4284", "--to", "EPSG:4326",
        "--at", "40", "44", "--at", "60", "170");
    assertThat(at.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(at.err()).contains("--at takes one LAT LON pair, got 4 values");
  }

  @Test
  void a_folder_given_as_input_is_an_io_error_naming_it(@TempDir Path dir) {
    Cli r = Cli.run("geo", "transform", "--from", "EPSG:4326", "--to", "EPSG:32638", "--input", dir.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.IO_ERROR.code());
    assertThat(r.err()).contains(dir.toString());
  }

  @Test
  void utm_round_trip_returns_the_input(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.csv"), "44.5136,40.1811\n");
    Cli there = Cli.run("geo", "transform", "--from", "EPSG:4326", "--to", "EPSG:32638", "--input", in.toString());
    assertThat(there.out().strip()).isEqualTo("458590.849493,4447971.269818");
    Path back = Files.writeString(dir.resolve("back.csv"), there.out());
    Cli home = Cli.run("geo", "transform", "--from", "EPSG:32638", "--to", "EPSG:4326", "--input", back.toString());
    String[] xy = home.out().strip().split(",");
    assertThat(Double.parseDouble(xy[0])).isCloseTo(44.5136, within(1e-10));
    assertThat(Double.parseDouble(xy[1])).isCloseTo(40.1811, within(1e-10));
  }

  @Test
  void utm_zone_is_chosen_from_the_first_row_and_reported(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.csv"), "44.5136,40.1811\n");
    Cli r = Cli.run("geo", "transform", "--from", "EPSG:4326", "--to", "UTM", "--input", in.toString(), "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("row 1 lies in EPSG:32638 (WGS 84 / UTM zone 38N)");
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("to").asText()).isEqualTo("EPSG:32638");
    assertThat(j.get("points").get(0).get(0).asDouble()).isCloseTo(458590.849493, within(1e-6));
    // Bergen lies in 31V by longitude but in 32V by the Norway exception.
    Path bergen = Files.writeString(dir.resolve("bergen.csv"), "5.32,60.39\n");
    Cli b = Cli.run("geo", "transform", "--from", "EPSG:4326", "--to", "utm", "--input", bergen.toString());
    assertThat(b.err()).contains("EPSG:32632");
  }

  @Test
  void epsg_axis_order_reads_latitude_first_for_epsg_4326(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.csv"), "40.1811,44.5136\n");
    Cli r = Cli.run("geo", "transform", "--from", "EPSG:4326", "--to", "EPSG:32638", "--axis-order", "epsg",
        "--input", in.toString());
    assertThat(r.out().strip()).isEqualTo("458590.849493,4447971.269818");
  }

  @Test
  void transformations_at_yerevan_lists_the_regional_candidates_and_their_spread() throws Exception {
    Cli r = Cli.run("geo", "transformations", "--from", "EPSG:4284", "--to", "EPSG:4326",
        "--at", "40.1811", "44.5136", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("candidates").findValuesAsText("code")).contains("EPSG:15865", "EPSG:1808");
    assertThat(j.get("maxDistanceM").asDouble()).isGreaterThan(1);

    Cli all = Cli.run("geo", "transformations", "--from", "EPSG:28408", "--to", "EPSG:4326",
        "--at", "40°10′52″N", "44°30′49″E", "--all", "--json");
    JsonNode k = JSON.readTree(all.out());
    assertThat(k.get("candidates").findValuesAsText("code")).contains("EPSG:1267", "EPSG:15865", "EPSG:1808", "EPSG:5044");
    JsonNode d = null;
    for (JsonNode e : k.get("distances")) {
      if (e.get("codeA").asText().equals("EPSG:1267") && e.get("codeB").asText().equals("EPSG:15865")) {
        d = e;
      }
    }
    assertThat(d).isNotNull();
    // docs/design.md, "Geodesy conventions": proj4j's EPSG:1267 and Apache SIS's EPSG:15865 differ by about 2.8 m.
    assertThat(d.get("distanceM").asDouble()).isCloseTo(2.8, within(0.1));
  }

  @Test
  void dms_reads_treaty_notations_and_writes_the_stated_decimals() throws Exception {
    Cli r = Cli.run("geo", "dms", "40°30′15.123″N", "40 30 15,123 с.ш.", "N 40.504201", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get(0).get("degrees").asDouble()).isEqualTo(40.504200833333336);
    assertThat(j.get(1).get("degrees").asDouble()).isEqualTo(40.504200833333336);
    assertThat(j.get(2).get("formatted").asText()).isEqualTo("40°30′15.124″N");
    assertThat(Cli.run("geo", "dms", "40.5042008333", "--style", "russian", "--axis", "lat").out().strip())
        .isEqualTo("40°30′15,123″ с.ш.");
    assertThat(Cli.run("geo", "dms", "40°30′15.123″N", "--to", "decimal", "--decimals", "6").out().strip())
        .isEqualTo("40.504201°N");
  }

  @Test
  void a_malformed_dms_names_the_part_and_position() {
    Cli r = Cli.run("geo", "dms", "40°75′10″N");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("ANGLE 1: \"40°75′10″N\": minutes 75 at position 3 must be less than 60");
  }

  @Test
  void geodesic_commands_accept_dms_arguments() throws Exception {
    Cli r = Cli.run("geo", "inverse", "40°10′51.96″N", "44°30′48.96″E", "40°22′39.72″N", "49°53′31.2″E", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(JSON.readTree(r.out()).get("distanceM").asDouble()).isCloseTo(457854.738164299, within(1e-6));
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
