package org.groma.app.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.groma.app.delimitation.LineType;
import org.groma.app.delimitation.comparison.Settlement;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.ClosestPoint;
import org.groma.geo.geodesic.Geodesics;
import org.groma.journal.entry.Party;
import org.junit.jupiter.api.Test;

/** The index finds the geodesic nearest piece, sections continue into each other, and what is not measured says so. */
class LinePlacerTest {

  @Test
  void the_index_finds_what_measuring_every_segment_finds() {
    // a wandering line of 300 segments of 1 to 6 km, and points up to 20 km from it
    Random r = new Random(14);
    List<GeoPoint> pts = new ArrayList<>();
    double lon = 44;
    double lat = 40;
    for (int i = 0; i <= 300; i++) {
      pts.add(GeoPoint.ofLonLat(lon, lat));
      lon += 0.01 + r.nextDouble() * 0.05;
      lat += (r.nextDouble() - 0.5) * 0.06;
    }
    LinePlacer placer = new LinePlacer(List.of(new AgreedSection("S", "D", pts,
        Collections.nCopies(pts.size() - 1, LineType.Kind.GEODESIC))));
    for (int k = 0; k < 300; k++) {
      GeoPoint p = GeoPoint.ofLonLat(44 + r.nextDouble() * 10, lat - 1 + r.nextDouble() * 2);
      ClosestPoint all = Geodesics.WGS84.closestPoint(pts, p);
      Placement placed = placer.place(p);
      assertThat(placed.distanceM()).as("point %s", p).isCloseTo(all.distanceM(), within(1e-6));
    }
  }

  @Test
  void a_section_that_begins_where_another_ends_continues_it_at_the_shared_turning_point() {
    AgreedSection s1 = new AgreedSection("S-1", "D-1", List.of(GeoPoint.ofLonLat(0.1, 0.1),
        GeoPoint.ofLonLat(0.2, 0.1)), List.of(LineType.Kind.GEODESIC));
    AgreedSection s2 = new AgreedSection("S-2", "D-2", List.of(GeoPoint.ofLonLat(0.2, 0.1),
        GeoPoint.ofLonLat(0.2, 0.2)), List.of(LineType.Kind.GEODESIC));
    LinePlacer placer = new LinePlacer(List.of(s1, s2));
    // The line runs east, then turns left (north): south-east of the corner is outside the turn, party B's.
    Placement outside = placer.place(GeoPoint.ofLonLat(0.2005, 0.0995));
    assertThat(outside.side()).isEqualTo(Party.B);
    // Alone, S-1's free end would give the same point to the side of its own direction only.
    Placement inside = placer.place(GeoPoint.ofLonLat(0.1995, 0.1005));
    assertThat(inside.side()).isEqualTo(Party.A);
    assertThat(placer.place(GeoPoint.ofLonLat(0.21, 0.15)).sectionId()).isEqualTo("S-2");
  }

  @Test
  void rhumb_segments_are_measured_and_follows_feature_segments_are_listed_as_not_measured() {
    AgreedSection s = new AgreedSection("S-2", "D-2", List.of(GeoPoint.ofLonLat(0.2, 0.1),
        GeoPoint.ofLonLat(0.23, 0.08), GeoPoint.ofLonLat(0.25, 0.05), GeoPoint.ofLonLat(0.3, 0.05)),
        List.of(LineType.Kind.FOLLOWS_FEATURE, LineType.Kind.GEODESIC, LineType.Kind.RHUMB));
    LinePlacer placer = new LinePlacer(List.of(s));
    assertThat(placer.unmeasured()).containsExactly("section S-2 segment 1");
    Placement p = placer.place(GeoPoint.ofLonLat(0.28, 0.06));
    assertThat(p.segment()).isEqualTo(3);
    // a rhumb along a parallel: the distance is the meridian arc from 0.05° to 0.06° of latitude
    assertThat(p.distanceM()).isCloseTo(Geodesics.WGS84.distanceM(GeoPoint.ofLonLat(0.28, 0.05),
        GeoPoint.ofLonLat(0.28, 0.06)), within(0.001));
    assertThat(p.side()).isEqualTo(Party.A);
  }

  @Test
  void the_nearest_settlement_is_named_with_distance_and_compass_direction() {
    List<Settlement> places = List.of(new Settlement("Alpha (demo)", "", "PPL", 1000, GeoPoint.ofLonLat(0.1, 0.1)),
        new Settlement("Beta (demo)", "", "PPL", 1000, GeoPoint.ofLonLat(0.3, 0.3)));
    NearestSettlement near = new NearestSettlement(places);
    var b = near.of(GeoPoint.ofLonLat(0.12, 0.12)).orElseThrow();
    assertThat(b.settlement().name()).isEqualTo("Alpha (demo)");
    // 0.02° north and east near the equator: about 3.13 km to the north-east
    assertThat(b.text()).isEqualTo("3.1 km NE of Alpha (demo)");
    assertThat(NearestSettlement.compass(11.24)).isEqualTo("N");
    assertThat(NearestSettlement.compass(11.26)).isEqualTo("NNE");
    assertThat(NearestSettlement.compass(-90)).isEqualTo("W");
    assertThat(NearestSettlement.compass(359)).isEqualTo("N");
    assertThat(new NearestSettlement(List.of()).of(GeoPoint.ofLonLat(0, 0))).isEmpty();
  }
}
