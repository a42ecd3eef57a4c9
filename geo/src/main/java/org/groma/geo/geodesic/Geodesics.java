package org.groma.geo.geodesic;

import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Accumulator;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;
import org.groma.geo.Ellipsoid;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;

/**
 * Geodesic calculations on an ellipsoid: the inverse and direct problems, lengths of polylines, areas and
 * perimeters of polygons with geodesic edges, the closest point of a polyline to a point, and densification.
 *
 * <pre>{@code
 * GeodesicInverse g = Geodesics.WGS84.inverse(new GeoPoint(40.18, 44.51), new GeoPoint(40.41, 49.87));
 * }</pre>
 *
 * <h2>Algorithm</h2>
 * A thin layer over GeographicLib-Java (C. F. F. Karney, "Algorithms for geodesics", J. Geodesy 87, 43–55,
 * 2013): {@code Geodesic.Inverse}, {@code Geodesic.Direct}, {@code GeodesicLine} and {@code PolygonArea}.
 * Sums of many lengths use GeographicLib's error-free {@code Accumulator}. The closest-point search and the
 * densification are Groma's own and are described on their methods.
 *
 * <h2>Accuracy</h2>
 * Distances to about 15 nm and azimuths to about 1e-9° for the WGS84 ellipsoid (Karney 2013, table 2),
 * checked against GeodSolve in the tests. Polygon areas are exact for geodesic edges to about 0.1 m² per
 * ring for rings the size of a country. They agree with Planimeter to 1e-6 m² + 1e-12 relative + 1e-5 m²
 * per vertex: the C++ and Java ports round the per-edge sums differently (docs/geodesy.md).
 *
 * <h2>Limitations</h2>
 * A ring must enclose less than half the ellipsoid (each ring's area is taken as the smaller of its two
 * interpretations). The closest-point search assumes the point lies within a quarter meridian (about
 * 10 000 km) of the polyline.
 *
 * <h2>Thread safety</h2>
 * Immutable; safe from any thread.
 */
public final class Geodesics {

  /** Geodesics on the WGS84 ellipsoid. */
  public static final Geodesics WGS84 = new Geodesics(Ellipsoid.WGS84);

  /**
   * Convergence threshold of the closest-point iteration, metres. The along-track step shrinks
   * geometrically; once it is below 1 nm the position is fixed far below the 0.1 mm of the journal's
   * canonical coordinates, and the remaining change in the distance is of second order (sub-picometre).
   */
  static final double CLOSEST_POINT_STEP_M = 1e-9;

  /** Iteration cap of the closest-point search; it converges in 3–6 steps for any sensible input. */
  static final int CLOSEST_POINT_MAX_ITERATIONS = 50;

  /**
   * Smallest sag {@link #densify} accepts, metres. The sag of a piece is measured with geodesic distances
   * accurate to about 15 nm, so a bound near that could never be shown to hold; 1 µm is far below any
   * drawing or overlay tolerance a commission uses and well above the measurement noise.
   */
  public static final double MIN_SAG_M = 1e-6;

  /** Largest number of pieces {@link #densify} makes; beyond it the bound asked for is not sensible. */
  public static final int MAX_DENSIFY_PIECES = 1_000_000;

  private final Ellipsoid ellipsoid;
  private final Geodesic geodesic;

  public Geodesics(Ellipsoid ellipsoid) {
    this.ellipsoid = ellipsoid;
    this.geodesic = ellipsoid.equals(Ellipsoid.WGS84)
        ? Geodesic.WGS84
        : new Geodesic(ellipsoid.equatorialRadiusM(), ellipsoid.flattening());
  }

  public Ellipsoid ellipsoid() {
    return ellipsoid;
  }

