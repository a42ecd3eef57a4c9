package org.groma.app.demarcation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.groma.app.commission.PillarRegister;
import org.groma.app.demarcation.AcceptanceCheck.Item;
import org.groma.app.demarcation.AcceptanceCheck.Outcome;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A seeded demarcation: main pillars on an agreed line's turning points and intermediate pillars between them,
 * each moved in a random direction by a random distance either inside or beyond its tolerance (never within
 * 1 mm of it). The checks name exactly the pillars moved beyond.
 */
class AcceptanceCheckTest {

  private static final Geodesics G = Geodesics.WGS84;
  private static final Map<String, BigDecimal> TOL = PillarRegister.DEFAULT_TOLERANCES;

  private static List<GeoPoint> line() {
    List<GeoPoint> line = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      line.add(new GeoPoint(41.2 + 0.004 * Math.sin(i), 45.1 + 0.006 * i));
    }
    return line;
  }

  @ParameterizedTest
  @ValueSource(longs = {7, 8, 9})
  void every_pillar_moved_beyond_tolerance_fails_and_none_inside(long seed) {
    Random r = new Random(seed);
    List<GeoPoint> line = line();
    double tol = TOL.get("setOutToleranceM").doubleValue();
    double otol = TOL.get("intermediateOffsetToleranceM").doubleValue();
    Set<String> beyondSetOut = new HashSet<>();
    Set<String> beyondOffset = new HashSet<>();
    // main pillars 1, 3, 5, ... on the turning points, moved in a random direction
    List<SurveyedPillar> mains = new ArrayList<>();
    for (int i = 0; i < line.size(); i++) {
      String label = Integer.toString(2 * i + 1);
      boolean beyond = r.nextBoolean();
      double d = beyond ? tol + 0.001 + r.nextDouble() * 0.2 : r.nextDouble() * (tol - 0.001);
      if (beyond) {
        beyondSetOut.add(label);
      }
      mains.add(TestPillars.at(label, "main", i, null, G.direct(line.get(i), r.nextDouble() * 360, d).point()));
    }
    // intermediate pillars 2, 4, ... a third of the way between the surveyed mains, moved across their geodesic
    List<SurveyedPillar> pillars = new ArrayList<>();
    for (int i = 0; i < mains.size(); i++) {
      pillars.add(mains.get(i));
      if (i + 1 < mains.size()) {
        String label = Integer.toString(2 * i + 2);
        boolean beyond = r.nextBoolean();
        double d = beyond ? otol + 0.001 + r.nextDouble() * 0.3 : r.nextDouble() * (otol - 0.001);
        if (beyond) {
          beyondOffset.add(label);
        }
        GeoPoint a = mains.get(i).position();
        var inv = G.inverse(a, mains.get(i + 1).position());
        var foot = G.direct(a, inv.azimuth1Deg(), inv.distanceM() / 3);
        GeoPoint p = G.direct(foot.point(), foot.azimuthDeg() + (r.nextBoolean() ? 90 : -90), d).point();
        pillars.add(TestPillars.at(label, "intermediate", null, null, p));
      }
    }
    AcceptanceCheck.Report report = AcceptanceCheck.run(pillars, Map.of("S-1", line), PillarRegister.DEFAULT_TOLERANCES);
    assertThat(failing(report, "set-out")).isEqualTo(beyondSetOut);
    assertThat(failing(report, "intermediate-offset")).isEqualTo(beyondOffset);
    assertThat(beyondSetOut).isNotEmpty();
    assertThat(beyondOffset).isNotEmpty();
    assertThat(report.items().stream().filter(i -> i.check().equals("set-out"))).hasSize(line.size());
    assertThat(report.items().stream().filter(i -> i.check().equals("intermediate-offset"))).hasSize(line.size() - 1);
    assertThat(report.items().stream().filter(i -> i.check().equals("intervisibility"))
        .allMatch(i -> i.outcome() == Outcome.UNCHECKED)).isTrue();
    assertThat(failing(report, "numbering")).isEmpty();
  }

  private static Set<String> failing(AcceptanceCheck.Report report, String check) {
    Set<String> out = new HashSet<>();
    for (Item i : report.failures()) {
      if (i.check().equals(check)) {
        out.add(i.pillar());
      }
    }
    return out;
  }

  @Test
  void gaps_duplicates_spacing_and_river_banks_are_named() {
    List<GeoPoint> line = line();
    GeoPoint a = line.get(0);
    var inv = G.inverse(line.get(0), line.get(1));
    GeoPoint left = G.direct(G.direct(a, inv.azimuth1Deg(), 200).point(), inv.azimuth1Deg() - 90, 15).point();
    GeoPoint right = G.direct(G.direct(a, inv.azimuth1Deg(), 200).point(), inv.azimuth1Deg() + 90, 12).point();
    GeoPoint right2 = G.direct(G.direct(a, inv.azimuth1Deg(), 300).point(), inv.azimuth1Deg() + 90, 12).point();
    List<SurveyedPillar> pillars = List.of(
        TestPillars.at("1", "main", 0, null, line.get(0), "blocked"),
        TestPillars.at("2/1", "river", null, new BigDecimal("15"), left),
        TestPillars.at("2/2", "river", null, new BigDecimal("12"), right),
        TestPillars.at("3/1", "river", null, new BigDecimal("12"), right),
        TestPillars.at("3/2", "river", null, new BigDecimal("12"), right2),
        TestPillars.at("5", "main", 1, null, line.get(1)),
        TestPillars.at("5", "main", 1, null, line.get(1)),
        TestPillars.at("6", "main", 5, null, line.get(5)),
        TestPillars.at("7/2", "river", null, new BigDecimal("3"), right));
    AcceptanceCheck.Report report = AcceptanceCheck.run(pillars, Map.of("S-1", line), PillarRegister.DEFAULT_TOLERANCES);
    assertThat(failing(report, "numbering")).containsExactlyInAnyOrder("4", "5", "7/1");
    assertThat(failing(report, "river-pair")).containsExactlyInAnyOrder("3", "7");
    assertThat(report.items()).anyMatch(i -> i.check().equals("river-pair") && i.pillar().equals("2")
        && i.outcome() == Outcome.PASS);
    assertThat(report.items()).anyMatch(i -> i.check().equals("spacing") && i.pillar().equals("5-6")
        && i.outcome() == Outcome.WARN);
    assertThat(report.items()).anyMatch(i -> i.check().equals("intervisibility") && i.pillar().equals("1-5")
        && i.outcome() == Outcome.WARN);
  }
}
