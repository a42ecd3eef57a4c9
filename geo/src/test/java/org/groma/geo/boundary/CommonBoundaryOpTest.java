package org.groma.geo.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;
import org.groma.geo.geodesic.Geodesics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Synthetic cases with known answers, near 40° N 45° E; one grid unit is 0.01° (about 1.1 km by 0.85 km). */
class CommonBoundaryOpTest {

  static final double LAT0 = 40.0;
  static final double LON0 = 45.0;
  static final double UNIT = 0.01;
  static final Geodesics G = Geodesics.WGS84;

  static GeoPoint p(double x, double y) {
    return new GeoPoint(LAT0 + y * UNIT, LON0 + x * UNIT);
  }

  /** An anticlockwise rectangle [x0, x1] × [y0, y1] in grid units. */
  static GeoRing rect(double x0, double y0, double x1, double y1) {
    return new GeoRing(List.of(p(x0, y0), p(x1, y0), p(x1, y1), p(x0, y1)));
  }

  static Territory territory(String name, GeoPolygon... polygons) {
    return new Territory(name, List.of(polygons));
  }

  static GeoPolygon poly(GeoRing shell, GeoRing... holes) {
    return new GeoPolygon(shell, List.of(holes));
  }

  /** The point {@code m} metres east (positive) or west of {@code q}, geodesically. */
  static GeoPoint east(GeoPoint q, double m) {
    return G.direct(q, 90, m).point();
  }

  static CommonBoundary extract(Territory a, Territory b, double snapM, Territory... thirds) {
    return CommonBoundaryOp.extract(a, b, List.of(thirds), snapM);
  }

  @Test
  void two_squares_sharing_an_edge_give_that_edge_with_A_on_the_left() {
    Territory a = territory("A", poly(rect(0, 0, 1, 1)));
    Territory b = territory("B", poly(rect(1, 0, 2, 1)));
    CommonBoundary cb = extract(a, b, 1.0);
    assertThat(cb.parts()).hasSize(1);
    BoundaryPart part = cb.parts().getFirst();
    // A is west of the line, so with A on the left the line runs north.
    assertThat(part.vertices()).containsExactly(p(1, 0), p(1, 1));
    assertThat(part.closed()).isFalse();
    assertThat(part.encloses()).isEqualTo(Encloses.NOTHING);
    assertThat(part.lengthM()).isEqualTo(G.distanceM(p(1, 0), p(1, 1)));
    assertThat(cb.totalLengthM()).isEqualTo(part.lengthM());
    assertThat(cb.openEnds()).containsExactlyInAnyOrder(p(1, 0), p(1, 1));
    assertThat(cb.tripoints()).isEmpty();
    assertThat(cb.discrepancies()).isEmpty();
    CommonBoundaryRealDataTest.assertALiesOnTheLeft(cb, a);
  }

  @Test
  void swapping_the_parties_reverses_the_line() {
    Territory a = territory("A", poly(rect(0, 0, 1, 1)));
    Territory b = territory("B", poly(rect(1, 0, 2, 1)));
    assertThat(extract(b, a, 1.0).parts().getFirst().vertices()).containsExactly(p(1, 1), p(1, 0));
  }

  /** B's west edge lies 0.5 m east of A's east edge: snapped at 1 m (A's vertices kept), not at 0.1 m. */
  @Test
  void a_hairline_gap_is_snapped_within_the_tolerance_only() {
    Territory a = territory("A", poly(rect(0, 0, 1, 1)));
    GeoRing shifted = new GeoRing(List.of(east(p(1, 0), 0.5), p(2, 0), p(2, 1), east(p(1, 1), 0.5)));
    Territory b = territory("B", poly(shifted));

    CommonBoundary snapped = extract(a, b, 1.0);
    assertThat(snapped.parts()).hasSize(1);
    assertThat(snapped.parts().getFirst().vertices()).containsExactly(p(1, 0), p(1, 1));

    CommonBoundary strict = extract(a, b, 0.1);
    assertThat(strict.isEmpty()).isTrue();
    assertThat(strict.separationM()).isCloseTo(0.5, within(0.01));
  }

  /** The tolerance is geodesic metres: a gap of 0.999 m snaps at 1 m, one of 1.001 m does not. */
  @ParameterizedTest
  @ValueSource(doubles = {0.999, 1.001})
  void the_tolerance_is_sharp_in_geodesic_metres(double gapM) {
    Territory a = territory("A", poly(rect(0, 0, 1, 1)));
    GeoRing shifted = new GeoRing(List.of(east(p(1, 0), gapM), p(2, 0), p(2, 1), east(p(1, 1), gapM)));
    CommonBoundary cb = extract(a, territory("B", poly(shifted)), 1.0);
    assertThat(cb.isEmpty()).isEqualTo(gapM > 1.0);
  }

