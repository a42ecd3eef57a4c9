package org.groma.geo.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineComparisonOpTest {

  private static final GeoPoint SW = new GeoPoint(40.0, 45.0);
  private static final GeoPoint SE = new GeoPoint(40.0, 45.5);
  private static final GeoPoint NE = new GeoPoint(40.3, 45.5);
  private static final GeoPoint NW = new GeoPoint(40.3, 45.0);

  /** Planimeter's ring areas (fixture planimeter.txt), m². */
  private static final Map<String, Double> PLANIMETER = planimeter();

  /** Planimeter prints 4 decimals of m²; GeographicLib Java and C++ round per-edge sums differently. */
  private static final double AREA_TOLERANCE_M2 = 1e-3;

  /**
   * Two geodesic distances to the same nearest point, measured from foot points a nanometre apart on
   * differently split geodesic segments (the test's raw edges, the comparison's densified pieces), differ by
   * the inverse solutions' rounding, about 15 nm each (Karney 2013): the minimum is that flat (seed 1 shows
   * 1.4 nm, and a 1 µm brute-force search along the edge finds a point 0.4 mm away 2 nm nearer still).
   */
  private static final double INVERSE_NOISE_M = 3e-8;

  private static Map<String, Double> planimeter() {
    Map<String, Double> m = new HashMap<>();
    for (String line : resource("planimeter.txt").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] out = line.substring(line.lastIndexOf('|') + 1).trim().split(" ");
      m.put(line.substring(0, line.indexOf('|')).trim(), Double.parseDouble(out[2]));
    }
    return m;
  }

  static String resource(String name) {
    try (InputStream in = LineComparisonOpTest.class.getResourceAsStream("/compare/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static LineComparison compare(List<GeoPoint> l1, List<GeoPoint> l2) {
    return LineComparisonOp.compare(List.of(l1), List.of(l2), ComparisonOptions.defaults());
  }

  @Test
  void two_lines_forming_a_geodesic_rectangle_enclose_its_planimeter_area_given_a_to_b() {
    LineComparison c = compare(List.of(SW, SE, NE), List.of(SW, NW, NE));
    assertThat(c.areas()).hasSize(1);
    assertThat(c.areas().getFirst().line1Gives()).isEqualTo(Side.A);
    assertThat(c.areas().getFirst().line2Gives()).isEqualTo(Side.B);
    assertThat(c.areaM2AtoB()).isCloseTo(PLANIMETER.get("rectangle"), within(AREA_TOLERANCE_M2));
    assertThat(c.areaM2BtoA()).isZero();
    assertThat(c.closedEnds()).isEmpty();
    assertThat(c.openEnds()).isEmpty();
  }

  @Test
  void a_diagonal_and_two_sides_enclose_the_planimeter_triangle_given_b_to_a() {
    LineComparison c = compare(List.of(SW, NE), List.of(SW, SE, NE));
    assertThat(c.areas()).singleElement().satisfies(a -> {
      assertThat(a.line1Gives()).isEqualTo(Side.B);
      assertThat(a.line2Gives()).isEqualTo(Side.A);
    });
    assertThat(c.areaM2BtoA()).isCloseTo(PLANIMETER.get("triangle"), within(AREA_TOLERANCE_M2));
    assertThat(c.areaM2AtoB()).isZero();
    // The largest offset of line 2 from line 1 is at its corner SE: check it against the distance to the diagonal.
    double cornerToDiagonal = Geodesics.WGS84.closestPoint(List.of(SW, NE), SE).distanceM();
    assertThat(c.offsets().max2to1M()).isCloseTo(cornerToDiagonal, within(1e-6));
  }

  @Test
  void a_small_triangle_is_measured_to_the_square_millimetre() {
    GeoPoint a = new GeoPoint(40.0, 45.0);
    GeoPoint b = new GeoPoint(40.0, 45.001);
    GeoPoint cc = new GeoPoint(40.001, 45.001);
    LineComparison c = compare(List.of(a, cc), List.of(a, b, cc));
    assertThat(c.areaM2BtoA()).isCloseTo(PLANIMETER.get("small_triangle"), within(1e-4));
  }

  @Test
  void crossing_lines_make_two_faces_one_each_way_whose_difference_is_the_signed_bowtie_area() {
    List<GeoPoint> l1 = List.of(new GeoPoint(40.0, 45.0), new GeoPoint(40.0, 45.3));
    List<GeoPoint> l2 = List.of(new GeoPoint(40.01, 45.0), new GeoPoint(39.98, 45.3));
    LineComparison c = compare(l1, l2);
    assertThat(c.areas()).hasSize(2);
    assertThat(c.areas()).extracting(DisputedArea::line1Gives).containsExactlyInAnyOrder(Side.A, Side.B);
    assertThat(c.closedEnds()).hasSize(2);
    assertThat(c.closedEnds()).allSatisfy(k -> assertThat(k.from().line()).isNotEqualTo(k.to().line()));
    // Ring line 1, connector, line 2 backwards, connector: its signed area is A-to-B minus B-to-A.
    double signed = signedArea(List.of(l1.get(0), l1.get(1), l2.get(1), l2.get(0)));
    assertThat(c.areaM2AtoB() - c.areaM2BtoA()).isCloseTo(signed, within(1.0 + 1e-9 * c.areaM2AtoB()));
    assertThat(c.areaM2AtoB()).isGreaterThan(1e6);
    assertThat(c.areaM2BtoA()).isGreaterThan(1e6);
    assertThat(c.agreeStretches()).isNotEmpty();
    assertThat(c.agreeLengthM()).isLessThan(1000);
  }

  @Test
  void identical_lines_have_no_area_agree_over_their_whole_length_and_no_offset() {
    List<GeoPoint> l = List.of(SW, new GeoPoint(40.05, 45.1), new GeoPoint(40.02, 45.2), NE);
    LineComparison c = compare(l, l);
    assertThat(c.areas()).isEmpty();
    assertThat(c.areaM2AtoB()).isZero();
    assertThat(c.areaM2BtoA()).isZero();
    assertThat(c.offsets().hausdorffM()).isLessThan(1e-6);
    assertThat(c.offsets().meanOffsetM()).isLessThan(1e-6);
    assertThat(c.agreeLengthM()).isCloseTo(Geodesics.WGS84.lengthM(l), within(1e-6));
    assertThat(c.agreeStretches()).hasSize(1);
  }

  @Test
  void a_reversed_line_is_refused_without_a_reference_point() {
    assertThatThrownBy(() -> compare(List.of(SW, SE, NE), List.of(NE, NW, SW)))
        .isInstanceOf(GeoInputException.class)
        .hasMessageContaining("line 2 runs against line 1 along part 0")
        .hasMessageContaining("reverse line 2 or give a reference point inside A");
  }

  @Test
  void a_reversed_line_is_turned_round_from_a_reference_point_and_reported() {
    GeoPoint insideA = new GeoPoint(40.5, 45.25); // north of both lines, facing them
    GeoPoint sw2 = new GeoPoint(40.05, 45.0);
    GeoPoint se2 = new GeoPoint(40.05, 45.5);
    LineComparison c = LineComparisonOp.compare(List.of(List.of(SW, SE)), List.of(List.of(se2, sw2)),
        ComparisonOptions.defaults().withAPoint(insideA));
    assertThat(c.reversedParts1()).isEmpty();
    assertThat(c.reversedParts2()).containsExactly(0);
    // The strip between, closed by two meridian connectors: A by line 1, B by line 2 (GeographicLib).
    PolygonArea strip = new PolygonArea(Geodesic.WGS84, false);
    strip.AddPoint(40.0, 45.0);
    strip.AddPoint(40.0, 45.5);
    strip.AddPoint(40.05, 45.5);
    strip.AddPoint(40.05, 45.0);
    assertThat(c.areaM2AtoB()).isCloseTo(Math.abs(strip.Compute(false, true).area), within(AREA_TOLERANCE_M2));
    assertThat(c.orientation().method()).isEqualTo("reference-points");
  }

  @Test
  void lines_touching_at_many_points_make_faces_alternating_between_the_parties() {
    int teeth = 20;
    List<GeoPoint> straight = new ArrayList<>();
    List<GeoPoint> zigzag = new ArrayList<>();
    for (int i = 0; i <= 2 * teeth; i++) {
      double lon = 45.0 + i * 0.01;
      straight.add(new GeoPoint(40.0, lon));
      zigzag.add(new GeoPoint(i % 2 == 0 ? 40.0 : (i % 4 == 1 ? 40.005 : 39.995), lon));
    }
    LineComparison c = compare(straight, zigzag);
    assertThat(c.areas()).hasSize(teeth);
    long aToB = c.areas().stream().filter(a -> a.line1Gives() == Side.A).count();
    assertThat(aToB).isEqualTo(teeth / 2);
    assertThat(c.areaM2AtoB() - c.areaM2BtoA())
        .isCloseTo(signedArea(closedRing(straight, zigzag)), within(1e-3));
    // Every tooth tip is a vertex of line 2; its distance to the straight line bounds the maximum from below.
    double tip = Geodesics.WGS84.closestPoint(straight, zigzag.get(1)).distanceM();
    assertThat(c.offsets().max2to1M()).isGreaterThanOrEqualTo(tip - 1e-9);
    assertThat(c.agreeLengthM()).isGreaterThan(0);
  }

  @Test
  void an_enclave_ring_against_a_shifted_ring_gives_two_crescents_one_each_way() {
    GeoPoint centreOfA = new GeoPoint(41.0, 44.0);
    List<GeoPoint> ring1 = ring(40.0, 45.0, 0.05, 0);
    List<GeoPoint> ring2 = ring(40.0, 45.02, 0.05, 0);
    LineComparison c = LineComparisonOp.compare(List.of(ring1), List.of(ring2),
        ComparisonOptions.defaults().withAPoint(centreOfA));
    // Both rings enclose B (the point inside A is outside both); the lens both give B is not between them.
    assertThat(c.areas()).hasSize(2);
    assertThat(c.facesNotBetween()).isEqualTo(1);
    assertThat(c.areas()).extracting(DisputedArea::line1Gives).containsExactlyInAnyOrder(Side.A, Side.B);
    double area1 = Geodesics.WGS84.measure(org.groma.geo.GeoRing.of(ring1)).areaM2();
    double area2 = Geodesics.WGS84.measure(org.groma.geo.GeoRing.of(ring2)).areaM2();
    // Ring 1 encloses B: what lies in ring 2 but not ring 1 line 1 gives A, line 2 gives B; the lens cancels.
    assertThat(c.areaM2AtoB() - c.areaM2BtoA()).isCloseTo(area2 - area1, within(1e-3));
    assertThat(c.closedEnds()).isEmpty();
  }

  @Test
  void lines_that_are_not_near_each_other_are_refused_with_their_distance() {
    List<GeoPoint> l1 = List.of(SW, SE);
    List<GeoPoint> l2 = List.of(new GeoPoint(40.5, 45.0), new GeoPoint(40.5, 45.5));
    double gap = Geodesics.WGS84.distanceM(SW, new GeoPoint(40.5, 45.0));
    assertThatThrownBy(() -> compare(l1, l2))
        .isInstanceOf(GeoInputException.class)
        .hasMessageStartingWith("the lines are not near each other: at their nearest they are "
            + String.format(java.util.Locale.ROOT, "%.0f", gap).substring(0, 3))
        .hasMessageContaining("more than the maximum connector length 10000.000 m");
  }

  @Test
  void bad_parts_are_refused_with_their_place() {
    assertThatThrownBy(() -> compare(List.of(SW), List.of(SW, SE)))
        .hasMessage("line 1, part 0: a line part needs at least 2 vertices, got 1");
    assertThatThrownBy(() -> compare(List.of(SW, SE, SE, NE), List.of(SW, NE)))
        .hasMessageStartingWith("line 1, part 0, vertex 2: repeats the previous vertex");
    assertThatThrownBy(() -> LineComparisonOp.compare(List.of(List.of(SW, SE)),
        List.of(List.of(new GeoPoint(40, 170), new GeoPoint(40, -170))), ComparisonOptions.defaults()))
        .hasMessageContaining("not across the antimeridian");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void random_lines_sharing_ends_satisfy_area_and_offset_invariants(long seed) {
    Random r = new Random(seed);
    int n = 5 + r.nextInt(60);
    GeoPoint start = new GeoPoint(39 + r.nextDouble(), 44 + r.nextDouble());
    double lengthDeg = 0.05 + r.nextDouble() * 0.5;
    List<GeoPoint> l1 = new ArrayList<>();
    List<GeoPoint> l2 = new ArrayList<>();
    l1.add(start);
    l2.add(start);
    for (int i = 1; i < n; i++) {
      double lon = start.lonDeg() + lengthDeg * i / n;
      l1.add(new GeoPoint(start.latDeg() + (r.nextDouble() - 0.5) * 0.01, lon + (r.nextDouble() - 0.5) * 0.3 * lengthDeg / n));
      l2.add(new GeoPoint(start.latDeg() + (r.nextDouble() - 0.5) * 0.01, lon + (r.nextDouble() - 0.5) * 0.3 * lengthDeg / n));
    }
    GeoPoint end = new GeoPoint(start.latDeg(), start.lonDeg() + lengthDeg);
    l1.add(end);
    l2.add(end);
    LineComparison c = compare(l1, l2);
    // Areas: the signed area of line 1 + line 2 backwards is A-to-B minus B-to-A (a winding-number identity).
    // Each crossing node lies on the longitude-latitude chords, within the sag of the geodesics, and moves the
    // faces on either side of it by at most sag x the longest densified piece.
    double signed = signedArea(closedRing(l1, l2));
    double longest = Math.max(longestPiece(l1), longestPiece(l2));
    assertThat(c.areaM2AtoB() - c.areaM2BtoA())
        .isCloseTo(signed, within(0.01 + 2 * ComparisonOptions.DEFAULT_MAX_SAG_M * longest * (c.areas().size() + 1)));
    for (DisputedArea a : c.areas()) {
      assertThat(a.areaM2()).isPositive();
    }
    // Offsets: never below the distance of any vertex to the other line, computed independently.
    for (GeoPoint v : l1) {
      assertThat(c.offsets().max1to2M())
          .isGreaterThanOrEqualTo(Geodesics.WGS84.closestPoint(l2, v).distanceM() - INVERSE_NOISE_M);
    }
    for (GeoPoint v : l2) {
      assertThat(c.offsets().max2to1M())
          .isGreaterThanOrEqualTo(Geodesics.WGS84.closestPoint(l1, v).distanceM() - INVERSE_NOISE_M);
    }
    // ...and the maximum is a real distance: its point lies that far from line 2.
    double check = Geodesics.WGS84.closestPoint(l2, c.offsets().max1to2At()).distanceM();
    assertThat(c.offsets().max1to2M()).isCloseTo(check, within(1e-6));
    // ...and no sampled point along line 1 lies farther than the maximum (plus the bisection tolerance).
    for (int i = 0; i + 1 < l1.size(); i++) {
      for (GeoPoint p : Geodesics.WGS84.densifyByDistance(l1.get(i), l1.get(i + 1), 5)) {
        assertThat(Geodesics.WGS84.closestPoint(l2, p).distanceM())
            .isLessThanOrEqualTo(c.offsets().max1to2M() + OffsetMeter.BISECTION_TOLERANCE_M);
      }
    }
    assertThat(c.offsets().meanOffsetM()).isBetween(0.0, c.offsets().max1to2M());
    assertThat(c.agreeLengthM()).isBetween(0.0, c.line1LengthM() + 1e-6);
  }

  private static double longestPiece(List<GeoPoint> line) {
    double longest = 0;
    for (int i = 0; i + 1 < line.size(); i++) {
      List<GeoPoint> d = Geodesics.WGS84.densify(line.get(i), line.get(i + 1), ComparisonOptions.DEFAULT_MAX_SAG_M);
      longest = Math.max(longest, Geodesics.WGS84.distanceM(d.get(0), d.get(1)));
    }
    return longest;
  }

  private static List<GeoPoint> closedRing(List<GeoPoint> l1, List<GeoPoint> l2) {
    List<GeoPoint> ring = new ArrayList<>(l1);
    List<GeoPoint> back = new ArrayList<>(l2);
    java.util.Collections.reverse(back);
    ring.addAll(back.subList(1, back.size() - 1));
    return ring;
  }

  /** Signed geodesic area, counter-clockwise positive (GeographicLib PolygonArea, sign = true). */
  static double signedArea(List<GeoPoint> ring) {
    PolygonArea p = new PolygonArea(Geodesic.WGS84, false);
    ring.forEach(v -> p.AddPoint(v.latDeg(), v.lonDeg()));
    return p.Compute(false, true).area;
  }

  /** A closed ring of 36 vertices around (lat, lon), counter-clockwise unless cw. */
  private static List<GeoPoint> ring(double lat, double lon, double radiusDeg, int unused) {
    List<GeoPoint> r = new ArrayList<>();
    for (int i = 0; i < 36; i++) {
      double t = 2 * Math.PI * i / 36;
      r.add(new GeoPoint(lat + radiusDeg * Math.sin(t), lon + radiusDeg * Math.cos(t) / Math.cos(Math.toRadians(lat))));
    }
    r.add(r.getFirst());
    return r;
  }
}
