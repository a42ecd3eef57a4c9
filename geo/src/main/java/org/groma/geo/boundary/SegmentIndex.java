package org.groma.geo.boundary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;
import org.groma.geo.geodesic.GeodesicSegment;
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
 * is built on first use, and segments' geodesics are kept as they are measured.
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

  /**
   * Margin on the numerical error of a geodesic closest point, metres: GeographicLib's inverse is good to
   * about 15 nm and the iteration stops within 1 nm, so a computed distance is within this of the true one.
   */
  static final double NUMERIC_M = 1e-6;

  /** The least radius of curvature on WGS84 (the meridian's at the equator, 6 335 439 m), rounded down. */
  static final double MIN_RADIUS_M = 6_335_000.0;

  /** Latitude beyond which no bulge bound is given (the first search is not used), degrees. */
  static final double BULGE_MAX_LAT_DEG = 80.0;

  /** Segment length beyond which no bulge bound is given, metres. */
  static final double BULGE_MAX_LENGTH_M = 200_000.0;

  /** Bulge below which a segment is not listed in {@link #bulging}, metres. */
  static final double SMALL_BULGE_M = 0.01;

  /** Distances below this are final after the first search of {@link #distanceM}, metres. */
  static final double FIRST_SEARCH_BOUND_M = SEARCH_MARGIN_M - 2 * SMALL_BULGE_M - NUMERIC_M;

  private final STRtree tree = new STRtree();
  /** The segments whose bulge may exceed {@link #SMALL_BULGE_M}, each under a box that holds all of it. */
  private final STRtree bulging = new STRtree();
  private final List<Segment> segments = new ArrayList<>();
  private final List<LineString> rings = new ArrayList<>();
  private IndexedFacetDistance nearest;
  /** The geodesic of each segment measured so far by {@link #distanceM}. */
  private final Map<Segment, GeodesicSegment> geodesics = new IdentityHashMap<>();

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
      double bulge = bulgeM(s.p(), s.q());
      if (bulge > SMALL_BULGE_M) {
        Envelope whole = envelope(s.p(), s.q());
        whole.expandBy(0, Double.isFinite(bulge) ? bulge / MIN_METRES_PER_DEG_LAT : 180);
        bulging.insert(whole, s);
      }
    }
  }

  SegmentIndex build() {
    tree.build();
    bulging.build();
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

  /**
   * The segments that may come within {@code radiusM} of {@code p}: those whose box of ends does, and those
   * whose geodesic bulges out of that box far enough to ({@link #bulging}, under boxes that hold all of them).
   * Without the second, a long edge at a high latitude whose geodesic passes nearer than its box was missed.
   */
  @SuppressWarnings("unchecked")
  private List<Segment> candidates(GeoPoint p, double radiusM) {
    Envelope around = box(envelope(p, p), radiusM);
    List<Segment> near = new ArrayList<>(tree.query(around));
    List<Segment> bulges = bulging.query(around);
    if (!bulges.isEmpty()) {
      Set<Segment> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      seen.addAll(near);
      for (Segment s : bulges) {
        if (seen.add(s)) {
          near.add(s);
        }
      }
    }
    return near;
  }

  /** Geodesic distance from {@code p} to the nearest segment within {@code radiusM}, or +∞ if none is. */
  double distanceWithinM(GeoPoint p, double radiusM) {
    double best = Double.POSITIVE_INFINITY;
    for (Segment s : candidates(p, radiusM)) {
      best = Math.min(best, Geodesics.WGS84.closestPoint(List.of(s.p(), s.q()), p).distanceM());
    }
    return best <= radiusM ? best : Double.POSITIVE_INFINITY;
  }

  /**
   * As {@link #distanceWithinM}, the same double but for the sign of a zero, with less work: segments are
   * taken nearest first (in the plane) and each one's geodesic kept for the next point; a segment's ends are
   * measured first, and its along-track iteration is skipped where the ends show it cannot come nearer than
   * the least distance so far. For any point y of a geodesic segment of length L from P to Q, the triangle
   * inequality gives 2·d(p, y) ≥ d(p, P) + d(p, Q) − L.
   */
  private double leastWithinM(GeoPoint p, double radiusM) {
    List<Segment> near = candidates(p, radiusM);
    if (near.size() > 1) {
      double k = Math.cos(Math.toRadians(p.latDeg()));
      near.sort(Comparator.comparingDouble(s -> planarDistance(s, p, k)));
    }
    double best = Double.POSITIVE_INFINITY;
    for (Segment s : near) {
      if (best == 0) {
        break; // no distance is less (the sign of a zero never reaches a width, which is a maximum from +0)
      }
      GeodesicSegment g = geodesics.computeIfAbsent(s, x -> Geodesics.WGS84.segment(x.p(), x.q()));
      double first = g.end(p, true).distanceM();
      double last = g.end(p, false).distanceM();
      best = Math.min(best, Math.min(first, last));
      if ((first + last - g.lengthM()) / 2 - NUMERIC_M < best) {
        best = Math.min(best, g.closestFrom(p, 0).distanceM());
      }
    }
    return best <= radiusM ? best : Double.POSITIVE_INFINITY;
  }

  /** Squared distance from {@code p} to {@code s} in the plane, longitudes scaled by {@code k}: an order only. */
  private static double planarDistance(Segment s, GeoPoint p, double k) {
    double ax = (s.p().lonDeg() - p.lonDeg()) * k;
    double ay = s.p().latDeg() - p.latDeg();
    double bx = (s.q().lonDeg() - p.lonDeg()) * k;
    double by = s.q().latDeg() - p.latDeg();
    double dx = bx - ax;
    double dy = by - ay;
    double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? Math.clamp(-(ax * dx + ay * dy) / len2, 0.0, 1.0) : 0;
    double x = ax + t * dx;
    double y = ay + t * dy;
    return x * x + y * y;
  }

  /**
   * Geodesic distance from {@code p} to the nearest segment, metres. The nearest point in the
   * longitude–latitude plane (JTS {@link IndexedFacetDistance}) gives an upper bound U of the distance; every
   * segment within U (plus a margin for the chord's sag) is then measured geodesically and the least taken.
   */
  double distanceM(GeoPoint p) {
    // First the segments within SEARCH_MARGIN_M, which the full search below always takes in as well (its
    // radius is at least that). Any other segment lies, but for a bulge of at most SMALL_BULGE_M, outside a box
    // around p that holds every point within SEARCH_MARGIN_M, so its distance is at least SEARCH_MARGIN_M less
    // twice that bulge and the numerical error, unless it bulges more and comes near (then the full search).
    // A distance found below that bound is the least the full search finds too: the same double.
    double d = leastWithinM(p, SEARCH_MARGIN_M);
    if (d < FIRST_SEARCH_BOUND_M && bulging.query(box(envelope(p, p), SEARCH_MARGIN_M)).isEmpty()) {
      return d;
    }
    if (nearest == null) {
      nearest = new IndexedFacetDistance(FACTORY.createMultiLineString(rings.toArray(LineString[]::new)));
    }
    Coordinate c = nearest.nearestPoints(FACTORY.createPoint(new Coordinate(p.lonDeg(), p.latDeg())))[0];
    double upper = Geodesics.WGS84.distanceM(p, GeoPoint.ofLonLat(c.x, c.y));
    return leastWithinM(p, upper * (1 + SEARCH_MARGIN) + SEARCH_MARGIN_M);
  }

  /**
   * How far the geodesic from {@code a} to {@code b} may leave the lon/lat box of its ends, metres, doubled
   * for safety; +∞ near the poles or for segments too long for the bound. Longitude runs monotonically along a
   * geodesic, so only latitude can overshoot, at a vertex of the geodesic: by about L²·tan φ / (8 R) for a
   * segment of length L at latitude φ. L is bounded by a path along a parallel and a meridian (111 700 m per
   * degree bounds both from above).
   */
  static double bulgeM(GeoPoint a, GeoPoint b) {
    double maxAbsLat = Math.max(Math.abs(a.latDeg()), Math.abs(b.latDeg()));
    double minAbsLat = Math.min(Math.abs(a.latDeg()), Math.abs(b.latDeg()));
    double lengthM = 111_700.0 * (Math.abs(a.latDeg() - b.latDeg())
        + Math.abs(a.lonDeg() - b.lonDeg()) * Math.cos(Math.toRadians(minAbsLat)));
    if (maxAbsLat > BULGE_MAX_LAT_DEG || !(lengthM <= BULGE_MAX_LENGTH_M)) {
      return Double.POSITIVE_INFINITY;
    }
    return 2 * lengthM * lengthM * Math.tan(Math.toRadians(maxAbsLat + 0.1)) / (8 * MIN_RADIUS_M);
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
