package org.groma.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.geographiclib.Geodesic;
import org.groma.geo.GeoInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransformationRegistryTest {

  /** EPSG writes 999 for "accuracy not available" (remark of EPSG:1254). */
  private static final double EPSG_UNKNOWN_ACCURACY = 999;

  /** projinfo's output, one block per "$ projinfo urn:ogc:def:coordinateOperation:EPSG::code" line. */
  static Map<String, String> projinfoBlocks() throws IOException {
    String text;
    try (InputStream in = Objects.requireNonNull(
        TransformationRegistryTest.class.getResourceAsStream("/crs/projinfo-pulkovo1942-to-wgs84.txt"))) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, String> blocks = new LinkedHashMap<>();
    Matcher m = Pattern.compile("\\$ projinfo urn:ogc:def:coordinateOperation:EPSG::(\\d+)").matcher(text);
    int start = -1;
    String code = null;
    while (m.find()) {
      if (code != null) {
        blocks.put("EPSG:" + code, text.substring(start, m.start()));
      }
      code = m.group(1);
      start = m.end();
    }
    blocks.put("EPSG:" + code, text.substring(start));
    return blocks;
  }

  @Test
  void every_registered_transformation_has_the_parameters_projinfo_gives() throws IOException {
    Map<String, String> blocks = projinfoBlocks();
    assertThat(TransformationRegistry.all()).extracting(DatumTransformation::code).containsExactlyElementsOf(blocks.keySet());
    for (DatumTransformation t : TransformationRegistry.all()) {
      String wkt = blocks.get(t.code());
      assertThat(t.name()).isEqualTo(first(wkt, "COORDINATEOPERATION\\[\"([^\"]+)\""));
      assertThat(t.method().epsgName()).as(t.code()).isEqualTo(first(wkt, "METHOD\\[\"([^\"]+)\""));
      assertThat(t.method().epsgCode()).as(t.code())
          .isEqualTo(Integer.parseInt(first(wkt, "METHOD\\[\"[^\"]+\",\\s*ID\\[\"EPSG\",(\\d+)\\]")));
      HelmertParameters p = t.parameters();
      assertThat(p.txM()).as(t.code()).isEqualTo(parameter(wkt, "X-axis translation"));
      assertThat(p.tyM()).as(t.code()).isEqualTo(parameter(wkt, "Y-axis translation"));
      assertThat(p.tzM()).as(t.code()).isEqualTo(parameter(wkt, "Z-axis translation"));
      assertThat(p.rxArcsec()).as(t.code()).isEqualTo(parameter(wkt, "X-axis rotation"));
      assertThat(p.ryArcsec()).as(t.code()).isEqualTo(parameter(wkt, "Y-axis rotation"));
      assertThat(p.rzArcsec()).as(t.code()).isEqualTo(parameter(wkt, "Z-axis rotation"));
      assertThat(p.scalePpm()).as(t.code()).isEqualTo(parameter(wkt, "Scale difference"));
      double accuracy = Double.parseDouble(first(wkt, "OPERATIONACCURACY\\[([\\d.]+)\\]"));
      if (accuracy == EPSG_UNKNOWN_ACCURACY) {
        assertThat(t.accuracyM()).as(t.code()).isEmpty();
      } else {
        assertThat(t.accuracyM()).as(t.code()).hasValue(accuracy);
      }
      assertThat(t.areaOfUse().description()).as(t.code()).isEqualTo(first(wkt, "AREA\\[\"([^\"]+)\""));
      String[] bbox = first(wkt, "BBOX\\[([^\\]]+)\\]").split(",");
      assertThat(new double[] {t.areaOfUse().southDeg(), t.areaOfUse().westDeg(), t.areaOfUse().northDeg(), t.areaOfUse().eastDeg()})
          .as(t.code()).containsExactly(Double.parseDouble(bbox[0]), Double.parseDouble(bbox[1]),
              Double.parseDouble(bbox[2]), Double.parseDouble(bbox[3]));
      assertThat(t.source()).isEqualTo(GeodeticDatum.PULKOVO_1942);
      assertThat(t.target()).isEqualTo(GeodeticDatum.WGS84);
      // Supersession comes from proj.db's supersession table; the remark says it in words.
      t.supersededBy().ifPresent(code -> assertThat(first(wkt, "REMARK\\[\"([^\"]+)\"")).contains(code.substring(5)));
    }
  }

  /** A parameter of the WKT, 0 if absent (a geocentric translation has no rotations or scale). */
  private static double parameter(String wkt, String name) {
    Matcher m = Pattern.compile("PARAMETER\\[\"" + name + "\",(-?[\\d.]+)").matcher(wkt);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  private static String first(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as("/%s/ in projinfo output", regex).isTrue();
    return m.group(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"EPSG:15865", "epsg:15865", "15865", " EPSG:15865 "})
  void looks_up_a_transformation_by_code(String code) {
    assertThat(TransformationRegistry.lookup(code).name()).isEqualTo("Pulkovo 1942 to WGS 84 (16)");
  }

  @Test
  void refuses_an_unknown_transformation_code_naming_it() {
    assertThatThrownBy(() -> TransformationRegistry.lookup("EPSG:1287"))
        .isInstanceOf(GeoInputException.class).hasMessageStartingWith("unknown datum transformation code \"EPSG:1287\"");
  }

  @Test
  void names_the_candidates_whose_area_of_use_contains_the_point() {
    ProjectedCrs gk8 = CrsRegistry.gaussKrueger6Degree(8);
    assertThat(TransformationRegistry.candidates(gk8, GeographicCrs.WGS84)).hasSize(13);
    assertThat(TransformationRegistry.candidates(GeographicCrs.WGS84, gk8)).hasSize(13);
    assertThat(TransformationRegistry.candidates(GeographicCrs.WGS84, CrsRegistry.lookup("EPSG:32638"))).isEmpty();
    Coordinate yerevan = Coordinate.ofLatLon(GeographicCrs.PULKOVO_1942, 40.1792, 44.4991);
    assertThat(TransformationRegistry.candidatesAt(yerevan, GeographicCrs.WGS84))
        .extracting(DatumTransformation::code).containsExactly("EPSG:1808", "EPSG:15865");
    Coordinate baku = Coordinate.ofLatLon(GeographicCrs.PULKOVO_1942, 40.4093, 49.8671);
    assertThat(TransformationRegistry.candidatesAt(baku, GeographicCrs.WGS84))
        .extracting(DatumTransformation::code).containsExactly("EPSG:1807", "EPSG:1808", "EPSG:15865");
  }

  /**
   * The four Caucasus-relevant transformations, compared at the cs2cs fixture points: the distances between
   * their results must equal the distances between cs2cs's results (GeographicLib both sides).
   */
  @Test
  void measures_how_far_the_candidates_land_from_each_other_as_cs2cs_results_do() {
    ProjectedCrs gk8 = CrsRegistry.gaussKrueger6Degree(8);
    List<String> codes = List.of("1267", "15865", "1808", "5044");
    List<List<Cs2csFixture>> fixtures = codes.stream().map(c -> Cs2csFixture.read("gk8_to_wgs84_epsg" + c + ".txt")).toList();
    List<DatumTransformation> candidates = codes.stream().map(TransformationRegistry::lookup).toList();
    for (int row = 0; row < fixtures.get(0).size(); row += 10) {
      double[] en = fixtures.get(0).get(row).in();
      CandidateComparison comparison = TransformationRegistry.compare(
          Coordinate.ofEastingNorthing(gk8, en[0], en[1]), GeographicCrs.WGS84, candidates);
      assertThat(comparison.results()).hasSize(4);
      assertThat(comparison.distances()).hasSize(6);
      for (int i = 0; i < 4; i++) {
        for (int j = i + 1; j < 4; j++) {
          double[] a = fixtures.get(i).get(row).out(), b = fixtures.get(j).get(row).out();
          double expected = Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0]).s12;
          assertThat(comparison.distanceM("EPSG:" + codes.get(j), "EPSG:" + codes.get(i)))
              .isCloseTo(expected, offset(CoordinateTransformTest.DATUM_AGREEMENT_M * 2));
        }
      }
    }
  }

  @Test
  void in_yerevan_the_transformations_disagree_by_metres() {
    Coordinate yerevan = Coordinate.ofLatLon(GeographicCrs.PULKOVO_1942, 40.1792, 44.4991);
    CandidateComparison c = TransformationRegistry.compare(yerevan, GeographicCrs.WGS84,
        List.of(TransformationRegistry.lookup("EPSG:15865"), TransformationRegistry.lookup("EPSG:1267")));
    // docs/design.md, "Geodesy conventions": proj4j uses EPSG:1267, Apache SIS picks EPSG:15865, 2.8 m apart.
    assertThat(c.distanceM("EPSG:15865", "EPSG:1267")).isCloseTo(2.8, offset(0.05));
    assertThat(c.maxDistanceM()).isEqualTo(c.distanceM("EPSG:1267", "EPSG:15865"));
    assertThat(c.results().get(0).result().crs()).isEqualTo(GeographicCrs.WGS84);
  }
}
