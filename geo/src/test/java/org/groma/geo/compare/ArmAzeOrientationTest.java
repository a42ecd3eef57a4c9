package org.groma.geo.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.boundary.TestGeoJson;
import org.junit.jupiter.api.Test;

/** Orientation on the shipped ARM–AZE data: from the territories, and from the README's reference points. */
class ArmAzeOrientationTest {

  @Test
  void each_line_oriented_from_its_own_sources_territory_gives_the_postgis_areas_without_conflicts() {
    LineComparison c = LineComparisonOp.compare(LineFixtures.read("osm_arm_aze.geojson"),
        LineFixtures.read("ne_arm_aze.geojson"), CompareFixtureWriter.armAzeOptions());
    // PostGIS, labelling the faces from the source polygons (arm_aze_faces.csv): 597.795 and 607.583 km².
    assertThat(c.areaM2AtoB() / 1e6).isCloseTo(597.795, within(0.001));
    assertThat(c.areaM2BtoA() / 1e6).isCloseTo(607.583, within(0.001));
    // The 32 m OSM fragment in the 25 m overlap sliver near the Iranian tripoint (ArmAzePostgisTest).
    assertThat(c.labelConflicts()).isEqualTo(1);
    // The fixtures come from PostGIS's ST_LineMerge, which draws every OSM part with Armenia on the right.
    assertThat(c.reversedParts1()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    assertThat(c.orientation().method()).isEqualTo("territory");
  }

  @Test
  void the_osm_territory_cannot_orient_the_ne_enclave_lines_and_says_so() throws Exception {
    // The two sources draw the Tavush enclaves differently: beside Natural Earth's lines there, the OSM
    // outline of Armenia runs both ways. Refused, never guessed.
    assertThatThrownBy(() -> LineComparisonOp.compare(LineFixtures.read("osm_arm_aze.geojson"),
        LineFixtures.read("ne_arm_aze.geojson"), ComparisonOptions.defaults().withATerritory(
            TestGeoJson.territories(TestGeoJson.data("osm_caucasus.geojson"), "A3").get("ARM").polygons())))
        .isInstanceOf(GeoInputException.class)
        .hasMessageContaining("line 2, part 2")
        .hasMessageContaining("runs both ways");
  }

  @Test
  void the_readme_reference_points_leave_a_part_undecided_and_are_refused_not_silently_used() {
    List<GeoPoint> readme = List.of(CompareFixtureWriter.YEREVAN, CompareFixtureWriter.ARTSVASHEN);
    assertThatThrownBy(() -> LineComparisonOp.compare(LineFixtures.read("osm_arm_aze.geojson"),
        LineFixtures.read("ne_arm_aze.geojson"), ComparisonOptions.defaults().withAPoints(readme)))
        .isInstanceOf(GeoInputException.class)
        .hasMessageContaining("ambiguous");
  }
}
