package org.groma.app.delimitation.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.groma.app.io.GeoFeature;
import org.groma.app.io.GeoGeometry;
import org.groma.app.io.GeoJsonReader;
import org.groma.geo.GeoPoint;
import org.groma.geo.compare.ComparisonOptions;
import org.groma.geo.compare.LineComparison;
import org.groma.geo.compare.LineComparisonOp;
import org.groma.geo.geodesic.Geodesics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SettlementImpactTest {

  /** PostGIS great-circle edges against ellipsoidal geodesics, at kilometre-long segments: 5 cm. */
  private static final double POSTGIS_EDGE_MODEL_M = 0.05;

  static List<List<GeoPoint>> osm;
  static List<List<GeoPoint>> ne;
  static LineComparison comparison;
  static List<Settlement> settlements;

  static Path resource(String name) throws Exception {
    return Path.of(SettlementImpactTest.class.getResource("/compare/" + name).toURI());
  }

  static List<List<GeoPoint>> line(String name) throws Exception {
    List<List<GeoPoint>> parts = new ArrayList<>();
    for (GeoFeature f : new GeoJsonReader().read(resource(name))) {
      parts.addAll(((GeoGeometry.Line) f.geometry()).parts());
    }
    return parts;
  }

  static List<org.groma.geo.GeoPolygon> armenia(String file, String key, String value) throws Exception {
    List<org.groma.geo.GeoPolygon> polygons = new ArrayList<>();
    for (GeoFeature f : new GeoJsonReader().read(java.nio.file.Path.of("../data", file))) {
      if (f.properties().path(key).asText().equals(value)) {
        polygons.addAll(((GeoGeometry.Area) f.geometry()).parts());
      }
    }
    return polygons;
  }

  @BeforeAll
  static void load() throws Exception {
    osm = line("osm_arm_aze.geojson");
    ne = line("ne_arm_aze.geojson");
    // Each line oriented from Armenia's territory (party A) in its own source extract.
    comparison = LineComparisonOp.compare(osm, ne, ComparisonOptions.defaults()
        .withATerritory(armenia("osm_caucasus.geojson", "A3", "ARM"))
        .withATerritory2(armenia("ne10m_caucasus.geojson", "name", "Armenia")));
    settlements = new ArrayList<>();
    for (GeoFeature f : new GeoJsonReader().read(resource("settlements_am_az.geojson"))) {
      settlements.add(new Settlement(f.properties().path("name").asText(), f.properties().path("country").asText(),
          f.properties().path("featureCode").asText(), f.properties().path("population").asLong(),
          ((GeoGeometry.Point) f.geometry()).point()));
    }
  }

  @Test
  void settlements_near_either_line_and_their_distances_match_postgis() throws Exception {
    SettlementImpact.Result r = new SettlementImpact(comparison, osm, ne, 5000).assess(settlements);
    Map<String, double[]> postgis = new HashMap<>();
    List<String> rows = Files.readAllLines(resource("settlements_near_lines.csv"));
    for (String row : rows.subList(1, rows.size())) {
      String[] c = row.split(",");
      postgis.put(c[1], new double[] {Double.parseDouble(c[2]), Double.parseDouble(c[3])});
    }
    assertThat(r.nearLines()).extracting(n -> n.settlement().name())
        .containsExactlyInAnyOrderElementsOf(postgis.keySet());
    for (NearbySettlement n : r.nearLines()) {
      double[] expected = postgis.get(n.settlement().name());
      // PostGIS finds the nearest point of a geography edge on the great circle of the sphere, then measures on
      // the spheroid; Groma's nearest point lies on the ellipsoidal geodesic. For edges of a few kilometres
      // the two nearest points differ by centimetres, never more than POSTGIS_EDGE_MODEL_M here.
      if (expected[0] <= 5000) {
        assertThat(n.distanceToLine1M()).as(n.settlement().name()).isCloseTo(expected[0], within(POSTGIS_EDGE_MODEL_M));
      } else {
        assertThat(n.distanceToLine1M()).isNaN();
      }
      if (expected[1] <= 5000) {
        assertThat(n.distanceToLine2M()).as(n.settlement().name()).isCloseTo(expected[1], within(POSTGIS_EDGE_MODEL_M));
      } else {
        assertThat(n.distanceToLine2M()).isNaN();
      }
    }
  }

  @Test
  void a_settlement_is_inside_the_disputed_area_that_holds_it_and_no_other() {
    SettlementImpact.Result r = new SettlementImpact(comparison, osm, ne, 5000).assess(settlements);
    int total = r.inAreas().stream().mapToInt(List::size).sum();
    assertThat(total).isEqualTo(2);
    List<String> names = r.inAreas().stream().flatMap(List::stream).map(Settlement::name).toList();
    assertThat(names).containsExactlyInAnyOrder("Heydarabad", "Azatamut");
  }

  @Test
  void random_points_agree_with_a_brute_force_geodesic_check_of_distance() {
    Random random = new Random(20261128);
    List<Settlement> points = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      points.add(new Settlement("p" + i, "", "", 0,
          new GeoPoint(38.8 + random.nextDouble() * 2.6, 44.7 + random.nextDouble() * 2.0)));
    }
    double withinM = 3000;
    SettlementImpact.Result r = new SettlementImpact(comparison, osm, ne, withinM).assess(points);
    Map<String, NearbySettlement> found = new HashMap<>();
    r.nearLines().forEach(n -> found.put(n.settlement().name(), n));
    for (Settlement s : points) {
      double d1 = Double.POSITIVE_INFINITY;
      for (List<GeoPoint> part : osm) {
        d1 = Math.min(d1, Geodesics.WGS84.closestPoint(part, s.location()).distanceM());
      }
      double d2 = Double.POSITIVE_INFINITY;
      for (List<GeoPoint> part : ne) {
        d2 = Math.min(d2, Geodesics.WGS84.closestPoint(part, s.location()).distanceM());
      }
      NearbySettlement n = found.get(s.name());
      if (Math.min(d1, d2) <= withinM) {
        assertThat(n).as(s.name()).isNotNull();
        if (d1 <= withinM) {
          assertThat(n.distanceToLine1M()).isCloseTo(d1, within(1e-6));
        }
      } else {
        assertThat(n).as(s.name()).isNull();
      }
    }
  }
}
