package org.groma.app.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.groma.app.BadInputException;
import org.groma.app.commission.PatrolCoverage.Stretch;
import org.groma.app.commission.PatrolEvent.PatrolRecorded;
import org.groma.app.commission.PatrolEvent.TrackPart;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;
import org.junit.jupiter.api.Test;

/**
 * Coverage of section S-1's agreed line (B-S1: (0.1°E, 0.1°N) – (0.15°E, 0.1204°N) – (0.2°E, 0.1°N)),
 * checked against GeodSolve: {@code patrols/coverage-geodsolve.tsv} holds, from GeographicLib's own tool, the
 * points of the line around where a track 600 m off it stops covering it at 1 km, and their distances to the
 * track's nearest vertex; the stretch's ends must fall where those distances cross 1 000 m, to 1 mm.
 */
class PatrolCoverageTest {

  private static final Instant T0 = Instant.parse("2024-06-30T06:00:00Z");

  record Sample(double chainageM, GeoPoint point, double distanceM) {}

  record Reference(CanonicalPoint v, CanonicalPoint v2, List<Sample> samples) {}

  static Reference reference() throws IOException {
    try (InputStream in = PatrolCoverageTest.class.getResourceAsStream("/commission/patrols/coverage-geodsolve.tsv")) {
      CanonicalPoint v = null;
      CanonicalPoint v2 = null;
      List<Sample> samples = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] f = line.split("\t");
        switch (f[0]) {
          case "vertex" -> {
            CanonicalPoint p = new CanonicalPoint(CanonicalPoint.parseNanodeg(f[3]), CanonicalPoint.parseNanodeg(f[2]));
            if (f[1].equals("V")) {
              v = p;
            } else {
              v2 = p;
            }
          }
          case "sample" -> samples.add(new Sample(Double.parseDouble(f[1]),
              new GeoPoint(Double.parseDouble(f[2]), Double.parseDouble(f[3])), Double.parseDouble(f[4])));
          default -> { }
        }
      }
      return new Reference(v, v2, samples);
    }
  }

  private static CommissionState recorded(PatrolRecorded... patrols) {
    CommissionState s = PatrolCases.withWatchers();
    for (PatrolRecorded p : patrols) {
      s = Fixture.accept(Fixture.cmd(PatrolCases.MONITOR, p), s);
    }
    return s;
  }

  private static PatrolRecorded patrol(String id, List<List<CanonicalPoint>> parts) {
    List<TrackPart> track = new ArrayList<>();
    Instant t = T0;
    for (List<CanonicalPoint> part : parts) {
      List<Instant> times = new ArrayList<>();
      for (int i = 0; i < part.size(); i++) {
        times.add(t);
        t = t.plusSeconds(60);
      }
      track.add(new TrackPart(part, times));
    }
    return new PatrolRecorded(id, "S-1", Fixture.hex("gpx " + id), track);
  }

  /** Where the GeodSolve distances cross 1 000 m, linearly between the two samples around it. */
  private static double crossing(List<Sample> samples) {
    for (int i = 1; i < samples.size(); i++) {
      Sample a = samples.get(i - 1);
      Sample b = samples.get(i);
      if ((a.distanceM() - 1000) * (b.distanceM() - 1000) <= 0) {
        return a.chainageM() + (1000 - a.distanceM()) / (b.distanceM() - a.distanceM())
            * (b.chainageM() - a.chainageM());
      }
    }
    throw new AssertionError("no crossing of 1000 m in the fixture");
  }

  @Test
  void a_tracks_covered_stretch_ends_where_geodsolve_puts_the_buffers_edge_to_1_mm() throws IOException {
    Reference ref = reference();
    PatrolCoverage c = PatrolCoverage.of(recorded(patrol("PT-V", List.of(List.of(ref.v(), ref.v2())))), "S-1",
        null, null, null, 1000, PatrolCoverage.defaultStep(1000));
    assertThat(c.agreed()).isTrue();
    assertThat(c.lineId()).isEqualTo("B-S1");
    assertThat(c.stepM()).isEqualTo(50);
    assertThat(c.covered()).hasSize(1);
    Stretch s = c.covered().get(0);
    List<Sample> first = ref.samples().stream().filter(x -> x.chainageM() < 3000).toList();
    List<Sample> last = ref.samples().stream().filter(x -> x.chainageM() > 3000).toList();
    assertThat(s.fromM()).isCloseTo(crossing(first), within(0.001));
    assertThat(s.toM()).isCloseTo(crossing(last), within(0.001));
    assertThat(c.coveredM()).isCloseTo(s.toM() - s.fromM(), within(1e-9));
    assertThat(c.patrolIds()).containsExactly("PT-V");
    // the stretch's points lie on the line, from its first end to its last
    assertThat(Geodesics.WGS84.distanceM(s.points().getFirst(), s.points().getLast()))
        .isCloseTo(s.toM() - s.fromM(), within(0.001));
  }

  @Test
  void distances_to_the_track_agree_with_geodsolve_to_a_micrometre() throws IOException {
    Reference ref = reference();
    var segment = Geodesics.WGS84.segment(ref.v().toGeoPoint(), ref.v2().toGeoPoint());
    for (Sample x : ref.samples()) {
      assertThat(PatrolCoverage.distanceM(segment, x.point())).as("at %s m", x.chainageM())
          .isCloseTo(x.distanceM(), within(1e-6));
    }
  }

  @Test
  void a_track_along_the_whole_line_covers_it_across_the_turning_point() {
    CommissionState s = recorded(patrol("PT-ALL", List.of(List.of(new CanonicalPoint(100_000_000, 100_000_000),
        new CanonicalPoint(150_000_000, 120_400_000), new CanonicalPoint(200_000_000, 100_000_000)))));
    PatrolCoverage c = PatrolCoverage.of(s, "S-1", null, null, null, 1000, 50);
    double length = Geodesics.WGS84.lengthM(List.of(new GeoPoint(0.1, 0.1), new GeoPoint(0.1204, 0.15),
        new GeoPoint(0.1, 0.2)));
    assertThat(c.lengthM()).isCloseTo(length, within(1e-6));
    assertThat(c.covered()).hasSize(1);
    assertThat(c.covered().get(0).fromM()).isZero();
    assertThat(c.covered().get(0).toM()).isEqualTo(c.lengthM());
    assertThat(c.covered().get(0).points()).contains(new GeoPoint(0.1204, 0.15));
  }

  @Test
  void parts_are_not_joined_and_the_period_selects_fixes() {
    // two parts along the line, at its start and its end, with 7 km of the line between them unwalked
    PatrolRecorded p = patrol("PT-2P", List.of(
        List.of(new CanonicalPoint(100_000_000, 100_000_000), new CanonicalPoint(110_000_000, 104_080_000)),
        List.of(new CanonicalPoint(190_000_000, 104_080_000), new CanonicalPoint(200_000_000, 100_000_000))));
    CommissionState s = recorded(p);
    PatrolCoverage both = PatrolCoverage.of(s, "S-1", null, null, null, 500, 25);
    assertThat(both.covered()).hasSize(2);
    assertThat(both.covered().get(0).fromM()).isZero();
    assertThat(both.covered().get(1).toM()).isEqualTo(both.lengthM());
    // the second part's fixes are at T0 + 2 and 3 minutes: a period ending before them leaves the first only
    PatrolCoverage early = PatrolCoverage.of(s, "S-1", null, T0, T0.plusSeconds(90), 500, 25);
    assertThat(early.covered()).hasSize(1);
    assertThat(early.covered().get(0).toM()).isCloseTo(both.covered().get(0).toM(), within(0.002));
    // a period with one fix of the first part: coverage around that one point
    PatrolCoverage one = PatrolCoverage.of(s, "S-1", null, T0, T0.plusSeconds(30), 500, 25);
    assertThat(one.covered()).hasSize(1);
    assertThat(one.covered().get(0).toM()).isCloseTo(500, within(0.002));
    PatrolCoverage none = PatrolCoverage.of(s, "S-1", null, T0.plusSeconds(3600), null, 500, 25);
    assertThat(none.covered()).isEmpty();
    assertThat(none.coveredM()).isZero();
    assertThat(none.patrolIds()).isEmpty();
  }

  @Test
  void refuses_what_it_cannot_measure() {
    CommissionState s = recorded();
    assertThatThrownBy(() -> PatrolCoverage.of(s, "S-2", null, null, null, 1000, 50))
        .isInstanceOf(BadInputException.class)
        .hasMessage("section S-2 has no agreed line; name a proposal to measure instead (proposals: A-S2, B-S2)");
    assertThatThrownBy(() -> PatrolCoverage.of(s, "S-7", null, null, null, 1000, 50))
        .hasMessage("section S-7 is not in the record (no proposal names it)");
    assertThatThrownBy(() -> PatrolCoverage.of(s, "S-1", "A-S2", null, null, 1000, 50))
        .hasMessage("proposal A-S2 is for section S-2, not S-1");
    assertThatThrownBy(() -> PatrolCoverage.of(s, "S-1", null, null, null, 0, 50))
        .hasMessage("buffer 0.0 m: give a distance above 0 m and at most 50000.0 m (coverage is about the line's"
            + " vicinity)");
    assertThatThrownBy(() -> PatrolCoverage.of(s, "S-1", null, T0, T0.minusSeconds(1), 1000, 50))
        .hasMessageContaining("the period starts");
    PatrolCoverage proposed = PatrolCoverage.of(s, "S-2", "B-S2", null, null, 1000, 50);
    assertThat(proposed.agreed()).isFalse();
    assertThat(proposed.coveredM()).isZero();
  }
}
