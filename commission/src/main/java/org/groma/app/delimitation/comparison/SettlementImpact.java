package org.groma.app.delimitation.comparison;

import java.util.ArrayList;
import java.util.List;
import org.groma.app.BadInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoRing;
import org.groma.geo.compare.DisputedArea;
import org.groma.geo.compare.LineComparison;
import org.groma.geo.compare.LocalPlane;
import org.groma.geo.geodesic.Geodesics;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * The settlements inside each disputed area of a comparison and those within a distance of either line.
 *
 * <h2>Algorithm</h2>
 * Inside: the faces' vertices already include the densification points (every edge within the comparison's
 * sag of its geodesic), so point-in-polygon runs on the faces in the {@link LocalPlane} with JTS's indexed
 * locator, after an STR-tree on the face envelopes. A point within {@link #EDGE_CHECK_M} of a face boundary
 * could lie on either side of the true geodesic edge and is reported as on the edge.
 * Near: each line is densified to {@link #INDEX_SAG_M} and its segments put in an STR-tree of the plane. A
 * point whose planar distance is surely below (or above) the threshold given the plane's scale bounds is
 * decided without geodesics; only points near the threshold, and points within it (to report the distance),
 * get a geodesic closest-point computation ({@code Geodesics.closestPoint}), on the candidate segments in
 * order of planar distance until the planar lower bound of the next exceeds the best geodesic distance.
 *
 * <h2>Thread safety</h2>
 * Immutable after construction; {@link #assess} may run from several threads.
 */
public final class SettlementImpact {

  /**
   * Sag of the lines in the nearness index, metres: 0.1 m keeps the index small (a few vertices per
   * kilometre) while the margin it adds to the prefilter is negligible against kilometre thresholds.
   */
  static final double INDEX_SAG_M = 0.1;

  /**
   * A point this close to a face boundary in the plane (metres) may lie on either side of the geodesic edge,
   * whose chords stray up to the comparison's sag (1 mm by default): 1 cm covers any sag up to 1 cm.
   */
  static final double EDGE_CHECK_M = 0.01;

  private final LineComparison comparison;
  private final double withinM;
  private final LocalPlane plane;
  private final List<IndexedPointInAreaLocator> locators = new ArrayList<>();
  private final List<Polygon> faces = new ArrayList<>();
  private final List<IndexedFacetDistance> boundaries = new ArrayList<>();
  private final STRtree faceIndex = new STRtree();
  private final LineIndex line1;
  private final LineIndex line2;

  /** Result: settlements per disputed area (same order as the comparison's areas) and near the lines. */
  public record Result(List<List<Settlement>> inAreas, List<List<Settlement>> onAreaEdges,
      List<NearbySettlement> nearLines) {}

  public SettlementImpact(LineComparison comparison, List<List<GeoPoint>> line1, List<List<GeoPoint>> line2,
      double withinM) {
    if (!(withinM >= 0) || !Double.isFinite(withinM)) {
      throw new BadInputException("the distance from the lines must be a non-negative number of metres, got "
          + withinM);
    }
    this.comparison = comparison;
    this.withinM = withinM;
    List<List<GeoPoint>> all = new ArrayList<>(line1);
    all.addAll(line2);
    this.plane = LocalPlane.around(all);
    GeometryFactory gf = new GeometryFactory();
    for (int i = 0; i < comparison.areas().size(); i++) {
      DisputedArea a = comparison.areas().get(i);
      LinearRing shell = ring(a.polygon().shell(), gf);
      LinearRing[] holes = a.polygon().holes().stream().map(h -> ring(h, gf)).toArray(LinearRing[]::new);
      Polygon p = gf.createPolygon(shell, holes);
      faces.add(p);
      locators.add(new IndexedPointInAreaLocator(p));
      boundaries.add(new IndexedFacetDistance(p.getBoundary()));
      faceIndex.insert(p.getEnvelopeInternal(), i);
    }
    faceIndex.build();
    this.line1 = new LineIndex(line1, plane);
    this.line2 = new LineIndex(line2, plane);
  }

  private LinearRing ring(GeoRing r, GeometryFactory gf) {
    List<GeoPoint> closed = r.closed();
    Coordinate[] c = new Coordinate[closed.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = new Coordinate(plane.x(closed.get(i)), plane.y(closed.get(i)));
    }
    return gf.createLinearRing(c);
  }

  /** Places every settlement. */
  public Result assess(List<Settlement> settlements) {
    List<List<Settlement>> in = new ArrayList<>();
    List<List<Settlement>> edge = new ArrayList<>();
    for (int i = 0; i < comparison.areas().size(); i++) {
      in.add(new ArrayList<>());
      edge.add(new ArrayList<>());
    }
    List<NearbySettlement> near = new ArrayList<>();
    Coordinate c = new Coordinate();
    for (Settlement s : settlements) {
      double x = plane.x(s.location());
      double y = plane.y(s.location());
      c.x = x;
      c.y = y;
      faceIndex.query(new Envelope(x - EDGE_CHECK_M, x + EDGE_CHECK_M, y - EDGE_CHECK_M, y + EDGE_CHECK_M), item -> {
        int i = (Integer) item;
        int loc = locators.get(i).locate(c);
        boolean onEdge = loc == Location.BOUNDARY || nearBoundary(i, c);
        if (onEdge) {
          edge.get(i).add(s);
        } else if (loc == Location.INTERIOR) {
          in.get(i).add(s);
        }
      });
      double d1 = line1.distanceWithin(s.location(), x, y, withinM);
      double d2 = line2.distanceWithin(s.location(), x, y, withinM);
      if (!Double.isNaN(d1) || !Double.isNaN(d2)) {
        near.add(new NearbySettlement(s, d1, d2));
      }
    }
    return new Result(in, edge, near);
  }

  private boolean nearBoundary(int face, Coordinate c) {
    return boundaries.get(face).isWithinDistance(POINTS.createPoint(c), EDGE_CHECK_M);
  }

  private static final GeometryFactory POINTS = new GeometryFactory();

  /** Segments of one line in the plane, for nearness. */
  private static final class LineIndex {
    private final STRtree tree = new STRtree();
    private final List<double[]> segs = new ArrayList<>();
    private final List<GeoPoint[]> geo = new ArrayList<>();
    private final LocalPlane plane;

    LineIndex(List<List<GeoPoint>> parts, LocalPlane plane) {
      this.plane = plane;
      for (List<GeoPoint> part : parts) {
        for (int v = 1; v < part.size(); v++) {
          List<GeoPoint> dense = part.get(v - 1).equals(part.get(v)) ? List.of(part.get(v))
              : Geodesics.WGS84.densify(part.get(v - 1), part.get(v), INDEX_SAG_M);
          for (int i = 1; i < dense.size(); i++) {
            GeoPoint a = dense.get(i - 1);
            GeoPoint b = dense.get(i);
            double[] s = {plane.x(a), plane.y(a), plane.x(b), plane.y(b)};
            tree.insert(new Envelope(s[0], s[2], s[1], s[3]), segs.size());
            segs.add(s);
            geo.add(new GeoPoint[] {a, b});
          }
        }
      }
      tree.build();
    }

    /** Geodesic distance to the line if at most {@code withinM}, else NaN. */
    double distanceWithin(GeoPoint p, double x, double y, double withinM) {
      double reach = withinM * plane.maxScale() + INDEX_SAG_M;
      List<double[]> candidates = new ArrayList<>(8);
      tree.query(new Envelope(x - reach, x + reach, y - reach, y + reach), item -> {
        int k = (Integer) item;
        double d = pointSegment(x, y, segs.get(k));
        if (d <= reach) {
          candidates.add(new double[] {d, k});
        }
      });
      if (candidates.isEmpty()) {
        return Double.NaN;
      }
      candidates.sort((a, b) -> Double.compare(a[0], b[0]));
      double geodesic = Double.POSITIVE_INFINITY;
      double localScale = plane.maxScaleWithin(p.latDeg(), reach / plane.minScale());
      for (double[] cand : candidates) {
        // A lower bound of this segment's geodesic distance (planar over the largest scale, less the sag):
        // once it exceeds the best found, or the threshold, no later candidate can do better.
        double lowerBound = cand[0] / localScale - INDEX_SAG_M;
        if (lowerBound > Math.min(geodesic, withinM)) {
          break;
        }
        GeoPoint[] g = geo.get((int) cand[1]);
        geodesic = Math.min(geodesic, Geodesics.WGS84.closestPoint(List.of(g[0], g[1]), p).distanceM());
      }
      return geodesic <= withinM ? geodesic : Double.NaN;
    }

    private static double pointSegment(double px, double py, double[] s) {
      double dx = s[2] - s[0];
      double dy = s[3] - s[1];
      double len2 = dx * dx + dy * dy;
      double t = len2 == 0 ? 0 : Math.clamp(((px - s[0]) * dx + (py - s[1]) * dy) / len2, 0, 1);
      double qx = s[0] + t * dx - px;
      double qy = s[1] + t * dy - py;
      return Math.sqrt(qx * qx + qy * qy);
    }
  }
}
