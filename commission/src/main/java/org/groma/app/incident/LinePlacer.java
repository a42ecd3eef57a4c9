package org.groma.app.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.groma.app.BadInputException;
import org.groma.app.delimitation.LineType;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.ClosestPoint;
import org.groma.geo.geodesic.GeodesicSegment;
import org.groma.geo.geodesic.Geodesics;
import org.groma.geo.rhumb.Rhumb;
import org.groma.journal.entry.Party;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Places points relative to the agreed line: nearest section and segment, side and signed geodesic distance
 * ({@link Placement}).
 *
 * <h2>Algorithm</h2>
 * The line is cut into geodesic pieces (a rhumb segment into the chords of its densification) kept in an
 * R-tree by the longitudes and latitudes each geodesic passes through (its ends' and, when it has one between
 * them, its vertex's latitude; longitude is monotonic along a geodesic). For a point, the piece nearest in
 * the longitude–latitude plane gives a first geodesic distance d ({@link GeodesicSegment#closest}, the
 * project's closest-point iteration); then the pieces whose box meets a box around the point that spans at
 * least d in every direction are measured in the order of a lower bound of their distance (the distance to
 * their box with the least metres per degree the search box allows), until that bound exceeds the best
 * distance so far. No piece nearer than d can lie outside that box, and none is skipped whose bound is below
 * the answer, so the answer is the geodesic nearest point, not the planar one.
 *
 * <p>The side: at a nearest point inside a piece, the sign of the angle between the line's azimuth there and
 * the azimuth to the point (party A on the left of each line as drawn). At a turning point, the wedge the
 * point lies in between the outgoing direction and the reversed incoming one, so a point in the reflex angle
 * of a corner is on the right side; a section that ends where another begins continues into it, and a closed
 * ring (an enclave) continues into its own start. At a free end of the line the end's own direction decides.
 *
 * <h2>Accuracy</h2>
 * On geodesic segments the distance is a GeographicLib inverse solution at the closest point found to 1 nm
 * along the segment (docs/incidents.md compares it with GeodSolve to 1 mm). Rhumb segments are measured on
 * the chords of a densification whose sag is at most {@value #RHUMB_SAG_M} m.
 *
 * <h2>Limitations</h2>
 * A follows-feature segment is not measured: the journal holds its turning points, not the feature's course;
 * {@link #unmeasured()} lists such segments. Lines crossing the antimeridian are refused.
 *
 * <h2>Thread safety</h2>
 * Immutable once built; {@link #place} may be called from any thread.
 */
public final class LinePlacer {

  /** Largest sag of the geodesic chords that stand for a rhumb segment, metres. */
  static final double RHUMB_SAG_M = 0.001;

  /** Metres per degree of latitude, a lower bound (the meridian degree is 110 574 m at the equator, more nearer the poles). */
  static final double MIN_METRES_PER_DEG_LAT = 110_574.0 * 0.999;

  /** Metres per degree of longitude on the equator (a·π/180 for WGS 84), rounded down; at latitude φ at least this times cos φ. */
  static final double METRES_PER_DEG_LON_EQUATOR = 111_319.49;

  /** Beyond this latitude a search box spans every longitude. */
  static final double POLAR_CAP_DEG = 89.0;

  /**
   * A point nearer than this to the line is on it and on neither side, metres: the computed distance of a point
   * on the line is a few nanometres, not zero (GeographicLib's inverse is good to about 15 nm).
   */
  static final double ON_LINE_M = 1e-6;

  /** Margin on a computed distance (GeographicLib's inverse is good to about 15 nm), metres. */
  static final double NUMERIC_M = 1e-6;

  /** A section's free end, or a section following another, as what comes before or after a piece. */
  private record Neighbours(MeasuredPiece before, MeasuredPiece after) {}

  private final Geodesics geodesics = Geodesics.WGS84;
  private final STRtree tree = new STRtree();
  private final Map<MeasuredPiece, Neighbours> neighbours = new HashMap<>();
  private final List<String> unmeasured = new ArrayList<>();
  private final int pieces;

  public LinePlacer(List<AgreedSection> sections) {
    Map<GeoPoint, MeasuredPiece> firstAt = new HashMap<>();
    Map<GeoPoint, MeasuredPiece> lastAt = new HashMap<>();
    List<List<MeasuredPiece>> chains = new ArrayList<>();
    int count = 0;
    for (AgreedSection s : sections) {
      List<MeasuredPiece> chain = new ArrayList<>();
      boolean whole = true;
      for (int i = 0; i < s.kinds().size(); i++) {
        GeoPoint a = s.points().get(i);
        GeoPoint b = s.points().get(i + 1);
        LineType.Kind kind = s.kinds().get(i);
        if (kind == LineType.Kind.FOLLOWS_FEATURE) {
          unmeasured.add("section " + s.sectionId() + " segment " + (i + 1));
          whole = false;
          chains.add(chain);
          chain = new ArrayList<>();
          continue;
        }
        List<GeoPoint> vertices = kind == LineType.Kind.RHUMB ? Rhumb.WGS84.densify(a, b, RHUMB_SAG_M) : List.of(a, b);
        for (int k = 0; k + 1 < vertices.size(); k++) {
          GeodesicSegment g = geodesics.segment(vertices.get(k), vertices.get(k + 1));
          MeasuredPiece piece = new MeasuredPiece(s.sectionId(), s.decisionId(), i + 1, g, envelope(g));
          tree.insert(piece.envelope(), piece);
          chain.add(piece);
          count++;
        }
      }
      chains.add(chain);
      if (s.closed() && whole) {
        link(chain.getLast(), chain.getFirst()); // an enclave's ring runs on through its first turning point
      }
    }
    for (List<MeasuredPiece> chain : chains) {
      for (int i = 0; i + 1 < chain.size(); i++) {
        link(chain.get(i), chain.get(i + 1));
      }
      if (!chain.isEmpty()) {
        firstAt.putIfAbsent(chain.getFirst().geodesic().start(), chain.getFirst());
        lastAt.putIfAbsent(chain.getLast().geodesic().end(), chain.getLast());
      }
    }
    // A section that ends where another begins: the boundary runs on through that turning point.
    for (Map.Entry<GeoPoint, MeasuredPiece> e : lastAt.entrySet()) {
      MeasuredPiece next = firstAt.get(e.getKey());
      if (next != null && next != e.getValue() && neighbours(e.getValue()).after() == null
          && neighbours(next).before() == null) {
        link(e.getValue(), next);
      }
    }
    tree.build();
    this.pieces = count;
  }

  private void link(MeasuredPiece before, MeasuredPiece after) {
    neighbours.put(before, new Neighbours(neighbours(before).before(), after));
    neighbours.put(after, new Neighbours(before, neighbours(after).after()));
  }

  private Neighbours neighbours(MeasuredPiece p) {
    return neighbours.getOrDefault(p, new Neighbours(null, null));
  }

  /** How many geodesic pieces are measured (0: no agreed line, nothing can be placed). */
  public int pieces() {
    return pieces;
  }

  /** Follows-feature segments of agreed lines, which are not measured ("section S-2 segment 1"). */
  public List<String> unmeasured() {
    return List.copyOf(unmeasured);
  }

  /**
   * Where {@code p} lies relative to the agreed line.
   *
   * @throws IllegalStateException when no agreed line is measured ({@link #pieces()} is 0)
   */
  public Placement place(GeoPoint p) {
    if (pieces == 0) {
      throw new IllegalStateException("no agreed line to place incidents against");
    }
    MeasuredPiece best = (MeasuredPiece) tree.nearestNeighbour(new Envelope(p.lonDeg(), p.lonDeg(), p.latDeg(),
        p.latDeg()), p, LinePlacer::planarDistance);
    ClosestPoint closest = best.geodesic().closest(p);
    double radius = closest.distanceM() + NUMERIC_M;
    Envelope box = box(p, radius);
    List<?> found = tree.query(box);
    // Measure the pieces in the order of a lower bound of their distance, until the bound passes the best.
    double[] bound = new double[found.size()];
    Integer[] order = new Integer[found.size()];
    double lonM = box.getWidth() >= 360 ? 0
        : METRES_PER_DEG_LON_EQUATOR * Math.cos(Math.toRadians(Math.min(POLAR_CAP_DEG,
            Math.max(Math.abs(box.getMinY()), Math.abs(box.getMaxY())))));
    for (int i = 0; i < bound.length; i++) {
      bound[i] = lowerBoundM(((MeasuredPiece) found.get(i)).envelope(), p, lonM);
      order[i] = i;
    }
    java.util.Arrays.sort(order, (x, y) -> Double.compare(bound[x], bound[y]));
    for (int i : order) {
      MeasuredPiece piece = (MeasuredPiece) found.get(i);
      if (bound[i] > closest.distanceM() + NUMERIC_M) {
        break;
      }
      if (piece == best) {
        continue;
      }
      ClosestPoint c = piece.geodesic().closest(p);
      if (c.distanceM() < closest.distanceM()) {
        best = piece;
        closest = c;
      }
    }
    boolean onLine = closest.distanceM() < ON_LINE_M;
    Party side = onLine ? null : side(best, closest, p);
    double signed = onLine ? 0 : side == Party.B ? -closest.distanceM() : closest.distanceM();
    return new Placement(best.sectionId(), best.decisionId(), best.segment(), side, signed, closest.point());
  }

  private Party side(MeasuredPiece piece, ClosestPoint c, GeoPoint p) {
    GeodesicSegment g = piece.geodesic();
    double toP = geodesics.inverse(c.point(), p).azimuth1Deg();
    Neighbours n = neighbours(piece);
    if (c.alongSegmentM() <= 0 && n.before() != null) {
      GeodesicSegment in = n.before().geodesic();
      return wedge(in.azimuthDeg(in.lengthM()), g.azimuthDeg(0), toP);
    }
    if (c.alongSegmentM() >= g.lengthM() && n.after() != null) {
      return wedge(g.azimuthDeg(g.lengthM()), n.after().geodesic().azimuthDeg(0), toP);
    }
    return Math.sin(Math.toRadians(toP - g.azimuthDeg(c.alongSegmentM()))) < 0 ? Party.A : Party.B;
  }

  /**
   * The side at a turning point reached with azimuth {@code in} and left with azimuth {@code out}: the right
   * side is the wedge swept clockwise from the outgoing direction to the reversed incoming one.
   */
  static Party wedge(double in, double out, double toP) {
    double rel = Math.floorMod(Math.round((toP - out) * 1e9), 360_000_000_000L) / 1e9;
    double back = Math.floorMod(Math.round((in + 180 - out) * 1e9), 360_000_000_000L) / 1e9;
    return rel > 0 && rel < back ? Party.B : Party.A;
  }

  /** The longitudes and latitudes the geodesic passes through. */
  private static Envelope envelope(GeodesicSegment g) {
    GeoPoint a = g.start();
    GeoPoint b = g.end();
    if (Math.abs(a.lonDeg() - b.lonDeg()) > 180) {
      throw new BadInputException("a segment from " + a + " to " + b + " crosses the antimeridian; incidents are"
          + " not placed against such a line");
    }
    Envelope e = new Envelope(a.lonDeg(), b.lonDeg(), a.latDeg(), b.latDeg());
    double c1 = Math.cos(Math.toRadians(g.azimuthDeg(0)));
    double c2 = Math.cos(Math.toRadians(g.azimuthDeg(g.lengthM())));
    if (c1 * c2 < 0) {
      e.expandToInclude(a.lonDeg(), vertexLatitude(g, c1 > 0));
    }
    return e;
  }

  /** The extreme latitude between the ends (highest when the geodesic leaves heading north): golden section. */
  private static double vertexLatitude(GeodesicSegment g, boolean north) {
    double lo = 0;
    double hi = g.lengthM();
    double r = (Math.sqrt(5) - 1) / 2;
    for (int i = 0; i < 100 && hi - lo > 1e-4; i++) {
      double x1 = hi - r * (hi - lo);
      double x2 = lo + r * (hi - lo);
      double f1 = g.position(x1).latDeg();
      double f2 = g.position(x2).latDeg();
      if (north ? f1 < f2 : f1 > f2) {
        lo = x1;
      } else {
        hi = x2;
      }
    }
    // Half a millimetre of latitude beyond the extreme found to 0.1 mm along the geodesic.
    double lat = g.position((lo + hi) / 2).latDeg();
    return lat + (north ? 1e-8 : -1e-8);
  }

  /**
   * A lower bound of the geodesic distance from {@code p} to any point of {@code e} that lies within the search
   * box: in the box, a metre of path covers at most 1 / {@link #MIN_METRES_PER_DEG_LAT} degrees of latitude and
   * 1 / {@code lonM} of longitude, so a path is at least as long as the straight line in the plane with those
   * constant scales, and that line at least as long as the distance to the envelope in it.
   */
  private static double lowerBoundM(Envelope e, GeoPoint p, double lonM) {
    double dLat = Math.max(0, Math.max(e.getMinY() - p.latDeg(), p.latDeg() - e.getMaxY()));
    double dLon = Math.max(0, Math.max(e.getMinX() - p.lonDeg(), p.lonDeg() - e.getMaxX()));
    return Math.hypot(dLat * MIN_METRES_PER_DEG_LAT, dLon * lonM);
  }

  /** A box around p that spans at least {@code radiusM} of geodesic distance in every direction. */
  static Envelope box(GeoPoint p, double radiusM) {
    double dLat = radiusM / MIN_METRES_PER_DEG_LAT;
    double maxLat = Math.abs(p.latDeg()) + dLat;
    if (maxLat >= POLAR_CAP_DEG) {
      return new Envelope(-180, 180, p.latDeg() - dLat, p.latDeg() + dLat);
    }
    double dLon = radiusM / (METRES_PER_DEG_LON_EQUATOR * Math.cos(Math.toRadians(maxLat)));
    return new Envelope(p.lonDeg() - dLon, p.lonDeg() + dLon, p.latDeg() - dLat, p.latDeg() + dLat);
  }

  /** Planar distance in degrees, longitude scaled by the cosine of the latitude: only to pick a first piece. */
  private static double planarDistance(ItemBoundable item, ItemBoundable query) {
    MeasuredPiece piece = (MeasuredPiece) (item.getItem() instanceof MeasuredPiece m ? m : query.getItem());
    GeoPoint p = (GeoPoint) (item.getItem() instanceof GeoPoint q ? q : query.getItem());
    double k = Math.cos(Math.toRadians(p.latDeg()));
    double ax = piece.geodesic().start().lonDeg() * k;
    double ay = piece.geodesic().start().latDeg();
    double bx = piece.geodesic().end().lonDeg() * k;
    double by = piece.geodesic().end().latDeg();
    double px = p.lonDeg() * k;
    double py = p.latDeg();
    double dx = bx - ax;
    double dy = by - ay;
    double len2 = dx * dx + dy * dy;
    double t = len2 == 0 ? 0 : Math.clamp(((px - ax) * dx + (py - ay) * dy) / len2, 0, 1);
    return Math.hypot(px - ax - t * dx, py - ay - t * dy);
  }
}