  @Test
  void a_vertex_of_B_on_an_edge_of_A_ends_the_shared_stretch_there() {
    Territory a = territory("A", poly(rect(0, 0, 2, 2)));
    Territory b = territory("B", poly(rect(2, 0, 3, 1)));
    CommonBoundary cb = extract(a, b, 1.0);
    assertThat(cb.parts()).hasSize(1);
    assertThat(cb.parts().getFirst().vertices()).containsExactly(p(2, 0), p(2, 1));
  }

  @Test
  void an_enclave_of_A_inside_B_is_a_closed_ring_enclosing_A() {
    GeoRing inner = rect(1, 1, 2, 2);
    Territory a = territory("A", poly(inner));
    Territory b = territory("B", poly(rect(0, 0, 3, 3), inner));
    CommonBoundary cb = extract(a, b, 1.0);
    assertThat(cb.parts()).hasSize(1);
    BoundaryPart ring = cb.parts().getFirst();
    assertThat(ring.closed()).isTrue();
    assertThat(ring.encloses()).isEqualTo(Encloses.PARTY_A);
    assertThat(ring.vertices()).hasSize(5);
    assertThat(ring.lengthM()).isCloseTo(G.measure(inner).perimeterM(), within(1e-9));
    assertThat(cb.openEnds()).isEmpty();
    CommonBoundaryRealDataTest.assertALiesOnTheLeft(cb, a);
  }

  @Test
  void an_enclave_of_B_in_a_hole_of_A_is_a_closed_ring_enclosing_B() {
    GeoRing inner = rect(1, 1, 2, 2);
    Territory a = territory("A", poly(rect(0, 0, 3, 3), inner));
    Territory b = territory("B", poly(inner));
    CommonBoundary cb = extract(a, b, 1.0);
    assertThat(cb.parts()).singleElement().satisfies(r -> {
      assertThat(r.closed()).isTrue();
      assertThat(r.encloses()).isEqualTo(Encloses.PARTY_B);
    });
    CommonBoundaryRealDataTest.assertALiesOnTheLeft(cb, a);
  }

  /** A MultiPolygon: A's mainland borders B along an edge, and an exclave of A sits in a hole of B. */
  @Test
  void an_exclave_gives_an_open_line_and_a_closed_ring_longest_first() {
    GeoRing exclave = rect(3, 1, 3.5, 1.5);
    Territory a = territory("A", poly(rect(0, 0, 1, 4)), poly(exclave));
    Territory b = territory("B", poly(rect(1, 0, 5, 4), exclave));
    CommonBoundary cb = extract(a, b, 1.0);
    assertThat(cb.parts()).hasSize(2);
    assertThat(cb.parts().get(0).closed()).isFalse();
    assertThat(cb.parts().get(0).vertices()).containsExactly(p(1, 0), p(1, 4));
    assertThat(cb.parts().get(1).closed()).isTrue();
    assertThat(cb.parts().get(1).encloses()).isEqualTo(Encloses.PARTY_A);
    assertThat(cb.parts().get(0).lengthM()).isGreaterThan(cb.parts().get(1).lengthM());
    assertThat(cb.totalLengthM()).isCloseTo(G.distanceM(p(1, 0), p(1, 4)) + G.measure(exclave).perimeterM(),
        within(1e-6));
  }

  @Test
  void territories_that_do_not_touch_give_an_empty_result_with_their_separation() {
    Territory a = territory("A", poly(rect(0, 0, 1, 1)));
    Territory b = territory("B", poly(rect(2, 0, 3, 1)));
    CommonBoundary cb = extract(a, b, 1.0);
    assertThat(cb.isEmpty()).isTrue();
    assertThat(cb.totalLengthM()).isZero();
    assertThat(cb.separationM()).isCloseTo(G.distanceM(p(1, 0), p(2, 0)), within(1.0));
  }

