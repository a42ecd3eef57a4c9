package org.groma.app.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.groma.app.delimitation.LineType;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;
import org.groma.journal.entry.Party;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The placement of points against an agreed line agrees with an independent reference computed with
 * GeodSolve alone ({@code src/test/resources/incident/geodsolve/make-placements.py}, its output stored as
 * {@code placements.tsv}): the distance to 1 mm, the side exactly, the nearest point to 1 cm, including
 * points near a turning point, beyond a section's ends, and inside and outside an enclave.
 */
class LinePlacerGeodSolveTest {

  /** The lines of make-placements.py, longitude then latitude. */
  static final Map<String, double[]> LINES = Map.of(
      "demo-s1", new double[] {0.1, 0.1, 0.15, 0.1204, 0.2, 0.1},
      "zigzag", new double[] {44.0, 40.0, 44.5, 40.3, 45.0, 39.9, 45.6, 40.4},
      "enclave", new double[] {45.2, 39.15, 45.4, 39.15, 45.4, 39.25, 45.2, 39.25, 45.2, 39.15});

  static AgreedSection section(String id) {
    double[] lonLat = LINES.get(id);
    List<GeoPoint> points = new ArrayList<>();
    for (int i = 0; i < lonLat.length; i += 2) {
      points.add(GeoPoint.ofLonLat(lonLat[i], lonLat[i + 1]));
    }
    return new AgreedSection(id, "D-" + id, points,
        Collections.nCopies(points.size() - 1, LineType.Kind.GEODESIC));
  }

  static Stream<Arguments> rows() throws IOException {
    try (InputStream in = LinePlacerGeodSolveTest.class.getResourceAsStream("/incident/geodsolve/placements.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
          .map(l -> l.split("\t")).map(f -> Arguments.of(f[0], f[1], f)).toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("rows")
  void agrees_with_geodsolve(String line, String name, String[] f) {
    LinePlacer placer = new LinePlacer(List.of(section(line)));
    GeoPoint p = GeoPoint.ofLonLat(Double.parseDouble(f[2]), Double.parseDouble(f[3]));
    Placement placement = placer.place(p);
    int segment = Integer.parseInt(f[4]);
    double distance = Double.parseDouble(f[5]);
    String at = f[9];

    assertThat(placement.distanceM()).as("distance").isCloseTo(distance, within(0.001));
    assertThat(placement.side() == null ? "-" : placement.side().code()).as("side").isEqualTo(f[6]);
    if (placement.side() != null) {
      assertThat(Math.signum(placement.signedDistanceM())).isEqualTo(placement.side() == Party.A ? 1.0 : -1.0);
    }
    GeoPoint nearest = GeoPoint.ofLonLat(Double.parseDouble(f[7]), Double.parseDouble(f[8]));
    assertThat(Geodesics.WGS84.distanceM(placement.nearest(), nearest)).as("nearest point").isLessThan(0.01);
    if (at.equals("vertex")) {
      // a turning point belongs to the segments on both sides of it; a ring's first to its last segment too
      int segments = LINES.get(line).length / 2 - 1;
      assertThat(List.of(segment - 1, segment, segment + 1, segment == 1 ? segments : 0, segment == segments ? 1 : 0))
          .contains(placement.segment());
    } else {
      assertThat(placement.segment()).as("segment").isEqualTo(segment);
    }
    assertThat(placement.sectionId()).isEqualTo(line);
  }
}
