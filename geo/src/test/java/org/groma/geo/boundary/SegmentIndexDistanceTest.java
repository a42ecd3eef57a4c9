package org.groma.geo.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;
import org.groma.geo.geodesic.Geodesics;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * {@link SegmentIndex#distanceM} (a first search within 1 m, ends before the along-track iteration, geodesics
 * kept) gives the very double the plain search gives: the lon/lat nearest point bounds the distance, and every
 * segment within that bound is measured in full ({@link SegmentIndex#distanceWithinM}).
 */
class SegmentIndexDistanceTest {

  private static final GeometryFactory FACTORY = new GeometryFactory();

  /** The distance as computed before the first search was added: one search, every candidate in full. */
  private static double plainDistanceM(List<GeoPolygon> polygons, SegmentIndex index, GeoPoint p) {
    List<LineString> rings = new ArrayList<>();
    for (GeoPolygon polygon : polygons) {
      List<GeoRing> all = new ArrayList<>(List.of(polygon.shell()));
      all.addAll(polygon.holes());
      for (GeoRing r : all) {
        rings.add(FACTORY.createLineString(r.closed().stream()
            .map(v -> new Coordinate(v.lonDeg(), v.latDeg())).toArray(Coordinate[]::new)));
      }
    }
    IndexedFacetDistance nearest = new IndexedFacetDistance(FACTORY.createMultiLineString(
        rings.toArray(LineString[]::new)));
    Coordinate c = nearest.nearestPoints(FACTORY.createPoint(new Coordinate(p.lonDeg(), p.latDeg())))[0];
    double upper = Geodesics.WGS84.distanceM(p, GeoPoint.ofLonLat(c.x, c.y));
    return index.distanceWithinM(p, upper * (1 + SegmentIndex.SEARCH_MARGIN) + SegmentIndex.SEARCH_MARGIN_M);
  }

  /** Points at the vertices, on the edges, and off them by millimetres to kilometres. */
  private static void sameAsPlainSearch(List<GeoPolygon> polygons, int samples, Random rnd) {
    SegmentIndex index = new SegmentIndex(polygons).build();
    SegmentIndex plain = new SegmentIndex(polygons).build();
    List<SegmentIndex.Segment> segments = index.segments();
    int fast = 0;
    for (int i = 0; i < samples; i++) {
      SegmentIndex.Segment s = segments.get(rnd.nextInt(segments.size()));
      double f = switch (i % 4) {
        case 0 -> 0;
        case 1 -> 0.5;
        default -> rnd.nextDouble();
      };
      double off = i % 3 == 0 ? 0 : Math.pow(10, -3 + 6 * rnd.nextDouble()) * (rnd.nextBoolean() ? 1 : -1);
      double lon = s.p().lonDeg() + f * (s.q().lonDeg() - s.p().lonDeg()) + off / 85_000.0;
      double lat = s.p().latDeg() + f * (s.q().latDeg() - s.p().latDeg()) + off * rnd.nextDouble() / 111_000.0;
      GeoPoint p = GeoPoint.ofLonLat(lon, lat);
      double d = index.distanceM(p) + 0.0; // (+0.0: the sign of a zero may differ, and never reaches a width)
      assertThat(d).as("distance from %s", p).isEqualTo(plainDistanceM(polygons, plain, p) + 0.0);
      if (d < SegmentIndex.FIRST_SEARCH_BOUND_M) {
        fast++;
      }
    }
    assertThat(fast).as("points settled by the first search").isGreaterThan(samples / 10);
  }

  @Test
  void a_seeded_synthetic_territory_with_short_edges() {
    Territory[] ab = LocalGapSearchTest.syntheticPair(3_000, new Random(16));
    sameAsPlainSearch(ab[1].polygons(), 3_000, new Random(1));
  }

  @Test
  void shipped_territories_with_edges_of_kilometres() throws IOException {
    Map<String, Territory> all = TestGeoJson.territories(TestGeoJson.data("osm_caucasus.geojson"), "A3");
    sameAsPlainSearch(all.get("ARM").polygons(), 1_500, new Random(2));
    Map<String, Territory> ne = TestGeoJson.territories(TestGeoJson.data("ne10m_caucasus.geojson"), "name");
    sameAsPlainSearch(ne.get("Azerbaijan").polygons(), 1_500, new Random(3));
  }

  @Test
  void a_long_edge_bulging_past_its_box_is_still_the_nearest() {
    // A 7 km edge along the parallel of 60°N: its geodesic runs about 1.6 m north of the box of its ends.
    GeoPoint west = new GeoPoint(60, 10);
    GeoPoint east = new GeoPoint(60, 10.125);
    GeoPoint vertex = Geodesics.WGS84.segment(west, east).position(Geodesics.WGS84.distanceM(west, east) / 2);
    double excessM = (vertex.latDeg() - 60) * 111_400;
    assertThat(excessM).isBetween(1.5, 1.75);
    // p lies 0.4 m south of the geodesic, more than the first search's metre north of the edge's box ...
    GeoPoint p = new GeoPoint(vertex.latDeg() - 0.4 / 111_400, vertex.lonDeg());
    // ... and 0.8 m south of a small square: the first search finds the square only
    double south = p.latDeg() + 0.8 / 111_400;
    GeoPolygon square = polygon(new GeoPoint(south, p.lonDeg() - 1e-4), new GeoPoint(south, p.lonDeg() + 1e-4),
        new GeoPoint(south + 1e-4, p.lonDeg() + 1e-4), new GeoPoint(south + 1e-4, p.lonDeg() - 1e-4));
    GeoPolygon field = polygon(new GeoPoint(59.9, 10), new GeoPoint(59.9, 10.125), east, west);
    List<GeoPolygon> both = List.of(field, square);
    double d = new SegmentIndex(both).build().distanceM(p);
    assertThat(d).isEqualTo(plainDistanceM(both, new SegmentIndex(both).build(), p)).isBetween(0.35, 0.45);
  }

  @Test
  void an_edge_bulging_further_past_its_box_than_the_search_radius_is_not_missed() {
    // An 11 km edge along 60°N: its geodesic runs about 4 m north of the box of its ends.
    GeoPoint west = new GeoPoint(60, 10);
    GeoPoint east = new GeoPoint(60, 10.2);
    GeoPoint vertex = Geodesics.WGS84.segment(west, east).position(Geodesics.WGS84.distanceM(west, east) / 2);
    assertThat((vertex.latDeg() - 60) * 111_400).isBetween(3.8, 4.4);
    // p lies 0.4 m south of the geodesic, about 3.6 m north of the edge's box; a square 0.8 m north of p
    // makes the lon/lat nearest point 0.8 m away, so a search of radius 0.8 m plus margins never reaches the
    // edge's box: only its bulge, indexed apart, brings it in.
    GeoPoint p = new GeoPoint(vertex.latDeg() - 0.4 / 111_400, vertex.lonDeg());
    double south = p.latDeg() + 0.8 / 111_400;
    GeoPolygon square = polygon(new GeoPoint(south, p.lonDeg() - 1e-4), new GeoPoint(south, p.lonDeg() + 1e-4),
        new GeoPoint(south + 1e-4, p.lonDeg() + 1e-4), new GeoPoint(south + 1e-4, p.lonDeg() - 1e-4));
    GeoPolygon field = polygon(new GeoPoint(59.9, 10), new GeoPoint(59.9, 10.2), east, west);
    List<GeoPolygon> both = List.of(field, square);
    double truth = Double.POSITIVE_INFINITY; // every segment measured, no index
    for (GeoPolygon g : both) {
      List<GeoPoint> ring = g.shell().closed();
      for (int i = 0; i + 1 < ring.size(); i++) {
        truth = Math.min(truth, Geodesics.WGS84.closestPoint(List.of(ring.get(i), ring.get(i + 1)), p).distanceM());
      }
    }
    assertThat(truth).isBetween(0.35, 0.45);
    assertThat(new SegmentIndex(both).build().distanceM(p)).isEqualTo(truth);
  }

  private static GeoPolygon polygon(GeoPoint... anticlockwise) {
    return new GeoPolygon(new GeoRing(List.of(anticlockwise)), List.of());
  }

  @Test
  void the_bulge_bound_grows_with_length_and_latitude_and_gives_up_near_the_poles() {
    GeoPoint a = new GeoPoint(40, 45);
    assertThat(SegmentIndex.bulgeM(a, new GeoPoint(40, 45.0004))).isLessThan(1e-4); // 34 m along a parallel
    // 10 km along the parallel at 40°: the geodesic's vertex lies about L²·tan φ / (8R) = 1.7 m north
    double tenKm = SegmentIndex.bulgeM(a, new GeoPoint(40, 45.1174));
    assertThat(tenKm).isBetween(1.7, 2 * 1.8);
    GeoPoint q = new GeoPoint(40, 45.1174);
    double vertexLat = Geodesics.WGS84.segment(a, q).position(Geodesics.WGS84.distanceM(a, q) / 2).latDeg();
    assertThat((vertexLat - 40) * 111_000).isBetween(1.0, tenKm);
    assertThat(SegmentIndex.bulgeM(new GeoPoint(81, 0), new GeoPoint(81, 0.001))).isInfinite();
    assertThat(SegmentIndex.bulgeM(a, new GeoPoint(42, 45))).isInfinite(); // over 200 km
  }
}
