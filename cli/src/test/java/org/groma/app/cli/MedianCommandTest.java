package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MedianCommandTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  Path line(String name, double lon, double lat0, double lat1) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\","
        + "\"coordinates\":[[" + lon + "," + lat0 + "],[" + lon + "," + (lat0 + lat1) / 2 + "],[" + lon + "," + lat1
        + "]]}}");
    return f;
  }

  Path points(String name, String coordinates) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"MultiPoint\","
        + "\"coordinates\":" + coordinates + "}}");
    return f;
  }

  @Test
  void median_of_two_meridian_banks_with_catalogue() throws Exception {
    Path a = line("a.geojson", 45.0, 40.0, 40.02);
    Path b = line("b.geojson", 45.01, 40.0, 40.02);
    Path out = dir.resolve("median.geojson");
    Path csv = dir.resolve("catalogue.csv");
    Cli r = Cli.run("median", a.toString(), b.toString(), "--tolerance-m", "0.5", "--survey-date", "2024-05-01",
        "--json", "--out", out.toString(), "--catalogue", csv.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("type").asText()).isEqualTo("groma-median-line");
    assertThat(j.get("surveyDate").asText()).isEqualTo("2024-05-01");
    assertThat(j.get("maxDeviationM").asDouble()).isLessThanOrEqualTo(0.5);
    for (JsonNode v : j.get("vertices")) {
      assertThat(v.get("lonDeg").asDouble()).isBetween(45.005 - 2e-9, 45.005 + 2e-9);
      assertThat(Math.abs(v.get("residualM").asDouble())).isLessThanOrEqualTo(1e-3);
      assertThat(v.get("basepointsA")).isNotEmpty();
    }
    JsonNode fc = JSON.readTree(out.toFile());
    assertThat(fc.get("features").get(0).get("geometry").get("type").asText()).isEqualTo("LineString");
    assertThat(fc.get("features")).hasSize(1 + j.get("vertices").size());
    List<String> rows = Files.readAllLines(csv);
    assertThat(rows.getFirst()).startsWith("vertex,lat_deg,lon_deg,distance_a_m,distance_b_m,residual_m");
    assertThat(rows).hasSize(1 + j.get("vertices").size());
    assertThat(rows.get(1)).contains("part 0 ");
  }

  @Test
  void bad_input_exits_3_and_writes_nothing() throws Exception {
    Path a = line("a.geojson", 45.0, 40.0, 40.02);
    Path b = line("b.geojson", 45.01, 40.0, 40.02);
    Path out = dir.resolve("median.geojson");
    Path empty = dir.resolve("empty.geojson");
    Files.writeString(empty, "{\"type\":\"FeatureCollection\",\"features\":[]}");
    Path crossing = dir.resolve("x.geojson");
    Files.writeString(crossing, "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\","
        + "\"coordinates\":[[44.99,40.005],[45.02,40.01]]}}");
    Path degenerate = dir.resolve("d.geojson");
    Files.writeString(degenerate, "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\","
        + "\"coordinates\":[[45.02,40.005],[45.02,40.005]]}}");
    String[][] cases = {
        {a.toString(), empty.toString(), "--tolerance-m", "1"},
        {a.toString(), b.toString(), "--tolerance-m", "1", "--weight", "0"},
        {a.toString(), b.toString(), "--tolerance-m", "1", "--weight", "-2"},
        {a.toString(), crossing.toString(), "--tolerance-m", "1"},
        {a.toString(), a.toString(), "--tolerance-m", "1"},
        {a.toString(), degenerate.toString(), "--tolerance-m", "1"},
    };
    String[] expect = {"side B is empty", "weight", "weight", "cross", "overlap", "degenerate"};
    for (int i = 0; i < cases.length; i++) {
      String[] args = new String[cases[i].length + 5];
      args[0] = "median";
      System.arraycopy(cases[i], 0, args, 1, cases[i].length);
      args[cases[i].length + 1] = "--out";
      args[cases[i].length + 2] = out.toString();
      args[cases[i].length + 3] = "--catalogue";
      args[cases[i].length + 4] = dir.resolve("c.csv").toString();
      Cli r = Cli.run(args);
      assertThat(r.exitCode()).as("case %d: %s", i, r.err()).isEqualTo(ExitCode.BAD_INPUT.code());
      assertThat(r.err()).contains(expect[i]);
      assertThat(out).doesNotExist();
      assertThat(dir.resolve("c.csv")).doesNotExist();
    }
    Cli one = Cli.run("median", a.toString(), "--tolerance-m", "1");
    assertThat(one.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(one.err()).contains("a river has two banks");
  }

  @Test
  void tripoint_of_three_basepoint_sets() throws Exception {
    Path a = points("a.geojson", "[[45.0,40.0]]");
    Path b = points("b.geojson", "[[45.02,40.05]]");
    Path c = points("c.geojson", "[[45.07,40.01]]");
    Cli r = Cli.run("median", "tripoint", a.toString(), b.toString(), c.toString(), "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("maxResidualM").asDouble()).isLessThan(1e-3);
    assertThat(j.get("distancesM")).hasSize(3);
  }

  @Test
  void compare_two_surveys_of_a_median_line() throws Exception {
    Path a = line("a.geojson", 45.0, 40.0, 40.02);
    Path b = line("b.geojson", 45.01, 40.0, 40.02);
    Path b2 = line("b2.geojson", 45.0102, 40.0, 40.02);
    Path m1 = dir.resolve("m1.geojson");
    Path m2 = dir.resolve("m2.geojson");
    assertThat(Cli.run("median", a.toString(), b.toString(), "--tolerance-m", "0.5", "--survey-date", "2015-06-01",
        "--out", m1.toString()).exitCode()).isZero();
    assertThat(Cli.run("median", a.toString(), b2.toString(), "--tolerance-m", "0.5", "--survey-date", "2024-06-01",
        "--out", m2.toString()).exitCode()).isZero();
    Cli r = Cli.run("median", "compare", m1.toString(), m2.toString(), "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("earlierDate").asText()).isEqualTo("2015-06-01");
    assertThat(j.get("maxDisplacementM").asDouble()).isBetween(8.0, 9.0); // 0.0001° of longitude at 40°N / 2
    Cli back = Cli.run("median", "compare", m2.toString(), m1.toString());
    assertThat(back.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(back.err()).contains("not after");
  }

  @Test
  void thalweg_from_sections_and_a_sounding_outside_the_river() throws Exception {
    Path a = line("a.geojson", 45.0, 40.0, 40.02);
    Path b = line("b.geojson", 45.01, 40.0, 40.02);
    StringBuilder csv = new StringBuilder("lat,lon,depth_m,section\n");
    for (int i = 0; i < 10; i++) {
      for (int k = 0; k < 5; k++) {
        double depth = 5 - Math.abs(k - 1 - (i % 3));
        csv.append(String.format(java.util.Locale.ROOT, "%.6f,%.6f,%.2f,S%d%n", 40.001 + 0.002 * i,
            45.001 + 0.002 * k, depth, i));
      }
    }
    Path s = dir.resolve("s.csv");
    Files.writeString(s, csv);
    Path out = dir.resolve("t.geojson");
    Cli r = Cli.run("thalweg", s.toString(), "--smooth-m", "10", "--banks", a.toString(), b.toString(),
        "--survey-date", "2024-05-01", "--json", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("deepest")).hasSize(10);
    assertThat(j.get("maxDeviationM").asDouble()).isLessThanOrEqualTo(10);
    assertThat(out).exists();
    Files.writeString(s, csv + "40.005000,45.020000,3.00,S2\n");
    Path out2 = dir.resolve("t2.geojson");
    Cli bad = Cli.run("thalweg", s.toString(), "--smooth-m", "10", "--banks", a.toString(), b.toString(),
        "--out", out2.toString());
    assertThat(bad.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(bad.err()).contains("row 52").contains("outside the river");
    assertThat(out2).doesNotExist();
  }
}
