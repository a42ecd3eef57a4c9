package org.groma.geo.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;
import org.junit.jupiter.api.Test;

/**
 * Orientation of the parts (which side is A) on synthetic territories with known answers: a valley of B
 * ringed by A, and enclaves nested three deep (A ⊃ B ⊃ A ⊃ B). Each pair of lines differs by one
 * rectangle whose geodesic area (GeographicLib's PolygonArea, independent of the comparison) is the answer.
 */
class OrientationTest {

  static GeoPoint p(double lon, double lat) {
    return GeoPoint.ofLonLat(lon, lat);
  }

  /** Geodesic area of the polygon with these (lon, lat) vertices and geodesic edges, m². */
  static double areaM2(double... lonLat) {
    PolygonArea pa = new PolygonArea(Geodesic.WGS84, false);
    for (int i = 0; i < lonLat.length; i += 2) {
      pa.AddPoint(lonLat[i + 1], lonLat[i]);
    }
    return Math.abs(pa.Compute(false, true).area);
  }

  // --- A valley of B ringed by A: B's mainland lies south of 40°N; its valley climbs a stem (45.40–45.42 E)
  // to a bowl [45.0, 46.0] × [40.5, top]. A holds everything else north of 40°N and wraps round the bowl.
  // The common line is drawn with A on its left, in four parts joined end to start.

  static List<List<GeoPoint>> valley(double top) {
    return List.of(
        List.of(p(44.0, 40.0), p(45.40, 40.0), p(45.40, 40.5)),
        List.of(p(45.40, 40.5), p(45.0, 40.5), p(45.0, top), p(45.5, top)),
        List.of(p(45.5, top), p(46.0, top), p(46.0, 40.5), p(45.42, 40.5)),
        List.of(p(45.42, 40.5), p(45.42, 40.0), p(47.0, 40.0)));
  }

  /** Line 2 raises the bowl's rim from 40.9 to 40.95: the strip between is A by line 1, B by line 2. */
  static final double VALLEY_STRIP_M2 = areaM2(45.0, 40.9, 45.5, 40.9, 46.0, 40.9, 46.0, 40.95, 45.5, 40.95, 45.0, 40.95);

  static final GeoPoint BELOW_BOWL = p(45.2, 40.25);   // in A, between the bowl and B's mainland
  static final GeoPoint ABOVE_BOWL = p(45.5, 41.2);    // in A, north of the bowl
  static final GeoPoint EAST_OF_BOWL = p(46.3, 40.7);  // in A, east of the bowl

  @Test
  void a_valley_ringed_by_a_is_oriented_right_from_reference_points_that_see_every_part() {
    LineComparison c = LineComparisonOp.compare(valley(40.9), valley(40.95), ComparisonOptions.defaults()
        .withAPoints(List.of(BELOW_BOWL, ABOVE_BOWL, EAST_OF_BOWL)));
    assertThat(c.reversedParts1()).isEmpty();
    assertThat(c.reversedParts2()).isEmpty();
    assertThat(c.areaM2AtoB()).isCloseTo(VALLEY_STRIP_M2, within(1.0));
    assertThat(c.areaM2BtoA()).isZero();
    assertThat(c.labelConflicts()).isZero();
  }

  @Test
  void every_single_reference_point_in_the_valley_case_is_right_or_refused_never_silently_wrong() {
    for (GeoPoint a : List.of(BELOW_BOWL, ABOVE_BOWL, EAST_OF_BOWL, p(44.5, 40.6), p(46.8, 40.2))) {
      LineComparison c;
      try {
        c = LineComparisonOp.compare(valley(40.9), valley(40.95), ComparisonOptions.defaults().withAPoint(a));
      } catch (GeoInputException e) {
        assertThat(e.getMessage()).as("refusal from %s", a).contains("orientation").contains("part");
        continue;
      }
      assertThat(c.reversedParts1()).as("from %s", a).isEmpty();
      assertThat(c.reversedParts2()).as("from %s", a).isEmpty();
      assertThat(c.areaM2AtoB()).as("from %s", a).isCloseTo(VALLEY_STRIP_M2, within(1.0));
    }
  }

  @Test
  void a_part_no_reference_point_sees_unobstructed_is_refused_naming_it() {
    // From below the bowl the rim's eastern part is seen only through the bowl (B); it is not decided.
    assertThatThrownBy(() -> LineComparisonOp.compare(valley(40.9), valley(40.95),
        ComparisonOptions.defaults().withAPoint(BELOW_BOWL)))
        .isInstanceOf(GeoInputException.class)
        .hasMessageContaining("line 1, part 2")
        .hasMessageContaining("ambiguous");
  }

  // --- Nested enclaves: A's mainland holds B's enclave R1, which holds A's counter-enclave R2, which holds
  // B's third-order enclave R3; and the main A–B line runs along 40°N (A north). Rings drawn with A on the left.

  static List<GeoPoint> ring(double w, double s, double e, double n, boolean ccw) {
    List<GeoPoint> r = new ArrayList<>(List.of(p(w, s), p(e, s), p(e, n), p(w, n), p(w, s)));
    return ccw ? r : PartOrienter.reversed(r);
  }

  static List<List<GeoPoint>> nested(double r3North) {
    return List.of(
        List.of(p(44.0, 40.0), p(47.0, 40.0)),
        ring(45.0, 40.3, 45.6, 40.9, false),   // R1 encloses B: clockwise
        ring(45.1, 40.4, 45.5, 40.8, true),    // R2 encloses A: counter-clockwise
        ring(45.2, 40.5, 45.4, r3North, false)); // R3 encloses B: clockwise
  }

