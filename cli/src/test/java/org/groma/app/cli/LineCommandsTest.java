package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;
import org.groma.geo.geodesic.LonLatChord;
import org.junit.jupiter.api.Test;

/** closest, densify, rhumb-direct and measure --line-type: the rest of the geo library, from the CLI. */
class LineCommandsTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static String measureFile() throws Exception {
    return Path.of(LineCommandsTest.class.getResource("/cli/measure.geojson").toURI()).toString();
  }

  @Test
  void rhumb_direct_matches_RhumbSolve() throws Exception {
    // echo "40.1811 44.5136 30 100000" | RhumbSolve -p 9 -> 40.96098248068594 45.10408148242386
    Cli r = Cli.run("geo", "rhumb-direct", "40.1811", "44.5136", "30", "100000", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("latDeg").asDouble()).isCloseTo(40.96098248068594, within(1e-11));
    assertThat(j.get("lonDeg").asDouble()).isCloseTo(45.10408148242386, within(1e-11));
  }

  @Test
  void rhumb_direct_past_the_pole_is_refused() {
    Cli r = Cli.run("geo", "rhumb-direct", "89", "0", "0", "500000");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.out()).isEmpty();
  }

  @Test
  void measure_with_rhumb_segments_gives_the_RhumbSolve_length() throws Exception {
    // echo 40.1811 44.5136 40.3777 49.892 | RhumbSolve -i -p 9 -> 87.26752708073988 457925.046423764 …
    Cli r = Cli.run("geo", "measure", measureFile(), "--line-type", "rhumb", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(JSON.readTree(r.out()).get("features").get(0).get("lengthM").asDouble())
        .isCloseTo(457925.046423764, within(1e-6));
  }

  @Test
  void closest_finds_the_nearest_point_of_each_line_and_boundary() throws Exception {
    Cli r = Cli.run("geo", "closest", measureFile(), "41.0", "47.0", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode features = JSON.readTree(r.out()).get("features");
    assertThat(features).hasSize(3);
    GeoPoint p = new GeoPoint(41.0, 47.0);
    GeoPoint yerevan = new GeoPoint(40.1811, 44.5136);
    GeoPoint baku = new GeoPoint(40.3777, 49.892);
    JsonNode line = features.get(0);
    GeoPoint nearest = new GeoPoint(line.get("latDeg").asDouble(), line.get("lonDeg").asDouble());
    double d = line.get("distanceM").asDouble();
    assertThat(Geodesics.WGS84.distanceM(nearest, p)).isCloseTo(d, within(1e-6));
    assertThat(d).isLessThan(Geodesics.WGS84.distanceM(yerevan, p)).isLessThan(Geodesics.WGS84.distanceM(baku, p));
    assertThat(line.get("alongLineM").asDouble()).isBetween(0.0, 457854.738164299);
    // The polygon's nearest boundary point is on its eastern edge, the meridian 46°E.
    JsonNode polygon = features.get(1);
    assertThat(polygon.get("lonDeg").asDouble()).isCloseTo(46.0, within(1e-9));
  }

  @Test
  void densify_keeps_ends_and_properties_and_bounds_every_sag() throws Exception {
    Cli r = Cli.run("geo", "densify", measureFile(), "--max-sag-m", "0.5");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode fc = JSON.readTree(r.out());
    JsonNode line = fc.get("features").get(0);
    assertThat(line.get("id").asText()).isEqualTo("yerevan-baku");
    JsonNode c = line.get("geometry").get("coordinates");
    assertThat(c.size()).isGreaterThan(10);
    assertThat(c.get(0).get(0).asDouble()).isEqualTo(44.5136);
    assertThat(c.get(c.size() - 1).get(1).asDouble()).isEqualTo(40.3777);
    for (int i = 0; i + 1 < c.size(); i++) {
      GeoPoint a = new GeoPoint(c.get(i).get(1).asDouble(), c.get(i).get(0).asDouble());
      GeoPoint b = new GeoPoint(c.get(i + 1).get(1).asDouble(), c.get(i + 1).get(0).asDouble());
      var inv = Geodesics.WGS84.inverse(a, b);
      GeoPoint mid = Geodesics.WGS84.direct(a, inv.azimuth1Deg(), inv.distanceM() / 2).point();
      assertThat(LonLatChord.sagM(a, b, mid)).isLessThanOrEqualTo(0.5);
    }
    JsonNode polygon = fc.get("features").get(1).get("geometry");
    assertThat(polygon.get("type").asText()).isEqualTo("Polygon");
    assertThat(polygon.get("coordinates")).hasSize(2);
    JsonNode shell = polygon.get("coordinates").get(0);
    assertThat(shell.get(0)).isEqualTo(shell.get(shell.size() - 1));
    assertThat(fc.get("features").get(1).get("properties").get("note").asText()).contains("quadrangle");
  }

  @Test
  void densify_refuses_a_sag_below_a_micrometre() throws Exception {
    Cli r = Cli.run("geo", "densify", measureFile(), "--max-sag-m", "1e-9");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("feature 0: maximum sag must be at least 1.0E-6 m (1 µm), got 1.0E-9");
    assertThat(r.out()).isEmpty();
  }
}
