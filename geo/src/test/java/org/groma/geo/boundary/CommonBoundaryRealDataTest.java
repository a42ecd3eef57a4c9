package org.groma.geo.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ARM–AZE common boundary on the shipped extracts, compared with PostGIS (fixtures and commands in
 * {@code src/test/resources/boundary/README.md}).
 */
class CommonBoundaryRealDataTest {

  /** Same vertices, same geodesic formulas: only the summation order differs (GeographicLib both sides). */
  static final double LENGTH_RELATIVE = 1e-9;

  record Reference(int parts, double totalM, List<String[]> partRows, Set<String> tripoints, double overlapM2) {}

  static Reference reference(String fixture) throws IOException {
    try (InputStream in = CommonBoundaryRealDataTest.class.getResourceAsStream("/boundary/" + fixture)) {
      List<String[]> rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank()).map(l -> l.split("\\|")).toList();
      String[] total = rows.stream().filter(r -> r[0].equals("total")).findFirst().orElseThrow();
      List<String[]> parts = rows.stream().filter(r -> r[0].equals("part")).toList();
      Set<String> tripoints = rows.stream().filter(r -> r[0].equals("tripoint"))
          .map(r -> r[1] + " " + r[2]).collect(Collectors.toCollection(TreeSet::new));
      double overlap = rows.stream().filter(r -> r[0].equals("overlap")).mapToDouble(r -> Double.parseDouble(r[1]))
          .findFirst().orElseThrow();
      return new Reference(Integer.parseInt(total[1]), Double.parseDouble(total[2]), parts, tripoints, overlap);
    }
  }

  @ParameterizedTest(name = "{0}: {2}–{3}")
  @CsvSource({
      "osm_caucasus.geojson, A3, ARM, AZE, postgis_osm_arm_aze.txt",
      "ne10m_caucasus.geojson, name, Armenia, Azerbaijan, postgis_ne_armenia_azerbaijan.txt",
  })
  void agrees_with_PostGIS_on_the_shipped_data(String file, String property, String a, String b, String fixture)
      throws IOException {
    Map<String, Territory> all = TestGeoJson.territories(TestGeoJson.data(file), property);
    List<Territory> thirds = all.values().stream().filter(t -> !t.name().equals(a) && !t.name().equals(b)).toList();
    CommonBoundary cb = CommonBoundaryOp.extract(all.get(a), all.get(b), thirds, CommonBoundaryOp.DEFAULT_SNAP_M);
    Reference ref = reference(fixture);

    assertThat(cb.parts()).hasSize(ref.parts());
    assertThat(cb.totalLengthM()).isCloseTo(ref.totalM(), within(ref.totalM() * LENGTH_RELATIVE));
    for (int i = 0; i < ref.parts(); i++) {
      String[] r = ref.partRows().get(i);
      BoundaryPart p = cb.parts().get(i);
      double len = Double.parseDouble(r[1]);
      assertThat(p.lengthM()).as("part %d", i).isCloseTo(len, within(len * LENGTH_RELATIVE));
      assertThat(p.vertices()).as("part %d", i).hasSize(Integer.parseInt(r[2]));
      assertThat(p.closed()).as("part %d", i).isEqualTo(r[3].equals("t"));
      if (!p.closed()) {
        // PostGIS's ST_LineMerge direction is its own; ours puts A on the left. The ends are the same pair.
        assertThat(Set.of(lonLat(p.start()), lonLat(p.end()))).as("part %d ends", i)
            .isEqualTo(Set.of(point(r[4]), point(r[5])));
      }
    }
    Set<String> tripoints = cb.tripoints().stream().filter(Tripoint::atEnd)
        .map(t -> t.thirdParty() + " " + lonLat(t.point())).collect(Collectors.toCollection(TreeSet::new));
    assertThat(tripoints).isEqualTo(ref.tripoints());
    assertThat(cb.tripoints()).allSatisfy(t -> assertThat(t.distanceM()).isLessThan(1e-6));
    double overlap = cb.discrepancies().stream().filter(d -> d.kind() == Discrepancy.Kind.OVERLAP)
        .mapToDouble(Discrepancy::areaM2).sum();
    assertThat(overlap).isCloseTo(ref.overlapM2(), within(1.0 + 1e-7 * ref.overlapM2()));

    assertEveryVertexIsAnInputVertexOfA(cb, all.get(a));
    assertALiesOnTheLeft(cb, all.get(a));
  }

  private static String lonLat(GeoPoint p) {
    return point(p.lonDeg() + " " + p.latDeg());
  }

  /** Normalises "lon lat" text to doubles printed by Java, so 45.0 and 45 compare equal. */
  private static String point(String lonLat) {
    String[] s = lonLat.trim().split(" ");
    return Double.parseDouble(s[0]) + " " + Double.parseDouble(s[1]);
  }

  static void assertEveryVertexIsAnInputVertexOfA(CommonBoundary cb, Territory a) {
    Set<GeoPoint> vertices = new java.util.HashSet<>();
    for (GeoPolygon p : a.polygons()) {
      vertices.addAll(p.shell().vertices());
      p.holes().forEach(h -> vertices.addAll(h.vertices()));
    }
    for (BoundaryPart part : cb.parts()) {
      assertThat(vertices).containsAll(part.vertices());
    }
  }

  /**
   * A lies on the left: a point a little to the left of each segment's midpoint (in the lon/lat plane) is
   * inside A, one a little to the right is not (tested on segments longer than 100 m).
   */
  static void assertALiesOnTheLeft(CommonBoundary cb, Territory a) {
    var jts = TerritoryGeometry.toJts(a.polygons());
    int checked = 0;
    for (BoundaryPart part : cb.parts()) {
      List<GeoPoint> v = part.vertices();
      for (int i = 0; i + 1 < v.size(); i++) {
        GeoPoint p = v.get(i);
        GeoPoint q = v.get(i + 1);
        double dx = q.lonDeg() - p.lonDeg();
        double dy = q.latDeg() - p.latDeg();
        double len = Math.hypot(dx, dy);
        if (len < 1e-3) {
          continue;
        }
        double mx = (p.lonDeg() + q.lonDeg()) / 2;
        double my = (p.latDeg() + q.latDeg()) / 2;
        double e = 1e-6;
        var left = TerritoryGeometry.FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(
            mx - dy / len * e, my + dx / len * e));
        assertThat(jts.contains(left)).as("left of segment %d of a part", i).isTrue();
        checked++;
      }
    }
    assertThat(checked).isPositive();
  }
}