  /** Line 2 moves R3's north edge from 40.70 to 40.75: the strip is A by line 1 (R2), B by line 2 (R3). */
  static final double NESTED_STRIP_M2 = areaM2(45.2, 40.7, 45.4, 40.7, 45.4, 40.75, 45.2, 40.75);

  static final GeoPoint A_MAINLAND = p(45.8, 40.6);
  static final GeoPoint A_COUNTER_ENCLAVE = p(45.15, 40.6);

  @Test
  void triple_nested_enclaves_are_oriented_right_from_a_point_in_the_mainland_and_one_in_the_counter_enclave() {
    LineComparison c = LineComparisonOp.compare(nested(40.70), nested(40.75), ComparisonOptions.defaults()
        .withAPoints(List.of(A_MAINLAND, A_COUNTER_ENCLAVE)));
    assertThat(c.reversedParts1()).isEmpty();
    assertThat(c.reversedParts2()).isEmpty();
    assertThat(c.areaM2AtoB()).isCloseTo(NESTED_STRIP_M2, within(1.0));
    assertThat(c.areaM2BtoA()).isZero();
    assertThat(c.labelConflicts()).isZero();
  }

  @Test
  void triple_nested_enclaves_drawn_the_wrong_way_round_are_turned_right_from_reference_points() {
    List<List<GeoPoint>> l1 = nested(40.70).stream().map(PartOrienter::reversed).toList();
    LineComparison c = LineComparisonOp.compare(l1, nested(40.75), ComparisonOptions.defaults()
        .withAPoints(List.of(A_MAINLAND, A_COUNTER_ENCLAVE)));
    assertThat(c.reversedParts1()).containsExactly(0, 1, 2, 3);
    assertThat(c.reversedParts2()).isEmpty();
    assertThat(c.areaM2AtoB()).isCloseTo(NESTED_STRIP_M2, within(1.0));
    assertThat(c.areaM2BtoA()).isZero();
  }

  // --- From A's territory.

  /** A's territory round the valley: the box [44, 47] × [40, 41.5] less B's valley (one shell). */
  static List<GeoPolygon> valleyTerritoryOfA() {
    return List.of(new GeoPolygon(GeoRing.of(List.of(p(44.0, 40.0), p(45.40, 40.0), p(45.40, 40.5), p(45.0, 40.5),
        p(45.0, 40.9), p(46.0, 40.9), p(46.0, 40.5), p(45.42, 40.5), p(45.42, 40.0), p(47.0, 40.0), p(47.0, 41.5),
        p(44.0, 41.5), p(44.0, 40.0)))));
  }

  /** A's territory with the nested enclaves: mainland less R1, and R2 less R3 (rings drawn clockwise on purpose). */
  static List<GeoPolygon> nestedTerritoryOfA() {
    return List.of(
        new GeoPolygon(GeoRing.of(ring(44.0, 40.0, 47.0, 41.5, false)), List.of(GeoRing.of(ring(45.0, 40.3, 45.6, 40.9, false)))),
        new GeoPolygon(GeoRing.of(ring(45.1, 40.4, 45.5, 40.8, false)), List.of(GeoRing.of(ring(45.2, 40.5, 45.4, 40.7, false)))));
  }

  @Test
  void the_valley_drawn_every_which_way_is_oriented_right_from_a_territory() {
    List<List<GeoPoint>> l1 = new ArrayList<>(valley(40.9));
    l1.set(1, PartOrienter.reversed(l1.get(1)));
    l1.set(2, PartOrienter.reversed(l1.get(2)));
    List<List<GeoPoint>> l2 = valley(40.95).stream().map(PartOrienter::reversed).toList();
    LineComparison c = LineComparisonOp.compare(l1, l2,
        ComparisonOptions.defaults().withATerritory(valleyTerritoryOfA()));
    assertThat(c.reversedParts1()).containsExactly(1, 2);
    assertThat(c.reversedParts2()).containsExactly(0, 1, 2, 3);
    assertThat(c.areaM2AtoB()).isCloseTo(VALLEY_STRIP_M2, within(1.0));
    assertThat(c.areaM2BtoA()).isZero();
    assertThat(c.labelConflicts()).isZero();
    assertThat(c.orientation().method()).isEqualTo("territory");
    assertThat(c.orientation().accepted()).isEmpty();
  }

  @Test
  void triple_nested_enclaves_are_oriented_by_containment_parity_from_a_territory() {
    List<List<GeoPoint>> l1 = nested(40.70).stream().map(PartOrienter::reversed).toList();
    LineComparison c = LineComparisonOp.compare(l1, nested(40.75),
        ComparisonOptions.defaults().withATerritory(nestedTerritoryOfA()));
    assertThat(c.reversedParts1()).containsExactly(0, 1, 2, 3);
    assertThat(c.reversedParts2()).isEmpty();
    assertThat(c.areaM2AtoB()).isCloseTo(NESTED_STRIP_M2, within(1.0));
    assertThat(c.areaM2BtoA()).isZero();
    assertThat(c.labelConflicts()).isZero();
  }

  @Test
  void an_accepted_ambiguity_is_reported_and_the_part_left_as_drawn() {
    LineComparison c = LineComparisonOp.compare(valley(40.9), valley(40.95), ComparisonOptions.defaults()
        .withAPoint(BELOW_BOWL).withAcceptAmbiguousOrientation(true));
    assertThat(c.orientation().method()).isEqualTo("reference-points");
    assertThat(c.orientation().accepted()).anySatisfy(s -> assertThat(s).startsWith("line 1, part 2"));
    assertThat(c.reversedParts1()).isEmpty();
  }

  @Test
  void a_reference_point_and_a_territory_together_are_refused() {
    assertThatThrownBy(() -> ComparisonOptions.defaults().withAPoint(BELOW_BOWL).withATerritory(valleyTerritoryOfA()))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("not both");
  }
}
