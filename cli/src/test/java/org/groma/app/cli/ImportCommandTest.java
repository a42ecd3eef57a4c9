package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code groma import}: summary, JSON, --out GeoJSON, layers, and the exit codes of bad input. */
class ImportCommandTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  static String fixture(String name) throws Exception {
    return Path.of(ImportCommandTest.class.getResource("/io/gdal/" + name).toURI()).toString();
  }

  @Test
  void prints_a_summary_of_a_kml_file() throws Exception {
    Cli r = Cli.run("import", fixture("arm.kml"));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("format          kml")
        .contains("crs             OGC:CRS84 (WGS 84")
        .contains("transformation  none")
        .contains("features        1 (MultiPolygon 1)")
        .contains("vertices        991")
        .contains("bbox            43.447140000,38.841490000,46.633310000,41.299940000 (W,S,E,N degrees)");
  }

  @Test
  void json_summary_and_out_geojson_of_a_soviet_grid_csv() throws Exception {
    Path out = dir.resolve("line.geojson");
    Cli r = Cli.run("import", fixture("arm_gk8_epsg15865.csv"), "--crs", "EPSG:28408", "--transformation",
        "EPSG:15865", "--x-column", "Y", "--y-column", "X", "--part-column", "part", "--order-column", "seq",
        "--delimiter", ";", "--out", out.toString(), "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("format").asText()).isEqualTo("csv");
    assertThat(j.get("crs").asText()).isEqualTo("EPSG:28408");
    assertThat(j.get("transformation").asText()).isEqualTo("EPSG:15865");
    assertThat(j.get("vertices").asLong()).isEqualTo(200);
    assertThat(j.get("geometryTypes").get("LineString").asInt()).isEqualTo(1);
    JsonNode written = JSON.readTree(Files.readString(out));
    assertThat(written.get("type").asText()).isEqualTo("FeatureCollection");
    JsonNode first = written.get("features").get(0).get("geometry").get("coordinates").get(0);
    // cs2cs: 43.475230004916 41.123420001353 (arm_gk8_epsg15865_to_wgs84.txt)
    assertThat(first.get(0).asDouble()).isCloseTo(43.475230004916, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(first.get(1).asDouble()).isCloseTo(41.123420001353, org.assertj.core.api.Assertions.within(1e-9));
    // what was written reads back the same way
    Cli back = Cli.run("import", out.toString(), "--json");
    assertThat(JSON.readTree(back.out()).get("vertices").asLong()).isEqualTo(200);
  }

  @Test
  void lists_geopackage_layers() throws Exception {
    Cli r = Cli.run("import", "--list-layers", fixture("arm_utm38n.gpkg"));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("armenia_utm38n  MULTIPOLYGON  EPSG:32638  1 features");
  }

  @Test
  void a_pulkovo_csv_without_a_transformation_exits_3_and_writes_nothing() throws Exception {
    Path out = dir.resolve("never.geojson");
    Cli r = Cli.run("import", fixture("arm_gk8_epsg15865.csv"), "--crs", "EPSG:28408", "--x-column", "Y",
        "--y-column", "X", "--delimiter", ";", "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("groma: bad input: ").contains("Candidates: EPSG:");
    assertThat(out).doesNotExist();
  }

  @Test
  void repair_reports_what_changed() throws Exception {
    Path bowtie = dir.resolve("bowtie.geojson");
    Files.writeString(bowtie, "{\"type\": \"Feature\", \"properties\": {}, \"geometry\": {\"type\": \"Polygon\", "
        + "\"coordinates\": [[[44, 40], [45, 41], [45, 40], [44, 41], [44, 40]]]}}");
    Cli refused = Cli.run("import", bowtie.toString());
    assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(refused.err()).contains("Self-intersection").contains("--repair");
    Cli r = Cli.run("import", bowtie.toString(), "--repair", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode repair = JSON.readTree(r.out()).get("repairs").get(0);
    assertThat(repair.get("partsBefore").asInt()).isEqualTo(1);
    assertThat(repair.get("partsAfter").asInt()).isEqualTo(2);
    assertThat(JSON.readTree(r.out()).get("geometryTypes").get("MultiPolygon").asInt()).isEqualTo(1);
  }

  @Test
  void usage_errors_exit_2_and_missing_files_exit_4() throws Exception {
    Cli format = Cli.run("import", fixture("arm.kml"), "--input-format", "shp");
    assertThat(format.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(format.err()).contains("unknown format \"shp\"");
    Cli csvOnly = Cli.run("import", fixture("arm.kml"), "--part-column", "p");
    assertThat(csvOnly.exitCode()).isEqualTo(ExitCode.USAGE.code());
    Cli missing = Cli.run("import", dir.resolve("nowhere.gpx").toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCode.IO_ERROR.code());
    assertThat(missing.err()).contains("no such file");
  }
}
