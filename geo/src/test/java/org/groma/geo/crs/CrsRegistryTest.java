package org.groma.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.groma.geo.GeoInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrsRegistryTest {

  /** One line of crs-definitions.tsv: code, name, EPSG axis directions, PROJ string (see the README there). */
  record Definition(String code, String name, String axes, Map<String, String> proj) {}

  static List<Definition> definitions() throws IOException {
    List<Definition> list = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(CrsRegistryTest.class.getResourceAsStream("/crs/crs-definitions.tsv")), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t");
        Map<String, String> proj = new HashMap<>();
        for (String token : f[3].split(" ")) {
          String[] kv = token.substring(1).split("=", 2);
          proj.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        list.add(new Definition(f[0], f[1], f[2], proj));
      }
    }
    return list;
  }

  @Test
  void every_utm_and_gauss_krueger_crs_of_proj_db_is_defined_as_projinfo_defines_it() throws IOException {
    List<Definition> definitions = definitions();
    assertThat(definitions).hasSize(294);
    for (Definition d : definitions) {
      ProjectedCrs crs = (ProjectedCrs) CrsRegistry.lookup(d.code());
      TransverseMercatorParameters p = crs.projection();
      assertThat(crs.code()).isEqualTo(d.code());
      assertThat(crs.name()).as(d.code()).isEqualTo(d.name());
      assertThat(crs.axisOrder()).as(d.code())
          .isEqualTo(d.axes().equals("north,east") ? AxisOrder.NORTHING_EASTING : AxisOrder.EASTING_NORTHING);
      if (d.proj().get("proj").equals("utm")) {
        int zone = Integer.parseInt(d.proj().get("zone"));
        boolean south = d.proj().containsKey("south");
        assertThat(crs.datum()).isEqualTo(GeodeticDatum.WGS84);
        assertThat(p).as(d.code()).isEqualTo(new TransverseMercatorParameters(6.0 * zone - 183, 0.9996, 500_000, south ? 10_000_000 : 0));
      } else {
        assertThat(d.proj()).containsEntry("proj", "tmerc").containsEntry("lat_0", "0").containsEntry("ellps", "krass");
        assertThat(crs.datum()).isEqualTo(GeodeticDatum.PULKOVO_1942);
        assertThat(p).as(d.code()).isEqualTo(new TransverseMercatorParameters(
            Double.parseDouble(d.proj().get("lon_0")), Double.parseDouble(d.proj().get("k")),
            Double.parseDouble(d.proj().get("x_0")), Double.parseDouble(d.proj().get("y_0"))));
      }
    }
    assertThat(CrsRegistry.all()).hasSize(3 + definitions.size());
  }

  @Test
  void geographic_crss_state_their_axis_order() {
    assertThat(CrsRegistry.lookup("EPSG:4326")).isSameAs(GeographicCrs.WGS84);
    assertThat(GeographicCrs.WGS84.axisOrder()).isEqualTo(AxisOrder.LAT_LON);
    assertThat(CrsRegistry.lookup("OGC:CRS84").axisOrder()).isEqualTo(AxisOrder.LON_LAT);
    assertThat(CrsRegistry.lookup("EPSG:4284")).isSameAs(GeographicCrs.PULKOVO_1942);
    assertThat(GeographicCrs.PULKOVO_1942.datum().ellipsoid().name()).isEqualTo("Krassowsky 1940");
  }

  @ParameterizedTest
  @ValueSource(strings = {"EPSG:28408", "epsg:28408", " 28408 ", "urn:ogc:def:crs:EPSG::28408",
      "http://www.opengis.net/def/crs/EPSG/0/28408"})
  void looks_up_a_code_in_any_of_its_spellings(String code) {
    assertThat(CrsRegistry.lookup(code).name()).isEqualTo("Pulkovo 1942 / Gauss-Kruger zone 8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"CRS84", "ogc:crs84", "urn:ogc:def:crs:OGC:1.3:CRS84", "http://www.opengis.net/def/crs/OGC/1.3/CRS84"})
  void looks_up_crs84_in_any_of_its_spellings(String code) {
    assertThat(CrsRegistry.lookup(code)).isSameAs(GeographicCrs.CRS84);
  }

  @ParameterizedTest
  @ValueSource(strings = {"EPSG:9999", "EPSG:28402", "EPSG:2600", "ESRI:102001", "", "EPSG:"})
  void refuses_an_unknown_code_naming_it(String code) {
    assertThatThrownBy(() -> CrsRegistry.lookup(code))
        .isInstanceOf(GeoInputException.class)
        .hasMessageStartingWith("unknown CRS code \"" + code + "\"");
  }

  @Test
  void finds_gauss_krueger_zones_by_number() {
    assertThat(CrsRegistry.gaussKrueger6Degree(8).code()).isEqualTo("EPSG:28408");
    assertThat(CrsRegistry.gaussKrueger3Degree(15).code()).isEqualTo("EPSG:2531");
    assertThat(CrsRegistry.gaussKrueger3Degree(60).code()).isEqualTo("EPSG:3389");
    assertThat(CrsRegistry.gaussKrueger3Degree(34).code()).isEqualTo("EPSG:2551");
    assertThat(CrsRegistry.utm(38, UtmZone.Hemisphere.NORTH).code()).isEqualTo("EPSG:32638");
    assertThatThrownBy(() -> CrsRegistry.gaussKrueger6Degree(3))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("zone 3 ");
  }

  @Test
  void the_three_degree_zones_cover_armenia_and_azerbaijan() {
    // 36°E to 54°E: zones 12 to 18 with their "CM" twins.
    for (int zone = 12; zone <= 18; zone++) {
      ProjectedCrs crs = CrsRegistry.gaussKrueger3Degree(zone);
      assertThat(crs.projection().centralMeridianDeg()).isEqualTo(3.0 * zone);
      assertThat(crs.projection().falseEastingM()).isEqualTo(zone * 1_000_000.0 + 500_000);
    }
  }
}
