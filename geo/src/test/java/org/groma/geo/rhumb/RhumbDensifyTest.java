package org.groma.geo.rhumb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.sf.geographiclib.GeoMath;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import net.sf.geographiclib.Pair;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RhumbDensifyTest {

  private static final Rhumb RHUMB = Rhumb.WGS84;

  /** Points sampled inside a piece when measuring how far the line really strays from its drawn chord. */
  private static final int SAMPLES_PER_PIECE = 8;

  /** Pieces per line whose departure is sampled (first, last and spread between), to bound the test's time. */
  private static final int PIECES_SAMPLED = 24;

  /**
   * Golden-section steps for the nearest chord point: 0.618⁸⁰ ≈ 2e-17 of the piece, i.e. down to round-off.
   * (40 steps left 5 mm of a 1 300 km piece unresolved and reported that as departure.)
   */
  private static final int GOLDEN_SECTION_STEPS = 80;

  /** Azimuth offset at the far end allowed to a point said to lie on the line (round-off, as in the fixtures). */
  private static final double ON_LINE_OFFSET_M = 10e-9;

  /** Seeded lines of every kind: random, across the equator and antimeridian, near the poles, long, short. */
  static Stream<Arguments> lines() {
    Random rnd = new Random(7_2024);
    List<Arguments> cases = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      cases.add(Arguments.of(point(rnd.nextDouble(-80, 80), rnd.nextDouble(-180, 180)),
          point(rnd.nextDouble(-80, 80), rnd.nextDouble(-180, 180)), pickSag(rnd)));
    }
    for (int i = 0; i < 10; i++) { // short boundary-like segments, 1–50 km
      double lat = rnd.nextDouble(-70, 70);
      double lon = rnd.nextDouble(-179, 179);
      cases.add(Arguments.of(point(lat, lon),
          point(lat + rnd.nextDouble(-0.4, 0.4), lon + rnd.nextDouble(-0.4, 0.4)), pickSag(rnd)));
    }
    for (int i = 0; i < 10; i++) { // across the antimeridian
      cases.add(Arguments.of(point(rnd.nextDouble(-60, 60), rnd.nextDouble(170, 180)),
          point(rnd.nextDouble(-60, 60), rnd.nextDouble(-180, -170)), pickSag(rnd)));
    }
    for (int i = 0; i < 10; i++) { // near a pole, and from the pole itself
      double sign = rnd.nextBoolean() ? 1 : -1;
      cases.add(Arguments.of(point(sign * rnd.nextDouble(89.9, 89.99999), rnd.nextDouble(-180, 180)),
          point(sign * rnd.nextDouble(88, 89.9), rnd.nextDouble(-180, 180)), pickSag(rnd)));
      cases.add(Arguments.of(point(sign * 90, rnd.nextDouble(-180, 180)),
          point(sign * rnd.nextDouble(60, 89), rnd.nextDouble(-180, 180)), pickSag(rnd)));
    }
    cases.add(Arguments.of(point(-10, 0), point(10, 1), 0.01));
    cases.add(Arguments.of(point(-60, -170), point(70, 170), 1.0));
    cases.add(Arguments.of(point(45, 10), point(45.000001, 60), 0.001));
    return cases.stream();
  }

  private static double pickSag(Random rnd) {
    return new double[] {0.001, 0.01, 1, 100}[rnd.nextInt(4)];
  }

  @ParameterizedTest
  @MethodSource("lines")
  void every_piece_sags_at_most_maxSag(GeoPoint a, GeoPoint b, double maxSagM) {
    List<GeoPoint> points = RHUMB.densify(a, b, maxSagM);
    for (int k = 0; k + 1 < points.size(); k++) {
      if (onOneMeridian(points.get(k), points.get(k + 1))) {
        continue; // left whole: the chord is the meridian itself (see the meridian test)
      }
      assertThat(midpointSagM(points.get(k), points.get(k + 1))).as("piece %d of %d", k, points.size() - 1)
          .isLessThanOrEqualTo(maxSagM);
    }
  }

  @ParameterizedTest
  @MethodSource("lines")
  void the_line_strays_from_the_drawn_chords_by_at_most_maxSag_anywhere(GeoPoint a, GeoPoint b, double maxSagM) {
    List<GeoPoint> points = RHUMB.densify(a, b, maxSagM);
    for (int k : sampledPieces(points.size() - 1)) {
      assertThat(sampledDepartureM(points.get(k), points.get(k + 1)))
          .as("piece %d of %d", k, points.size() - 1)
          .isLessThanOrEqualTo(maxSagM);
    }
  }

  @ParameterizedTest
  @MethodSource("lines")
  void ends_are_the_given_points_and_the_rest_lie_on_the_rhumb_line(GeoPoint a, GeoPoint b, double maxSagM) {
    List<GeoPoint> points = RHUMB.densify(a, b, maxSagM);
    assertThat(points.get(0)).isEqualTo(a);
    assertThat(points.get(points.size() - 1)).isEqualTo(b);
    RhumbInverse whole = RHUMB.inverse(a, b);
    GeoPoint from = Math.abs(a.latDeg()) == 90 ? b : a; // from a pole, azimuth is 0 or 180 to every point
    RhumbInverse reference = RHUMB.inverse(from, from == a ? b : a);
    for (GeoPoint p : points.subList(1, points.size() - 1)) {
      RhumbInverse toP = from == a ? RHUMB.inverse(a, p) : RHUMB.inverse(b, p);
      double offsetM = Math.toRadians(Math.abs(RhumbSolveComparisonTest.angleDiffDeg(
          toP.azimuthDeg(), reference.azimuthDeg()))) * toP.distanceM();
      assertThat(offsetM).as("%s", p).isLessThanOrEqualTo(ON_LINE_OFFSET_M);
      assertThat(toP.distanceM()).isLessThanOrEqualTo(whole.distanceM()); // equal: the pole step, see Rhumb#densify
    }
  }

  @Test
  void a_line_across_the_equator_is_cut_there_because_its_midpoint_shows_no_sag() {
    // Symmetric about the equator: its midpoint lies on the chord, yet elsewhere it is over 100 m off,
    // since a rhumb line bends opposite ways north and south of the equator.
    GeoPoint a = point(-10, 0);
    GeoPoint b = point(10, 1);
    assertThat(midpointSagM(a, b)).isLessThan(1e-6);
    assertThat(sampledDepartureM(a, b)).isGreaterThan(100);

    List<GeoPoint> points = RHUMB.densify(a, b, 0.01);
    assertThat(points).anySatisfy(p -> assertThat(p.latDeg()).isCloseTo(0, within(1e-12)));
    assertThat(points.size()).isGreaterThan(3);
  }

  @Test
  void a_line_from_a_pole_first_steps_along_the_pole_to_the_other_ends_meridian() {
    // A chord slanting from (90°, 0°) to (60°, 45°) would stray from the meridian 45° in proportion to its
    // length; the step along the top edge costs nothing on the ground and leaves a meridian.
    assertThat(RHUMB.densify(point(90, 0), point(60, 45), 0.001))
        .containsExactly(point(90, 0), point(90, 45), point(60, 45));
    assertThat(RHUMB.densify(point(60, 45), point(-90, 0), 0.001))
        .hasSize(4).startsWith(point(60, 45)).endsWith(point(-90, 45), point(-90, 0));
  }

  @Test
  void a_meridian_is_returned_whole_because_its_chord_is_itself() {
    assertThat(RHUMB.densify(point(10, 30), point(50, 30), 0.001)).containsExactly(point(10, 30), point(50, 30));
    List<GeoPoint> across = RHUMB.densify(point(-10, 30), point(50, 30), 0.001);
    assertThat(across).hasSize(3);
    assertThat(across.get(1).latDeg()).isCloseTo(0, within(1e-12));
    assertThat(across.get(1).lonDeg()).isEqualTo(30);
  }

  @Test
  void a_parallel_needs_no_intermediate_points() {
    // Drawn in the lon/lat plane a parallel is a straight line, and so is this rhumb line.
    assertThat(RHUMB.densify(point(52, 5), point(52, 45), 0.001)).containsExactly(point(52, 5), point(52, 45));
  }

  @Test
  void coincident_points_give_both_points() {
    assertThat(RHUMB.densify(point(1, 2), point(1, 2), 1)).containsExactly(point(1, 2), point(1, 2));
  }

  @Test
  void pieces_are_equal_along_the_line() {
    GeoPoint a = point(40, -3);
    GeoPoint b = point(41, 2);
    List<GeoPoint> points = RHUMB.densify(a, b, 0.001);
    double piece = RHUMB.inverse(a, b).distanceM() / (points.size() - 1);
    for (int k = 0; k + 1 < points.size(); k++) {
      assertThat(RHUMB.inverse(points.get(k), points.get(k + 1)).distanceM())
          .isCloseTo(piece, within(1e-6));
    }
  }

  @Test
  void densify_by_distance_spaces_points_equally_within_the_limit() {
    GeoPoint a = point(40, -3);
    GeoPoint b = point(41, 2);
    List<GeoPoint> points = RHUMB.densifyByDistance(a, b, 10_000);
    double whole = RHUMB.inverse(a, b).distanceM();
    assertThat(points).hasSize((int) Math.ceil(whole / 10_000) + 1);
    assertThat(points.get(0)).isEqualTo(a);
    assertThat(points.get(points.size() - 1)).isEqualTo(b);
    for (int k = 0; k + 1 < points.size(); k++) {
      double spacing = RHUMB.inverse(points.get(k), points.get(k + 1)).distanceM();
      assertThat(spacing).isLessThanOrEqualTo(10_000).isCloseTo(whole / (points.size() - 1),
          within(1e-6));
    }
  }

  @Test
  void refuses_a_sag_that_is_not_positive() {
    for (double bad : new double[] {0, -1, Double.NaN, Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> RHUMB.densify(point(0, 0), point(1, 1), bad))
          .isInstanceOf(GeoInputException.class).hasMessageContaining("sag").hasMessageContaining(String.valueOf(bad));
      assertThatThrownBy(() -> RHUMB.densifyByDistance(point(0, 0), point(1, 1), bad))
          .isInstanceOf(GeoInputException.class).hasMessageContaining("spacing")
          .hasMessageContaining(String.valueOf(bad));
    }
  }

  @Test
  void refuses_to_make_more_than_a_million_points() {
    assertThatThrownBy(() -> RHUMB.densify(point(-60, 0), point(60, 150), 1e-9))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("1.0E-9 m").hasMessageContaining("1000000");
    assertThatThrownBy(() -> RHUMB.densifyByDistance(point(-60, 0), point(60, 150), 1e-3))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("0.001 m");
  }

  /** The method's measure, recomputed here: rhumb midpoint of the piece to the midpoint of its lon/lat chord. */
  private static double midpointSagM(GeoPoint p, GeoPoint q) {
    RhumbInverse piece = RHUMB.inverse(p, q);
    GeoPoint mid = RHUMB.direct(fromPole(p, q), piece.azimuthDeg(), piece.distanceM() / 2).point();
    return distanceM(mid, chordPoint(p, q, 0.5));
  }

  /**
   * Largest distance from sampled points of the rhumb line p→q to the chord p→q drawn in the lon/lat plane
   * (the nearest chord point found by golden-section search on the chord's parameter).
   */
  private static double sampledDepartureM(GeoPoint p, GeoPoint q) {
    RhumbInverse piece = RHUMB.inverse(p, q);
    double worst = 0;
    for (int j = 1; j < SAMPLES_PER_PIECE; j++) {
      GeoPoint r = RHUMB.direct(fromPole(p, q), piece.azimuthDeg(),
          piece.distanceM() * j / SAMPLES_PER_PIECE).point();
      worst = Math.max(worst, distanceToChordM(r, p, q));
    }
    return worst;
  }

  private static double distanceToChordM(GeoPoint r, GeoPoint p, GeoPoint q) {
    double lo = 0;
    double hi = 1;
    double g = (Math.sqrt(5) - 1) / 2;
    for (int i = 0; i < GOLDEN_SECTION_STEPS; i++) {
      double t1 = hi - g * (hi - lo);
      double t2 = lo + g * (hi - lo);
      if (distanceM(r, chordPoint(p, q, t1)) <= distanceM(r, chordPoint(p, q, t2))) {
        hi = t2;
      } else {
        lo = t1;
      }
    }
    return distanceM(r, chordPoint(p, q, (lo + hi) / 2));
  }

  /** Pieces of one line whose departure is sampled: all of a short list, else this many spread along it. */
  private static List<Integer> sampledPieces(int pieces) {
    if (pieces <= PIECES_SAMPLED) {
      return java.util.stream.IntStream.range(0, pieces).boxed().toList();
    }
    return java.util.stream.IntStream.range(0, PIECES_SAMPLED)
        .mapToObj(i -> (int) ((long) i * (pieces - 1) / (PIECES_SAMPLED - 1))).toList();
  }

  /** From a pole the line runs down the meridian of the other end (see Rhumb#densify). */
  private static GeoPoint fromPole(GeoPoint p, GeoPoint q) {
    return Math.abs(p.latDeg()) == 90 ? point(p.latDeg(), q.lonDeg()) : p;
  }

  private static GeoPoint chordPoint(GeoPoint p, GeoPoint q, double t) {
    double lat = p.latDeg() + t * (q.latDeg() - p.latDeg());
    double lon = GeoMath.AngNormalize(p.lonDeg() + t * lonDiff(p.lonDeg(), q.lonDeg()));
    return point(lat, lon);
  }

  private static boolean onOneMeridian(GeoPoint a, GeoPoint b) {
    return lonDiff(a.lonDeg(), b.lonDeg()) == 0;
  }

  private static double lonDiff(double from, double to) {
    var d = new Pair();
    GeoMath.AngDiff(d, from, to);
    return d.first;
  }

  private static double distanceM(GeoPoint x, GeoPoint y) {
    return Geodesic.WGS84.Inverse(x.latDeg(), x.lonDeg(), y.latDeg(), y.lonDeg(), GeodesicMask.DISTANCE).s12;
  }

  private static GeoPoint point(double latDeg, double lonDeg) {
    return new GeoPoint(latDeg, lonDeg);
  }
}