  @Test
  void three_countries_meet_at_a_tripoint() {
    Territory a = territory("A", poly(rect(0, 0, 1, 1)));
    Territory b = territory("B", poly(rect(1, 0, 2, 1)));
    Territory c = territory("C", poly(rect(0, 1, 2, 2)));
    CommonBoundary cb = extract(a, b, 1.0, c);
    // C's southern edge is a geodesic along 40.01° N, which bows 4.8 cm north of the parallel midway: the
    // tripoint lies that far from C, exactly as the geodesic closest point says.
    double toC = G.closestPoint(List.of(p(0, 1), p(2, 1)), p(1, 1)).distanceM();
    assertThat(toC).isCloseTo(0.0479, within(0.0001));
    assertThat(cb.tripoints()).singleElement().satisfies(t -> {
      assertThat(t.point()).isEqualTo(p(1, 1));
      assertThat(t.thirdParty()).isEqualTo("C");
      assertThat(t.distanceM()).isCloseTo(toC, within(1e-9));
      assertThat(t.atEnd()).isTrue();
    });
    assertThat(cb.openEnds()).containsExactly(p(1, 0));
  }

  @Test
  void a_tripoint_within_the_tolerance_is_found_with_its_distance() {
    Territory a = territory("A", poly(rect(0, 0, 1, 1)));
    Territory b = territory("B", poly(rect(1, 0, 2, 1)));
    GeoPoint north = G.direct(p(0, 1), 0, 0.4).point();
    GeoPoint northEast = G.direct(p(2, 1), 0, 0.4).point();
    Territory c = territory("C", poly(new GeoRing(List.of(north, northEast, p(2, 2), p(0, 2)))));
    CommonBoundary cb = extract(a, b, 1.0, c);
    assertThat(cb.tripoints()).singleElement().satisfies(t -> {
      assertThat(t.point()).isEqualTo(p(1, 1));
      assertThat(t.distanceM()).isCloseTo(G.closestPoint(List.of(north, northEast), p(1, 1)).distanceM(),
          within(1e-9));
    });
  }

  /** Runs of two parts of A that touch at a vertex on the boundary merge into one line. */
  @Test
  void runs_of_two_parts_of_A_touching_at_a_point_merge_into_one_line() {
    GeoPolygon lower = poly(rect(0, 0, 1, 1));
    GeoPolygon upper = poly(new GeoRing(List.of(p(1, 1), p(1, 2), p(0.5, 1.5))));
    Territory a = territory("A", lower, upper);
    Territory b = territory("B", poly(new GeoRing(List.of(p(1, 0), p(2, 0), p(2, 2), p(1, 2), p(1, 1)))));
    CommonBoundary cb = extract(a, b, 1.0);
    assertThat(cb.parts()).singleElement()
        .satisfies(l -> assertThat(l.vertices()).containsExactly(p(1, 0), p(1, 1), p(1, 2)));
  }