  /** Distance and azimuths of the shortest geodesic from {@code a} to {@code b}. */
  public GeodesicInverse inverse(GeoPoint a, GeoPoint b) {
    GeodesicData g = geodesic.Inverse(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg(),
        GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
    return new GeodesicInverse(g.s12, g.azi1, g.azi2);
  }

  /** Geodesic distance from {@code a} to {@code b}, metres (cheaper than {@link #inverse} alone). */
  public double distanceM(GeoPoint a, GeoPoint b) {
    return geodesic.Inverse(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg(), GeodesicMask.DISTANCE).s12;
  }

  /**
   * Where the geodesic from {@code start} at {@code azimuthDeg} ends after {@code distanceM} metres.
   *
   * @param azimuthDeg azimuth at the start, degrees clockwise from north (any finite value)
   * @param distanceM length, metres (negative runs backwards)
   */
  public GeodesicDirect direct(GeoPoint start, double azimuthDeg, double distanceM) {
    requireFinite("azimuth", azimuthDeg, "°");
    requireFinite("distance", distanceM, " m");
    GeodesicData g = geodesic.Direct(start.latDeg(), start.lonDeg(), azimuthDeg, distanceM,
        GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE | GeodesicMask.AZIMUTH);
    return new GeodesicDirect(new GeoPoint(g.lat2, g.lon2), g.azi2);
  }

  /** Length of a polyline whose segments are geodesics, metres; 0 for fewer than two vertices. */
  public double lengthM(List<GeoPoint> polyline) {
    Accumulator sum = new Accumulator(0);
    for (int i = 1; i < polyline.size(); i++) {
      sum.Add(distanceM(polyline.get(i - 1), polyline.get(i)));
    }
    return sum.Sum();
  }

  /** Area and perimeter of a ring with geodesic edges; the area is positive whatever the orientation. */
  public PolygonMeasure measure(GeoRing ring) {
    PolygonArea p = new PolygonArea(geodesic, false);
    for (GeoPoint v : ring.vertices()) {
      p.AddPoint(v.latDeg(), v.lonDeg());
    }
    // sign=true: the area of the smaller of the two regions the ring bounds, with the ring's orientation
    // as sign; its magnitude is what a ring enclosing less than half the ellipsoid encloses.
    PolygonResult r = p.Compute(false, true);
    return new PolygonMeasure(Math.abs(r.area), r.perimeter);
  }

  /** Area (shell minus holes) and perimeter (all rings) of a polygon with geodesic edges. */
  public PolygonMeasure measure(GeoPolygon polygon) {
    PolygonMeasure shell = measure(polygon.shell());
    Accumulator area = new Accumulator(shell.areaM2());
    Accumulator perimeter = new Accumulator(shell.perimeterM());
    for (GeoRing hole : polygon.holes()) {
      PolygonMeasure h = measure(hole);
      area.Add(-h.areaM2());
      perimeter.Add(h.perimeterM());
    }
    return new PolygonMeasure(area.Sum(), perimeter.Sum());
  }

  /** Total area and perimeter of the parts of a multipolygon. */
  public PolygonMeasure measure(List<GeoPolygon> multiPolygon) {
    Accumulator area = new Accumulator(0);
    Accumulator perimeter = new Accumulator(0);
    for (GeoPolygon polygon : multiPolygon) {
      PolygonMeasure m = measure(polygon);
      area.Add(m.areaM2());
      perimeter.Add(m.perimeterM());
    }
    return new PolygonMeasure(area.Sum(), perimeter.Sum());
  }

  /**
   * The point of a geodesic polyline nearest to {@code p}, and its geodesic distance.
   *
   * <h4>Algorithm</h4>
   * For each segment, start at its first vertex and repeat: solve the inverse problem from the current
   * point X on the segment to {@code p}, giving the distance d and the angle θ between the segment's
   * direction at X and the direction to {@code p}; move X along the segment by the along-track distance of
   * the spherical right triangle, R·atan(tan(d/R)·cos θ), clamped to the segment. At the optimum the
   * geodesic to {@code p} meets the segment at a right angle (cos θ = 0) and the step vanishes. The
   * segment's end points are compared too, so a minimum at an end is never missed. Cost: a few inverse
   * solutions per segment.
   *
   * @throws GeoInputException if the polyline has no vertex
   */
  public ClosestPoint closestPoint(List<GeoPoint> polyline, GeoPoint p) {
    if (polyline.isEmpty()) {
      throw new GeoInputException("closest point: the polyline has no vertex");
    }
    if (polyline.size() == 1) {
      GeoPoint only = polyline.getFirst();
      return new ClosestPoint(only, distanceM(only, p), 0, 0, 0);
    }
    ClosestPoint best = null;
    double before = 0;
    for (int i = 0; i + 1 < polyline.size(); i++) {
      GeodesicSegment segment = segment(polyline.get(i), polyline.get(i + 1));
      ClosestPoint c = closestOnSegment(segment, p);
      if (best == null || c.distanceM() < best.distanceM()) {
        best = new ClosestPoint(c.point(), c.distanceM(), i, c.alongSegmentM(), before + c.alongSegmentM());
      }
      before += segment.lengthM();
    }
    return best;
  }

  /** The geodesic segment from {@code a} to {@code b}, prepared for repeated positions and closest points. */
  public GeodesicSegment segment(GeoPoint a, GeoPoint b) {
    return new GeodesicSegment(geodesic, ellipsoid.equatorialRadiusM(), a, b);
  }

  private GeodesicLine segmentLine(GeoPoint a, GeoPoint b) {
    return geodesic.InverseLine(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg(),
        GeodesicMask.DISTANCE_IN | GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE | GeodesicMask.AZIMUTH);
  }

  private static ClosestPoint closestOnSegment(GeodesicSegment segment, GeoPoint p) {
    return segment.closest(p);
  }

  /**
   * Points along the geodesic from {@code a} to {@code b}, both ends included, so close together that
   * between neighbours the geodesic strays at most {@code maxSagM} metres from the straight chord drawn in
   * the longitude–latitude plane (see {@link LonLatChord}).
   *
   * <h4>Algorithm</h4>
   * Equal pieces. The sag of a short arc grows with the square of its length, so the number of pieces is
   * first estimated as √(sag of the whole / maxSagM); then every piece is measured, and the count raised
   * until all pass. The result is therefore checked, not merely estimated.
   */
  public List<GeoPoint> densify(GeoPoint a, GeoPoint b, double maxSagM) {
    if (!(maxSagM >= MIN_SAG_M) || !Double.isFinite(maxSagM)) {
      throw new GeoInputException("maximum sag must be at least " + MIN_SAG_M + " m (1 µm), got " + maxSagM);
    }
    GeodesicLine line = segmentLine(a, b);
    double whole = LonLatChord.sagM(geodesic, a, b, position(line, line.Distance() / 2));
    if (whole <= maxSagM) {
      // One piece: the check below would measure this same midpoint again.
      return List.of(a, b);
    }
    long pieces = Math.max(1, (long) Math.ceil(Math.sqrt(whole / maxSagM)));
    while (pieces <= MAX_DENSIFY_PIECES) {
      List<GeoPoint> points = split(line, a, b, (int) pieces);
      if (maxSag(line, points) <= maxSagM) {
        return points;
      }
      pieces = pieces + Math.max(1, pieces / 4);
    }
    throw new GeoInputException("densifying " + a + " to " + b + " to a sag of " + maxSagM
        + " m would need more than " + MAX_DENSIFY_PIECES + " pieces");
  }

  /**
   * Points along the geodesic from {@code a} to {@code b}, both ends included, evenly spaced no more than
   * {@code maxSpacingM} metres apart (for printing and for sampling a line).
   */
  public List<GeoPoint> densifyByDistance(GeoPoint a, GeoPoint b, double maxSpacingM) {
    if (!(maxSpacingM > 0) || !Double.isFinite(maxSpacingM)) {
      throw new GeoInputException("maximum spacing must be a positive number of metres, got " + maxSpacingM);
    }
    GeodesicLine line = segmentLine(a, b);
    int pieces = Math.max(1, (int) Math.ceil(line.Distance() / maxSpacingM));
    return split(line, a, b, pieces);
  }

  private static List<GeoPoint> split(GeodesicLine line, GeoPoint a, GeoPoint b, int pieces) {
    List<GeoPoint> points = new ArrayList<>(pieces + 1);
    points.add(a);
    for (int i = 1; i < pieces; i++) {
      points.add(position(line, line.Distance() * i / pieces));
    }
    points.add(b);
    return points;
  }

  private double maxSag(GeodesicLine line, List<GeoPoint> points) {
    double step = line.Distance() / (points.size() - 1);
    double worst = 0;
    for (int i = 0; i + 1 < points.size(); i++) {
      GeoPoint mid = position(line, step * (i + 0.5));
      worst = Math.max(worst, LonLatChord.sagM(geodesic, points.get(i), points.get(i + 1), mid));
    }
    return worst;
  }

  private static GeoPoint position(GeodesicLine line, double s) {
    GeodesicData g = line.Position(s, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
    return new GeoPoint(g.lat2, g.lon2);
  }

  private static void requireFinite(String what, double value, String unit) {
    if (!Double.isFinite(value)) {
      throw new GeoInputException(what + " is not a finite number: " + value + unit);
    }
  }
}
