package org.groma.app.demarcation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.crs.TransformationRegistry;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's grid coordinates, azimuths and distances against cs2cs and GeodSolve (fixtures and the
 * commands that made them in src/test/resources/demarcation): within 1 mm and 0.001″.
 */
class PillarCatalogueTest {

  private static final double MM = 0.001;
  private static final double ARC_MS_DEG = 0.001 / 3600;

  static List<String[]> lines(String name) throws IOException {
    try (InputStream in = PillarCatalogueTest.class.getResourceAsStream("/demarcation/" + name)) {
      assertThat(in).as(name).isNotNull();
      List<String[]> out = new ArrayList<>();
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(l -> out.add(l.trim().split("\\s+")));
      return out;
    }
  }

  @Test
  void grid_coordinates_azimuths_and_distances_agree_with_cs2cs_and_geodsolve() throws IOException {
    List<SurveyedPillar> pillars = new ArrayList<>();
    for (String[] p : lines("pillars.txt")) {
      CanonicalPoint c = new CanonicalPoint(Long.parseLong(p[1]), Long.parseLong(p[2]));
      pillars.add(TestPillars.at(p[0], "main", null, null, c.toGeoPoint()));
    }
    PillarCatalogue cat = PillarCatalogue.of(pillars, TransformationRegistry.lookup("EPSG:1267"));
    List<String[]> sk42 = lines("sk42_gk8_epsg1267.txt");
    List<String[]> utm = lines("utm38n.txt");
    List<String[]> geod = lines("geodsolve_next.txt");
    assertThat(cat.rows()).hasSize(12);
    for (int i = 0; i < cat.rows().size(); i++) {
      PillarCatalogue.Row r = cat.rows().get(i);
      assertThat(r.pillar().number().label()).isEqualTo(Integer.toString(i + 1));
      PillarCatalogue.Grid gk = r.sk42().orElseThrow();
      assertThat(gk.crs()).isEqualTo("EPSG:28408");
      assertThat(gk.eastingM()).isCloseTo(Double.parseDouble(sk42.get(i)[0]), within(MM));
      assertThat(gk.northingM()).isCloseTo(Double.parseDouble(sk42.get(i)[1]), within(MM));
      assertThat(r.utm().crs()).isEqualTo("EPSG:32638");
      assertThat(r.utm().eastingM()).isCloseTo(Double.parseDouble(utm.get(i)[0]), within(MM));
      assertThat(r.utm().northingM()).isCloseTo(Double.parseDouble(utm.get(i)[1]), within(MM));
      if (i + 1 < cat.rows().size()) {
        PillarCatalogue.Leg next = r.next().orElseThrow();
        assertThat(next.to()).isEqualTo(Integer.toString(i + 2));
        double az = Double.parseDouble(geod.get(i)[0]);
        assertThat(next.azimuthDeg()).isCloseTo(az < 0 ? az + 360 : az, within(ARC_MS_DEG));
        assertThat(next.distanceM()).isCloseTo(Double.parseDouble(geod.get(i)[2]), within(MM));
        PillarCatalogue.Leg back = cat.rows().get(i + 1).previous().orElseThrow();
        assertThat(back.distanceM()).isCloseTo(next.distanceM(), within(1e-6));
      } else {
        assertThat(r.next()).isEmpty();
      }
    }
    assertThat(cat.rows().get(0).previous()).isEmpty();
  }

  @Test
  void outside_the_gauss_krueger_zones_the_catalogue_says_why_it_gives_no_sk42() {
    SurveyedPillar west = TestPillars.at("1", "main", null, null, new org.groma.geo.GeoPoint(1.0, 1.0));
    PillarCatalogue cat = PillarCatalogue.of(List.of(west), TransformationRegistry.lookup("EPSG:1267"));
    assertThat(cat.rows().get(0).sk42()).isEmpty();
    assertThat(cat.rows().get(0).sk42Note()).contains("outside zones 4 to 32");
  }
}
