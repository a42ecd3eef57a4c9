package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimplifyCommandTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** The ARM–AZE lines from boundary extract, simplified to 50 m; every Hausdorff figure within the bound. */
  @Test
  void simplifies_the_extracted_boundary_within_the_bound() throws Exception {
    Path lines = dir.resolve("lines.geojson");
    Cli e = Cli.run("boundary", "extract", BoundaryCommandTest.NE, BoundaryCommandTest.NE, "--a-filter",
        "name=Armenia", "--b-filter", "name=Azerbaijan", "--out", lines.toString());
    assertThat(e.exitCode()).as(e.err()).isZero();
    Path out = dir.resolve("simple.geojson");
    Cli r = Cli.run("simplify", lines.toString(), "--max-deviation-m", "50", "--json", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("lines")).hasSize(5);
    int in = 0;
    int kept = 0;
    for (JsonNode l : j.get("lines")) {
      assertThat(l.get("hausdorffM").asDouble()).isLessThanOrEqualTo(50.0);
      in += l.get("inputVertices").asInt();
      kept += l.get("keptVertices").asInt();
    }
    assertThat(kept).isLessThan(in);
    JsonNode fc = JSON.readTree(out.toFile());
    JsonNode ring = fc.get("features").get(2).get("geometry").get("coordinates");
    assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
    assertThat(fc.get("features").get(0).get("properties").get("leftSide").asText()).isEqualTo("Armenia");
  }

  @Test
  void keeps_the_points_asked_for() throws Exception {
    Path f = dir.resolve("line.geojson");
    Files.writeString(f, "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\","
        + "\"coordinates\":[[45,40],[45,40.001],[45,40.002],[45,40.003],[45,40.004]]}}");
    Cli r = Cli.run("simplify", f.toString(), "--max-deviation-m", "10", "--keep", "40.002,45", "--out",
        dir.resolve("o.geojson").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("5 → 3 vertices");
    assertThat(Files.readString(dir.resolve("o.geojson"))).contains("[45.0,40.002]");
  }

  @Test
  void a_keep_point_that_is_not_a_vertex_is_refused() throws Exception {
    Path f = dir.resolve("line.geojson");
    Files.writeString(f, "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\","
        + "\"coordinates\":[[45,40],[45,40.004]]}}");
    Cli r = Cli.run("simplify", f.toString(), "--max-deviation-m", "10", "--keep", "40.001,45");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("is not a vertex of any line").contains("nearest vertex 111.");
  }

  @Test
  void a_file_without_lines_and_a_bad_bound_are_refused() {
    Cli r = Cli.run("simplify", BoundaryCommandTest.NE, "--max-deviation-m", "10");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("no LineString or MultiLineString feature");
    r = Cli.run("simplify", BoundaryCommandTest.NE, "--max-deviation-m", "ten");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
  }

  @Test
  void simplify_out_recomputes_the_length_of_each_shortened_extract_line(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path line = dir.resolve("line.geojson");
    Path out = dir.resolve("simplified.geojson");
    Cli e = Cli.run("boundary", "extract", "../data/osm_caucasus.geojson", "../data/osm_caucasus.geojson",
        "--a-filter", "A3=ARM", "--b-filter", "A3=AZE", "--out", line.toString());
    org.assertj.core.api.Assertions.assertThat(e.exitCode()).as(e.err()).isZero();
    org.assertj.core.api.Assertions.assertThat(Cli.run("simplify", line.toString(), "--max-deviation-m", "200",
        "--out", out.toString()).exitCode()).isZero();
    com.fasterxml.jackson.databind.JsonNode before = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(java.nio.file.Files.readString(line)).get("features").get(0);
    com.fasterxml.jackson.databind.JsonNode after = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(java.nio.file.Files.readString(out)).get("features").get(0);
    java.util.List<org.groma.geo.GeoPoint> pts = new java.util.ArrayList<>();
    after.get("geometry").get("coordinates").forEach(c -> pts.add(org.groma.geo.GeoPoint.ofLonLat(c.get(0).asDouble(), c.get(1).asDouble())));
    double expected = org.groma.geo.geodesic.Geodesics.WGS84.lengthM(pts);
    org.assertj.core.api.Assertions.assertThat(after.get("properties").get("lengthM").asDouble()).isEqualTo(expected)
        .isLessThan(before.get("properties").get("lengthM").asDouble());
  }
}
