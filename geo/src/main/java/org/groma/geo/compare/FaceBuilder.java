package org.groma.geo.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;
import org.groma.geo.geodesic.Geodesics;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.noding.IntersectionAdder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.NodingIntersectionFinder;
import org.locationtech.jts.noding.Noder;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.noding.snapround.SnapRoundingNoder;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * Nodes both lines and the connectors together, polygonizes the faces and labels each face with the party
 * each line gives it to.
 *
 * <h2>Algorithm</h2>
 * <ol>
 *   <li>Node all linework in the {@link LocalPlane} in floating precision (JTS's monotone-chain noding,
 *       {@link ChainNoder}); if JTS's {@code FastNodingValidator} check finds the result not fully noded
 *       (near-coincident segments), node again with snap rounding to a {@link #SNAP_GRID_M} grid, as OverlayNG
 *       does.</li>
 *   <li>Keep each noded segment once, with the direction in which line 1 and line 2 run along it (or
 *       neither: connectors between the lines).</li>
 *   <li>Polygonize ({@link Polygonizer}) the runs of consecutive segments kept from each noded string, so
 *       its graph has nodes where runs meet, not at every vertex; dangling ends are not faces.</li>
 *   <li>Label: walking a face's shell counter-clockwise and its holes clockwise keeps the face on the left;
 *       along an edge that line k runs in the same direction, line k gives the face to A, against it to B.
 *       A face with no edge of line k takes its label from a neighbour across an edge that is not line k
 *       (crossing another line or a connector does not change the side of line k). A face still unlabelled
 *       (an enclave ring the other line lacks) takes the side of an interior point with respect to the
 *       line's nearest part ({@code PartOrienter.sideOf}).</li>
 *   <li>Map each vertex back to longitude/latitude: input and densification vertices exactly as they were
 *       (by their plane coordinates), crossing nodes by inverting the plane.</li>
 * </ol>
 */
final class FaceBuilder {

  /**
   * Grid of the snap-rounding fallback, plane metres: 1 µm, ten times finer than the journal's nanodegree
   * and coarse enough that near-coincident segments of two sources are noded robustly.
   */
  static final double SNAP_GRID_M = 1e-6;

  /** A face with the party each line gives it to (null when no line edge reaches it). */
  record Face(GeoPolygon polygon, Side line1Gives, Side line2Gives, int conflictingEdges) {}

  private record Xy(double x, double y) {}

  private record Edge(double x0, double y0, double x1, double y1) {
    Edge reverse() {
      return new Edge(x1, y1, x0, y0);
    }
  }

  /**
   * Line 1 and line 2 direction along an edge, kept once per edge for its direction from the
   * lexicographically smaller end ({@link #isCanonical}): +1 along, −1 against, 0 not on that line.
   */
  private static final class Tag {
    int d1;
    int d2;
  }

  private record Source(int line, int direction) {}

  private final LocalPlane plane;
  private final GeometryFactory factory = new GeometryFactory();
  private final Map<Xy, GeoPoint> exact = new HashMap<>();
  private final Map<Xy, GeoPoint> snapped = new HashMap<>();
  private final PrecisionModel snapModel = new PrecisionModel(1 / SNAP_GRID_M);
  private boolean usedSnapRounding;

  FaceBuilder(LocalPlane plane) {
    this.plane = plane;
  }

  boolean usedSnapRounding() {
    return usedSnapRounding;
  }

  List<Face> build(PreparedLine l1, PreparedLine l2, List<Connector> connectors, double maxSagM) {
    List<SegmentString> input = new ArrayList<>();
    for (PreparedLine line : List.of(l1, l2)) {
      for (PreparedLine.Part part : line.parts) {
        Coordinate[] c = new Coordinate[part.size()];
        for (int i = 0; i < c.length; i++) {
          c[i] = new Coordinate(part.x[i], part.y[i]);
          exact.putIfAbsent(new Xy(c[i].x, c[i].y), part.points[i]);
        }
        input.add(new NodedSegmentString(c, new Source(line.lineNumber, 1)));
      }
    }
    for (Connector con : connectors) {
      List<GeoPoint> pts = EndCloser.densified(con, maxSagM);
      if (pts.size() < 2) {
        continue;
      }
      Coordinate[] c = new Coordinate[pts.size()];
      for (int i = 0; i < c.length; i++) {
        c[i] = new Coordinate(plane.x(pts.get(i)), plane.y(pts.get(i)));
        exact.putIfAbsent(new Xy(c[i].x, c[i].y), pts.get(i));
      }
      boolean bridge = con.from().line() == con.to().line() && !con.from().atStart() && con.to().atStart();
      input.add(new NodedSegmentString(c, new Source(bridge ? con.from().line() : 0, 1)));
    }
    Collection<SegmentString> noded = node(input);
    if (usedSnapRounding) {
      rememberSnapped(input);
    }
    // Each noded segment once, tagged with the lines running along it. The polygonizer gets runs of
    // consecutive new segments as one linestring: its graph then has a node only where runs meet (crossings,
    // ends, shared stretches), not at each of the hundreds of thousands of vertices.
    Map<Edge, Tag> tags = new HashMap<>(4 * input.stream().mapToInt(SegmentString::size).sum() / 3);
    List<Geometry> runs = new ArrayList<>();
    List<Coordinate> run = new ArrayList<>();
    for (SegmentString s : noded) {
      Source src = (Source) s.getData();
      Coordinate[] c = s.getCoordinates();
      for (int i = 0; i + 1 < c.length; i++) {
        if (c[i].equals2D(c[i + 1])) {
          continue;
        }
        Edge e = new Edge(c[i].x, c[i].y, c[i + 1].x, c[i + 1].y);
        boolean forward = isCanonical(e);
        Edge key = forward ? e : e.reverse();
        Tag t = tags.get(key);
        if (t == null) {
          t = new Tag();
          tags.put(key, t);
          if (run.isEmpty()) {
            run.add(c[i].copy());
          }
          run.add(c[i + 1].copy());
        } else {
          flush(run, runs);
        }
        int d = forward ? src.direction() : -src.direction();
        if (src.line() == 1) {
          t.d1 = d;
        } else if (src.line() == 2) {
          t.d2 = d;
        }
      }
      flush(run, runs);
    }
    Polygonizer polygonizer = new Polygonizer();
    polygonizer.add(runs);
    @SuppressWarnings("unchecked")
    List<Polygon> polygons = canonical((Collection<Polygon>) polygonizer.getPolygons());
    int n = polygons.size();
    Side[] label1 = new Side[n];
    Side[] label2 = new Side[n];
    int[] conflicts = new int[n];
    boolean unlabelled = false;
    for (int f = 0; f < n; f++) {
      int[] votes1 = new int[2];
      int[] votes2 = new int[2];
      forEachEdge(polygons.get(f), e -> {
        int d1 = direction(tags, e, true);
        int d2 = direction(tags, e, false);
        if (d1 != 0) {
          votes1[d1 > 0 ? 0 : 1]++;
        }
        if (d2 != 0) {
          votes2[d2 > 0 ? 0 : 1]++;
        }
      });
      label1[f] = vote(votes1);
      label2[f] = vote(votes2);
      conflicts[f] = Math.min(votes1[0], votes1[1]) + Math.min(votes2[0], votes2[1]);
      unlabelled |= label1[f] == null || label2[f] == null;
    }
    if (unlabelled) {
      // Faces without an edge of one line: the edge maps for labelling from neighbours.
      Map<Edge, Integer> leftFace = new HashMap<>();
      List<List<Edge>> faceEdges = new ArrayList<>();
      for (int f = 0; f < n; f++) {
        List<Edge> own = new ArrayList<>();
        forEachEdge(polygons.get(f), own::add);
        faceEdges.add(own);
        for (Edge e : own) {
          leftFace.put(e, f);
        }
      }
      propagate(label1, faceEdges, leftFace, tags, true);
      propagate(label2, faceEdges, leftFace, tags, false);
    }
    for (int f = 0; f < n; f++) {
      if (label1[f] == null || label2[f] == null) {
        Coordinate c = InteriorPointArea.getInteriorPoint(polygons.get(f));
        GeoPoint where = plane.point(c.x, c.y);
        if (label1[f] == null) {
          label1[f] = PartOrienter.sideOf(l1, c.x, c.y, where);
        }
        if (label2[f] == null) {
          label2[f] = PartOrienter.sideOf(l2, c.x, c.y, where);
        }
      }
    }
    List<Face> faces = new ArrayList<>(n);
    for (int f = 0; f < n; f++) {
      faces.add(new Face(toGeo(polygons.get(f)), label1[f], label2[f], conflicts[f]));
    }
    return faces;
  }

  /**
   * The polygonizer's faces in one order, each ring starting at its smallest vertex: JTS keeps its edges in
   * hash sets keyed on identity hash codes, so the order of the faces and where each ring starts change from
   * run to run, and with them the last bits of the summed areas. A comparison must give the same figures and
   * the same file every time it runs (a party re-runs it to check the other's), so each ring is turned to
   * start at its lexicographically smallest vertex (orientation kept), holes are ordered by their rings, and
   * the faces by their shells.
   */
  private List<Polygon> canonical(Collection<Polygon> faces) {
    List<Polygon> out = new ArrayList<>(faces.size());
    for (Polygon p : faces) {
      LinearRing shell = startAtSmallest((LinearRing) p.getExteriorRing());
      List<LinearRing> holes = new ArrayList<>(p.getNumInteriorRing());
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        holes.add(startAtSmallest((LinearRing) p.getInteriorRingN(h)));
      }
      holes.sort((a, b) -> compareRings(a.getCoordinates(), b.getCoordinates()));
      out.add(factory.createPolygon(shell, holes.toArray(new LinearRing[0])));
    }
    out.sort((a, b) -> compareRings(a.getExteriorRing().getCoordinates(), b.getExteriorRing().getCoordinates()));
    return out;
  }

  private LinearRing startAtSmallest(LinearRing ring) {
    Coordinate[] c = ring.getCoordinates();
    int n = c.length - 1; // closed: the last repeats the first
    int min = 0;
    for (int i = 1; i < n; i++) {
      if (c[i].compareTo(c[min]) < 0) {
        min = i;
      }
    }
    if (min == 0) {
      return ring;
    }
    Coordinate[] r = new Coordinate[n + 1];
    for (int i = 0; i < n; i++) {
      r[i] = c[(min + i) % n];
    }
    r[n] = r[0];
    return factory.createLinearRing(r);
  }

  private static int compareRings(Coordinate[] a, Coordinate[] b) {
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int c = a[i].compareTo(b[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length, b.length);
  }

  private void flush(List<Coordinate> run, List<Geometry> runs) {
    if (!run.isEmpty()) {
      runs.add(factory.createLineString(run.toArray(new Coordinate[0])));
      run.clear();
    }
  }

  /** Whether the edge runs in the direction its tag is kept for: from the lexicographically smaller end. */
  private static boolean isCanonical(Edge e) {
    return e.x0() < e.x1() || (e.x0() == e.x1() && e.y0() < e.y1());
  }

  /** Line 1's (or line 2's) direction along the directed edge e: +1 along, −1 against, 0 not on that line. */
  private static int direction(Map<Edge, Tag> tags, Edge e, boolean line1) {
    boolean forward = isCanonical(e);
    Tag t = tags.get(forward ? e : e.reverse());
    if (t == null) {
      throw new IllegalStateException("polygonizer produced an edge that is not in the noded linework: " + e);
    }
    int d = line1 ? t.d1 : t.d2;
    return forward ? d : -d;
  }

  private static Side vote(int[] votes) {
    if (votes[0] == 0 && votes[1] == 0) {
      return null;
    }
    return votes[0] >= votes[1] ? Side.A : Side.B;
  }

  private static void propagate(Side[] label, List<List<Edge>> faceEdges, Map<Edge, Integer> leftFace,
      Map<Edge, Tag> tags, boolean line1) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int f = 0; f < label.length; f++) {
        if (label[f] != null) {
          continue;
        }
        for (Edge e : faceEdges.get(f)) {
          if (direction(tags, e, line1) != 0) {
            continue;
          }
          Integer g = leftFace.get(e.reverse());
          if (g != null && label[g] != null) {
            label[f] = label[g];
            changed = true;
            break;
          }
        }
      }
    }
  }

  /** Each directed edge of the face's rings, walked so that the face lies on its left. */
  private static void forEachEdge(Polygon poly, Consumer<Edge> action) {
    ringEdges(poly.getExteriorRing(), true, action);
    for (int h = 0; h < poly.getNumInteriorRing(); h++) {
      ringEdges(poly.getInteriorRingN(h), false, action);
    }
  }

  private static void ringEdges(LineString ring, boolean shell, Consumer<Edge> action) {
    Coordinate[] c = ring.getCoordinates();
    boolean ccw = Orientation.isCCW(c);
    boolean forward = shell == ccw;
    for (int i = 0; i + 1 < c.length; i++) {
      Coordinate a = forward ? c[i] : c[c.length - 1 - i];
      Coordinate b = forward ? c[i + 1] : c[c.length - 2 - i];
      action.accept(new Edge(a.x, a.y, b.x, b.y));
    }
  }

  private Collection<SegmentString> node(List<SegmentString> input) {
    ChainNoder noder = new ChainNoder(new IntersectionAdder(new RobustLineIntersector()));
    noder.computeNodes(input);
    @SuppressWarnings("unchecked")
    Collection<SegmentString> out = noder.getNodedSubstrings();
    // FastNodingValidator's check, through the same chain search.
    NodingIntersectionFinder finder = new NodingIntersectionFinder(new RobustLineIntersector());
    new ChainNoder(finder).computeNodes(out);
    if (!finder.hasIntersection()) {
      return out;
    }
    usedSnapRounding = true;
    List<SegmentString> fresh = new ArrayList<>();
    for (SegmentString s : input) {
      fresh.add(new NodedSegmentString(s.getCoordinates(), s.getData()));
    }
    Noder snap = new SnapRoundingNoder(snapModel);
    snap.computeNodes(fresh);
    @SuppressWarnings("unchecked")
    Collection<SegmentString> snappedOut = snap.getNodedSubstrings();
    return snappedOut;
  }

  /** The snapped position of every input vertex, first come first kept, as {@link #exact} holds them. */
  private void rememberSnapped(List<SegmentString> input) {
    for (SegmentString s : input) {
      for (Coordinate c : s.getCoordinates()) {
        GeoPoint p = exact.get(new Xy(c.x, c.y));
        snapped.putIfAbsent(new Xy(snapModel.makePrecise(c.x), snapModel.makePrecise(c.y)), p);
      }
    }
  }

  private GeoPoint geo(Coordinate c) {
    GeoPoint p = exact.get(new Xy(c.x, c.y));
    if (p == null && usedSnapRounding) {
      p = snapped.get(new Xy(c.x, c.y));
    }
    return p != null ? p : plane.point(c.x, c.y);
  }

  private GeoPolygon toGeo(Polygon poly) {
    GeoRing shell = ring((LinearRing) poly.getExteriorRing());
    List<GeoRing> holes = new ArrayList<>();
    for (int h = 0; h < poly.getNumInteriorRing(); h++) {
      holes.add(ring((LinearRing) poly.getInteriorRingN(h)));
    }
    return new GeoPolygon(shell, holes);
  }

  private GeoRing ring(LinearRing r) {
    Coordinate[] c = r.getCoordinates();
    List<GeoPoint> pts = new ArrayList<>(c.length);
    for (Coordinate co : c) {
      GeoPoint p = geo(co);
      if (pts.isEmpty() || !pts.getLast().equals(p)) {
        pts.add(p);
      }
    }
    try {
      return GeoRing.of(pts);
    } catch (GeoInputException e) {
      throw new IllegalStateException("a face collapsed when mapped back to longitude/latitude", e);
    }
  }

  /** Geodesic area of a face, square metres. */
  static double areaM2(GeoPolygon polygon) {
    return Geodesics.WGS84.measure(polygon).areaM2();
  }
}
