package org.groma.geo.boundary;

import java.util.ArrayList;
import java.util.List;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;
import org.groma.geo.geodesic.Geodesics;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The boundary segments (ring edges) of a territory in a spatial index, for "which segments lie within d
 * metres of here" and geodesic distances to the boundary.
 *
 * <p>The index works in the longitude–latitude plane; a search radius in metres becomes a box in degrees
 * that is never smaller than the radius anywhere in it (see {@link #box}), so no segment within the radius
 * is missed. Distances are then measured geodesically.
 *
 * <h2>Thread safety</h2>
 * Not shared between threads (each extraction builds its own); the nearest-point index
 * is built on first use.
 */
final class SegmentIndex {

  /** A ring edge from {@code p} to {@code q} (a geodesic). */
  record Segment(GeoPoint p, GeoPoint q) {}

  /**
   * Metres per degree of latitude, a lower bound: the meridian degree is 110 574 m at the equator and grows
   * towards the poles (WGS84), so a radius divided by this spans at least the radius in latitude.
   */
  static final double MIN_METRES_PER_DEG_LAT = 110_574.0 * 0.999;

  /**
   * Metres per degree of longitude on the equator, a·π/180 for WGS84 (a = 6 378 137 m), rounded down. At
   * latitude φ a degree of the parallel is N(φ)·cos φ·π/180 with N ≥ a, so it is at least this times cos φ:
   * dividing a radius by this and by cos φ_max spans at least the radius at every latitude of the box.
   */
  static final double METRES_PER_DEG_LON_EQUATOR = 111_319.49;

  /**
   * Margins of the search radius around the lon/lat-plane nearest point, relative and metres: that point lies
   * on a straight lon/lat chord, which can stray from the geodesic edge by its sag (centimetres for edges of
   * kilometres); 1e-3 of the distance plus 1 m covers it with room to spare.
   */
  static final double SEARCH_MARGIN = 1e-3;

  static final double SEARCH_MARGIN_M = 1.0;

  private static final GeometryFactory FACTORY = new GeometryFactory();

  /** Latitude beyond which the box simply spans every longitude (cos φ too small to divide by). */
  static final double POLAR_CAP_DEG = 89.0;

  private final STRtree tree = new STRtree();
  private final List<Segment> segments = new ArrayList<>();
  private final List<LineString> rings = new ArrayList<>();
  private IndexedFacetDistance nearest;

  SegmentIndex(List<GeoPolygon> polygons) {
    for (GeoPolygon polygon : polygons) {
      add(polygon.shell());
      polygon.holes().forEach(this::add);
    }
  }

  private void add(GeoRing ring) {
    List<GeoPoint> v = ring.closed();
    Coordinate[] cs = new Coordinate[v.size()];
    for (int i = 0; i < v.size(); i++) {
      cs[i] = new Coordinate(v.get(i).lonDeg(), v.get(i).latDeg());
    }
    rings.add(FACTORY.createLineString(cs));
    for (int i = 0; i + 1 < v.size(); i++) {
      Segment s = new Segment(v.get(i), v.get(i + 1));
      segments.add(s);
      tree.insert(envelope(s.p(), s.q()), s);
    }
  }

  SegmentIndex build() {
    tree.build();
    return this;
  }

  List<Segment> segments() {
    return segments;
  }

  /** Segments whose box may come within {@code radiusM} metres of the box of {@code a}–{@code b}. */
  @SuppressWarnings("unchecked")
  List<Segment> near(GeoPoint a, GeoPoint b, double radiusM) {
    return tree.query(box(envelope(a, b), radiusM));
  }

  /** Geodesic distance from {@code p} to the nearest segment within {@code radiusM}, or +∞ if none is. */
  double distanceWithinM(GeoPoint p, double radiusM) {
    double best = Double.POSITIVE_INFINITY;
    for (Segment s : near(p, p, radiusM)) {
      best = Math.min(best, Geodesics.WGS84.closestPoint(List.of(s.p(), s.q()), p).distanceM());
    }
    return best <= radiusM ? best : Double.POSITIVE_INFINITY;
  }

  /**
   * Geodesic distance from {@code p} to the nearest segment, metres. The nearest point in the
   * longitude–latitude plane (JTS {@link IndexedFacetDistance}) gives an upper bound U of the distance; every
   * segment within U (plus a margin for the chord's sag) is then measured geodesically and the least taken.
   */
  double distanceM(GeoPoint p) {
    if (nearest == null) {
      nearest = new IndexedFacetDistance(FACTORY.createMultiLineString(rings.toArray(LineString[]::new)));
    }
    Coordinate c = nearest.nearestPoints(FACTORY.createPoint(new Coordinate(p.lonDeg(), p.latDeg())))[0];
    double upper = Geodesics.WGS84.distanceM(p, GeoPoint.ofLonLat(c.x, c.y));
    return distanceWithinM(p, upper * (1 + SEARCH_MARGIN) + SEARCH_MARGIN_M);
  }

  static Envelope envelope(GeoPoint a, GeoPoint b) {
    return new Envelope(a.lonDeg(), b.lonDeg(), a.latDeg(), b.latDeg());
  }

  /** {@code e} grown by at least {@code radiusM} metres on every side. */
  static Envelope box(Envelope e, double radiusM) {
    double dLat = radiusM / MIN_METRES_PER_DEG_LAT;
    double maxAbsLat = Math.max(Math.abs(e.getMinY()), Math.abs(e.getMaxY())) + dLat;
    if (maxAbsLat >= POLAR_CAP_DEG) {
      return new Envelope(-180, 180, e.getMinY() - dLat, e.getMaxY() + dLat);
    }
    double dLon = radiusM / (METRES_PER_DEG_LON_EQUATOR * Math.cos(Math.toRadians(maxAbsLat)));
    return new Envelope(e.getMinX() - dLon, e.getMaxX() + dLon, e.getMinY() - dLat, e.getMaxY() + dLat);
  }
}