  /** A ring of B around A, 2 m away all round: a gap of known area, snapped only at a larger tolerance. */
  @Test
  void an_enclosed_gap_is_reported_with_its_area_and_width() {
    GeoRing inner = rect(1, 1, 2, 2);
    List<GeoPoint> out = new ArrayList<>();
    out.add(G.direct(G.direct(p(1, 1), 180, 2).point(), 270, 2).point());
    out.add(G.direct(G.direct(p(2, 1), 180, 2).point(), 90, 2).point());
    out.add(G.direct(G.direct(p(2, 2), 0, 2).point(), 90, 2).point());
    out.add(G.direct(G.direct(p(1, 2), 0, 2).point(), 270, 2).point());
    GeoRing hole = new GeoRing(out);
    Territory a = territory("A", poly(inner));
    Territory b = territory("B", poly(rect(0, 0, 3, 3), hole));

    CommonBoundary strict = extract(a, b, 1.0);
    assertThat(strict.isEmpty()).isTrue();
    double expected = G.measure(hole).areaM2() - G.measure(inner).areaM2();
    assertThat(strict.gapAreaM2()).isCloseTo(expected, within(1e-6 * expected));
    assertThat(strict.discrepancies()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Discrepancy.Kind.GAP);
      assertThat(d.widthM()).isBetween(2.0, 2.9); // 2 m across, 2.83 m at the corners
      assertThat(d.withinSnap()).isFalse();
    });
    assertThat(strict.overlapAreaM2()).isZero();

    CommonBoundary loose = extract(a, b, 3.0);
    assertThat(loose.parts()).singleElement().satisfies(r -> assertThat(r.closed()).isTrue());
    assertThat(loose.gapAreaM2()).isZero();
    assertThat(loose.snappedAreaM2()).isCloseTo(expected, within(1e-6 * expected));
  }

  /**
   * A gap along a long shared line: the line has 2 000 vertices, B's copy is pushed 30 m east for one unit,
   * and A has a lake far from it. Only a few of the rings' segments lie near the gap, so its outline is
   * compared with runs of them, not with the whole rings; the lake is a hole of A ∪ B that meets only A.
   */
  @Test
  void a_gap_along_a_long_line_is_found_and_a_lake_of_one_party_is_not_a_gap() {
    int steps = 2_000;
    List<GeoPoint> lineA = new ArrayList<>();
    List<GeoPoint> lineB = new ArrayList<>();
    List<GeoPoint> gapRing = new ArrayList<>();
    for (int i = 0; i <= steps; i++) {
      GeoPoint q = p(1, i * 0.01);
      lineA.add(q);
      boolean pushed = i > 1_000 && i < 1_100;
      lineB.add(pushed ? east(q, 30) : q);
      if (i >= 1_000 && i <= 1_100) {
        gapRing.add(q);
      }
    }
    for (int i = 1_099; i > 1_000; i--) {
      gapRing.add(lineB.get(i));
    }
    List<GeoPoint> shellA = new ArrayList<>(List.of(p(0, 0)));
    shellA.addAll(lineA);
    shellA.add(p(0, steps * 0.01));
    List<GeoPoint> shellB = new ArrayList<>(List.of(p(2, 0), p(2, steps * 0.01)));
    shellB.addAll(lineB.reversed());
    Territory a = territory("A", poly(new GeoRing(shellA), rect(0.2, 5, 0.4, 6)));
    Territory b = territory("B", poly(new GeoRing(shellB)));

    CommonBoundary cb = extract(a, b, 1.0);
    double expected = Math.abs(G.measure(new GeoRing(gapRing)).areaM2());
    assertThat(cb.parts()).hasSize(2);
    assertThat(cb.discrepancies()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Discrepancy.Kind.GAP);
      assertThat(d.areaM2()).isCloseTo(expected, within(1e-6 * expected));
      assertThat(d.widthM()).isBetween(29.0, 31.0);
    });
    assertThat(cb.overlapAreaM2()).isZero();
  }

  @Test
  void an_overlap_is_reported_with_its_area() {
    Territory a = territory("A", poly(rect(0, 0, 1, 1)));
    Territory b = territory("B", poly(rect(0.5, 0, 2, 1)));
    CommonBoundary cb = extract(a, b, 1.0);
    double expected = G.measure(rect(0.5, 0, 1, 1)).areaM2();
    assertThat(cb.overlapAreaM2()).isCloseTo(expected, within(1e-6 * expected));
  }

  @Test
  void a_self_intersecting_territory_is_refused_with_its_place() {
    GeoRing bowTie = new GeoRing(List.of(p(0, 0), p(1, 1), p(1, 0), p(0, 1)));
    Territory a = territory("A", poly(bowTie));
    Territory b = territory("B", poly(rect(1, 0, 2, 1)));
    assertThatThrownBy(() -> extract(a, b, 1.0))
        .isInstanceOf(GeoInputException.class)
        .hasMessageContaining("territory A is not a valid polygon")
        .hasMessageContaining("Self-intersection")
        .hasMessageContaining("latitude 40.005000000°, longitude 45.005000000°");
  }

  @Test
  void a_self_intersecting_territory_is_repaired_when_asked_and_the_repair_reported() {
    GeoRing bowTie = new GeoRing(List.of(p(0, 0), p(1, 1), p(1, 0), p(0, 1)));
    Territory a = territory("A", poly(bowTie));
    Territory b = territory("B", poly(rect(1, 0, 2, 1)));
    CommonBoundary cb = new CommonBoundaryOp(1.0, true).extract(a, b, List.of());
    assertThat(cb.repairs()).singleElement().asString().contains("repaired");
    assertThat(cb.parts()).singleElement()
        .satisfies(l -> assertThat(l.vertices()).containsExactlyInAnyOrder(p(1, 0), p(1, 1)));
  }

  @Test
  void a_tolerance_out_of_range_is_refused() {
    assertThatThrownBy(() -> new CommonBoundaryOp(-1, false)).isInstanceOf(GeoInputException.class)
        .hasMessageContaining("snapping tolerance");
    assertThatThrownBy(() -> new CommonBoundaryOp(Double.NaN, false)).isInstanceOf(GeoInputException.class);
  }

  @Test
  void the_two_parties_must_have_different_names() {
    Territory a = territory("X", poly(rect(0, 0, 1, 1)));
    Territory b = territory("X", poly(rect(1, 0, 2, 1)));
    assertThatThrownBy(() -> extract(a, b, 1.0)).isInstanceOf(GeoInputException.class)
        .hasMessageContaining("both named X");
  }
}
