package org.groma.geo.boundary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;
import org.groma.geo.geodesic.Geodesics;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.overlay.OverlayOp;
import org.locationtech.jts.operation.overlay.snap.SnapOverlayOp;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Extracts the common boundary of two parties' territories: the lines along which party A's territory
 * meets party B's, including the rings of enclaves and exclaves, with the tripoints where it meets third
 * parties and the overlaps and gaps between the two datasets.
 *
 * <pre>{@code
 * CommonBoundary ab = CommonBoundaryOp.extract(arm, aze, List.of(geo, irn, tur), CommonBoundaryOp.DEFAULT_SNAP_M);
 * }</pre>
 *
 * <h2>Algorithm</h2>
 * <ol>
 *   <li>Validate both territories (JTS {@code IsValidOp} in the longitude–latitude plane); an invalid one is
 *       refused with the fault and its place, or repaired (JTS {@code GeometryFixer}) if the caller asked,
 *       and the repair reported.</li>
 *   <li>For every edge of every ring of A, find the segments of B's boundary within the snapping tolerance
 *       (a spatial index) and decide, in a gnomonic projection centred on the edge ({@link EdgeCoverage}),
 *       which stretches of the edge lie entirely within the tolerance of B's boundary. This is vertex
 *       matching: a B vertex within the tolerance of an A vertex is that A vertex; a B vertex within the
 *       tolerance of an A edge (but not of its ends) is inserted into it with B's own coordinates. No
 *       coordinate is ever computed: every vertex of the result is an input vertex, A's where both have
 *       one.</li>
 *   <li>Consecutive shared stretches of a ring form runs; a ring shared all round is a closed part.</li>
 *   <li>Orient every run so that A lies on its left (a shell is followed anticlockwise, a hole clockwise, in
 *       the longitude–latitude plane), then join runs end to start where exactly two meet (line merging),
 *       so that each part is a maximal line. Parts are sorted longest first.</li>
 *   <li>Tripoints: the ends of open parts that lie inside or within the tolerance of a third party's
 *       territory, and vertices between the ends that come within the tolerance of one while their
 *       neighbours do not. Ends meeting no third party are reported as open ends.</li>
 *   <li>Data quality: the overlaps (A ∩ B) and the gaps (holes of A ∪ B bordered by both) computed with
 *       JTS OverlayNG in the longitude–latitude plane, each with its geodesic area and its width (the
 *       farthest its outline's vertices and edge midpoints lie from either party's boundary); those no wider than the tolerance are
 *       the slivers snapping absorbed.</li>
 * </ol>
 *
 * <h2>Accuracy</h2>
 * Lengths are geodesic on WGS84 (GeographicLib, about 15 nm per segment). The tolerance is measured
 * geodesically: the gnomonic projection's distances are true to a relative (r/R)², 0.25 µm on a 1 m
 * tolerance for edges of 6 km. With identical shared vertices the result is exactly the shared edges
 * PostGIS's {@code ST_Intersection(ST_Boundary(a), ST_Boundary(b))} finds, and the lengths agree with
 * {@code ST_Length(geography)} to 1e-9 relative (tested on the shipped data). Areas of overlaps and gaps
 * are geodesic areas of polygons whose new vertices (where the boundaries cross) are computed in the
 * longitude–latitude plane; their edges are read as geodesics, which for edges of kilometres changes an
 * area by well under a square metre.
 *
 * <h2>Limitations</h2>
 * A stretch is shared only if a whole sub-edge (between consecutive vertices of A or B) lies within the
 * tolerance, so where two boundaries cross, or part in the middle of an edge, the part ends at the last
 * vertex before (the crossing point itself is not a vertex of either). Data crossing the antimeridian must
 * be split there first. Topology (validity, orientation) is decided in the longitude–latitude plane.
 *
 * <h2>Thread safety</h2>
 * Immutable; safe from any thread.
 */
public final class CommonBoundaryOp {

  /**
   * Default snapping tolerance, metres. 1 m is the plotting accuracy of a 1:10 000 map (0.1 mm on paper),
   * finer than any difference a commission would argue over as a real boundary question, and above the
   * 0.7 m by which rounding to five decimals of a degree (the precision of the shipped OpenStreetMap-derived
   * extract) can move a vertex. Gaps wider than this are reported, not hidden.
   */
  public static final double DEFAULT_SNAP_M = 1.0;

  /** Largest tolerance accepted, metres: beyond it "the same line" stops meaning anything for a boundary. */
  public static final double MAX_SNAP_M = 1_000.0;

  /**
   * Margin when looking for the rings that border a gap, degrees (about 0.1 µm): overlay results share the
   * input's doubles or intersection points rounded once, so their boxes meet to within rounding.
   */
  static final double TOUCH_DEG = 1e-12;

  private final double snapM;
  private final boolean repair;
  /**
   * Whether the gap search works on local stand-ins for the union and the rings (the default), or on the
   * whole geometries as it used to; the results are the same, and a test compares the two.
   */
  private final boolean local;

  /**
   * @param snapM snapping tolerance, metres, in [0, {@link #MAX_SNAP_M}]
   * @param repair whether invalid territories are repaired (and the repair reported) instead of refused
   */
  public CommonBoundaryOp(double snapM, boolean repair) {
    this(snapM, repair, true);
  }

  CommonBoundaryOp(double snapM, boolean repair, boolean local) {
    if (!(snapM >= 0 && snapM <= MAX_SNAP_M)) {
      throw new GeoInputException("snapping tolerance must be between 0 and " + MAX_SNAP_M + " m, got " + snapM);
    }
    this.snapM = snapM;
    this.repair = repair;
    this.local = local;
  }

  /** The common boundary of {@code a} and {@code b}, refusing invalid territories. */
  public static CommonBoundary extract(Territory a, Territory b, List<Territory> thirdParties, double snapM) {
    return new CommonBoundaryOp(snapM, false).extract(a, b, thirdParties);
  }

  public CommonBoundary extract(Territory a, Territory b, List<Territory> thirdParties) {
    // Independent steps run side by side when there is more than one core: the two validations, then the
    // data-quality step (overlays of the whole territories) beside the shared lines and tripoints. Each
    // step works on its own geometries and indexes, so the results are those of the steps run in turn.
    boolean parallel = Runtime.getRuntime().availableProcessors() > 1;
    List<String> repairsA = new ArrayList<>();
    List<String> repairsB = new ArrayList<>();
    Territory ta = a;
    Territory tb = b;
    CompletableFuture<Territory> checkedB = start(parallel, () -> checked(tb, repairsB));
    a = checked(ta, repairsA);
    b = join(checkedB);
    List<String> repairs = new ArrayList<>(repairsA);
    repairs.addAll(repairsB);
    if (a.name().equals(b.name())) {
      throw new GeoInputException("parties A and B are both named " + a.name() + "; name them apart");
    }
    Territory ca = a;
    Territory cb = b;
    CompletableFuture<List<Discrepancy>> quality = start(parallel, () -> discrepancies(ca, cb, parallel));

    SegmentIndex bIndex = new SegmentIndex(b.polygons()).build();
    List<List<GeoPoint>> runs = new ArrayList<>();
    List<List<GeoPoint>> closedRuns = new ArrayList<>();
    for (GeoPolygon polygon : a.polygons()) {
      sharedRuns(polygon.shell(), true, bIndex, runs, closedRuns);
      for (GeoRing hole : polygon.holes()) {
        sharedRuns(hole, false, bIndex, runs, closedRuns);
      }
    }
    List<List<GeoPoint>> lines = merge(runs, closedRuns);

    List<BoundaryPart> parts = new ArrayList<>();
    for (List<GeoPoint> line : lines) {
      boolean closed = line.getFirst().equals(line.getLast());
      Encloses encloses = !closed ? Encloses.NOTHING
          : signedLonLatArea(line) > 0 ? Encloses.PARTY_A : Encloses.PARTY_B;
      parts.add(new BoundaryPart(line, Geodesics.WGS84.lengthM(line), closed, encloses));
    }
    parts.sort(Comparator.comparingDouble(BoundaryPart::lengthM).reversed());
    double total = parts.stream().mapToDouble(BoundaryPart::lengthM).sum();

    List<Tripoint> tripoints = new ArrayList<>();
    List<GeoPoint> openEnds = new ArrayList<>();
    tripoints(parts, thirdParties, tripoints, openEnds);

    List<Discrepancy> discrepancies = join(quality);
    double separationM = parts.isEmpty()
        ? separationM(TerritoryGeometry.toJts(a.polygons()), TerritoryGeometry.toJts(b.polygons())) : 0;
    return new CommonBoundary(a.name(), b.name(), snapM, parts, total, tripoints, openEnds, discrepancies,
        separationM, repairs);
  }

  /** {@code task} on the common pool if {@code parallel}, else run now (its failure kept for {@link #join}). */
  private static <T> CompletableFuture<T> start(boolean parallel, Supplier<T> task) {
    if (parallel) {
      return CompletableFuture.supplyAsync(task);
    }
    try {
      return CompletableFuture.completedFuture(task.get());
    } catch (RuntimeException | Error e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** The task's result, or its own exception (a {@link GeoInputException} stays one). */
  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  private Territory checked(Territory t, List<String> repairs) {
    if (repair) {
      return TerritoryGeometry.repair(t, repairs);
    }
    TerritoryGeometry.requireValid(t);
    return t;
  }

  /** Adds the runs of {@code ring} that B shares, oriented with A on the left. */
  private void sharedRuns(GeoRing ring, boolean shell, SegmentIndex bIndex, List<List<GeoPoint>> runs,
      List<List<GeoPoint>> closedRuns) {
    List<GeoPoint> closed = ring.closed();
    List<GeoPoint> nodes = new ArrayList<>();
    List<Boolean> shared = new ArrayList<>();
    for (int i = 0; i + 1 < closed.size(); i++) {
      GeoPoint p = closed.get(i);
      GeoPoint q = closed.get(i + 1);
      List<SegmentIndex.Segment> near = bIndex.near(p, q, snapM);
      if (near.isEmpty()) {
        nodes.add(p);
        shared.add(false);
        continue;
      }
      EdgeCoverage.Result r = EdgeCoverage.of(p, q, near, snapM);
      for (int k = 0; k + 1 < r.nodes().size(); k++) {
        nodes.add(r.nodes().get(k).point());
        shared.add(r.shared()[k]);
      }
    }
    int n = nodes.size();
    List<List<GeoPoint>> found = new ArrayList<>();
    if (!shared.contains(false)) {
      List<GeoPoint> all = new ArrayList<>(nodes);
      all.add(nodes.getFirst());
      found.add(all);
    } else {
      int start = shared.indexOf(false) + 1; // the node after an unshared sub-edge
      List<GeoPoint> current = null;
      for (int k = 0; k < n; k++) {
        int j = (start + k) % n;
        if (shared.get(j)) {
          if (current == null) {
            current = new ArrayList<>();
            current.add(nodes.get(j));
          }
          current.add(nodes.get((j + 1) % n));
        } else if (current != null) {
          found.add(current);
          current = null;
        }
      }
      if (current != null) {
        found.add(current);
      }
    }
    boolean anticlockwise = signedLonLatArea(closed) > 0;
    boolean aOnLeft = shell == anticlockwise;
    for (List<GeoPoint> run : found) {
      if (!aOnLeft) {
        Collections.reverse(run);
      }
      (run.getFirst().equals(run.getLast()) && run.size() > 2 ? closedRuns : runs).add(run);
    }
  }

  /**
   * Joins directed runs end to start wherever exactly two run ends meet (one arriving, one leaving), as
   * PostGIS's ST_LineMerge joins lines at nodes of degree two. Cycles become closed lines.
   */
  static List<List<GeoPoint>> merge(List<List<GeoPoint>> runs, List<List<GeoPoint>> closedRuns) {
    Map<GeoPoint, List<List<GeoPoint>>> starting = new HashMap<>();
    Map<GeoPoint, Integer> degree = new HashMap<>();
    for (List<GeoPoint> r : runs) {
      starting.computeIfAbsent(r.getFirst(), k -> new ArrayList<>()).add(r);
      degree.merge(r.getFirst(), 1, Integer::sum);
      degree.merge(r.getLast(), 1, Integer::sum);
    }
    Set<List<GeoPoint>> used = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<List<GeoPoint>, Boolean> hasPredecessor = new IdentityHashMap<>();
    for (List<GeoPoint> r : runs) {
      GeoPoint end = r.getLast();
      if (degree.get(end) == 2 && starting.containsKey(end) && starting.get(end).size() == 1) {
        hasPredecessor.put(starting.get(end).getFirst(), true);
      }
    }
    List<List<GeoPoint>> out = new ArrayList<>(closedRuns);
    // Chains first (from runs nothing joins onto), then what is left: cycles of runs.
    for (boolean cycles : new boolean[] {false, true}) {
      for (List<GeoPoint> r : runs) {
        if (used.contains(r) || (!cycles && hasPredecessor.containsKey(r))) {
          continue;
        }
        used.add(r);
        List<GeoPoint> line = new ArrayList<>(r);
        while (true) {
          GeoPoint end = line.getLast();
          List<List<GeoPoint>> next = starting.get(end);
          if (degree.get(end) != 2 || next == null || next.size() != 1 || used.contains(next.getFirst())) {
            break;
          }
          List<GeoPoint> s = next.getFirst();
          used.add(s);
          line.addAll(s.subList(1, s.size()));
        }
        out.add(line);
      }
    }
    return out;
  }

  private void tripoints(List<BoundaryPart> parts, List<Territory> thirds, List<Tripoint> tripoints,
      List<GeoPoint> openEnds) {
    Map<Territory, SegmentIndex> indexes = new LinkedHashMap<>();
    Map<Territory, PreparedGeometry> areas = new LinkedHashMap<>();
    for (Territory t : thirds) {
      indexes.put(t, new SegmentIndex(t.polygons()).build());
      areas.put(t, PreparedGeometryFactory.prepare(TerritoryGeometry.toJts(t.polygons())));
    }
    for (int i = 0; i < parts.size(); i++) {
      BoundaryPart part = parts.get(i);
      List<GeoPoint> v = part.vertices();
      if (!part.closed()) {
        for (GeoPoint end : List.of(part.start(), part.end())) {
          boolean met = false;
          for (Territory t : thirds) {
            double d = areas.get(t).contains(TerritoryGeometry.FACTORY.createPoint(
                new Coordinate(end.lonDeg(), end.latDeg()))) ? 0 : indexes.get(t).distanceWithinM(end, snapM);
            if (d <= snapM) {
              tripoints.add(new Tripoint(end, t.name(), d, i, true));
              met = true;
            }
          }
          if (!met) {
            openEnds.add(end);
          }
        }
      }
      // Vertices between the ends (every vertex of a ring) where a third party touches the line.
      int from = part.closed() ? 0 : 1;
      int to = v.size() - 1;
      for (Territory t : thirds) {
        SegmentIndex index = indexes.get(t);
        if (!nearBox(index, v)) {
          continue;
        }
        for (int k = from; k < to; k++) {
          double d = index.distanceWithinM(v.get(k), snapM);
          if (d <= snapM && !(isNear(index, v, k - 1, from, to) || isNear(index, v, k + 1, from, to))) {
            tripoints.add(new Tripoint(v.get(k), t.name(), d, i, false));
          }
        }
      }
    }
  }

  private boolean nearBox(SegmentIndex index, List<GeoPoint> v) {
    double w = 180;
    double e = -180;
    double s = 90;
    double n = -90;
    for (GeoPoint p : v) {
      w = Math.min(w, p.lonDeg());
      e = Math.max(e, p.lonDeg());
      s = Math.min(s, p.latDeg());
      n = Math.max(n, p.latDeg());
    }
    return !index.near(new GeoPoint(s, w), new GeoPoint(n, e), snapM).isEmpty();
  }

  private boolean isNear(SegmentIndex index, List<GeoPoint> v, int k, int from, int to) {
    return k >= from && k < to && index.distanceWithinM(v.get(k), snapM) <= snapM;
  }

  /**
   * Overlaps and gaps of A and B, in this order, then sorted by area (largest first, ties in that order).
   * With {@code parallel} the intersection is computed beside the union; each on its own JTS geometries.
   */
  private List<Discrepancy> discrepancies(Territory a, Territory b, boolean parallel) {
    CompletableFuture<Geometry> overlapF = start(parallel, () -> OverlayNGRobust.overlay(
        TerritoryGeometry.toJts(a.polygons()), TerritoryGeometry.toJts(b.polygons()), OverlayNG.INTERSECTION));
    Geometry ja = TerritoryGeometry.toJts(a.polygons());
    Geometry jb = TerritoryGeometry.toJts(b.polygons());
    List<Polygon> gaps = new ArrayList<>();
    Geometry union = OverlayNGRobust.overlay(ja, jb, OverlayNG.UNION);
    PreparedGeometry pa = PreparedGeometryFactory.prepare(ja);
    PreparedGeometry pb = PreparedGeometryFactory.prepare(jb);
    UnionHoles holes = local ? new UnionHoles(union) : null;
    SharedSegments edgesA = local ? new SharedSegments(ja) : null;
    SharedSegments edgesB = local ? new SharedSegments(jb) : null;
    Map<LineString, RingBoxes> boxes = new IdentityHashMap<>();
    for (Polygon p : polygons(union)) {
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        // A hole of the union may hold islands of A or B (an enclave inside the gap): take them out.
        Polygon ring = TerritoryGeometry.FACTORY.createPolygon(p.getInteriorRingN(h).getCoordinates());
        // What is taken out lies within the ring, so a ring that does not meet both territories holds no
        // gap: skip its overlay (most holes of the union are holes of one territory alone).
        if (!(pa.intersects(ring) && pb.intersects(ring))) {
          continue;
        }
        for (Polygon hole : polygons(local ? holes.difference(ring) : OverlayNGRobust.overlay(ring, union,
            OverlayNG.DIFFERENCE))) {
          if (pa.intersects(hole) && pb.intersects(hole) && touchesAlongLine(hole, ja, edgesA, boxes, local)
              && touchesAlongLine(hole, jb, edgesB, boxes, local)) {
            gaps.add(hole);
          }
        }
      }
    }
    List<Polygon> overlaps = polygons(join(overlapF));
    // Areas and widths: overlaps, then gaps, in this order; with many, the second half on another thread
    // with its own indexes (each figure depends only on its polygon and the two boundaries).
    int all = overlaps.size() + gaps.size();
    int half = parallel && all >= 64 ? all / 2 : all;
    CompletableFuture<List<Discrepancy>> second = start(parallel && half < all,
        () -> measure(overlaps, gaps, half, all, a, b));
    List<Discrepancy> out = measure(overlaps, gaps, 0, half, a, b);
    out.addAll(join(second));
    out.sort(Comparator.comparingDouble(Discrepancy::areaM2).reversed());
    return out;
  }

  /**
   * Whether a hole of the union is bordered by the territory along a line, not only at a point. Only the
   * territory's rings whose box meets the hole's (grown by {@link #TOUCH_DEG}) are intersected, and of each
   * ring only the runs of segments whose box meets it: a segment outside that box cannot meet the outline,
   * and every run ends at a vertex outside it, so the line intersection the outline has with the runs is the
   * one it has with the whole ring (a whole ring of a large territory made this quadratic in the number of
   * sliver holes). An outline that holds one of the territory's edges is known to touch it along a line
   * without an overlay ({@link SharedSegments}).
   */
  private static boolean touchesAlongLine(Polygon hole, Geometry territory, SharedSegments edges,
      Map<LineString, RingBoxes> boxes, boolean local) {
    if (edges != null && edges.runsAlong(hole.getExteriorRing())) {
      return true;
    }
    Envelope box = hole.getEnvelopeInternal().copy();
    box.expandBy(TOUCH_DEG);
    Geometry outline = hole.getExteriorRing();
    for (int i = 0; i < territory.getNumGeometries(); i++) {
      Polygon part = (Polygon) territory.getGeometryN(i);
      for (int r = -1; r < part.getNumInteriorRing(); r++) {
        LineString ring = r < 0 ? part.getExteriorRing() : part.getInteriorRingN(r);
        if (ring.getEnvelopeInternal().intersects(box)) {
          Geometry near = runsNear(boxes.computeIfAbsent(ring, x -> RingBoxes.of(x.getCoordinates())), box);
          if (near != null && lineIntersection(outline, near, ring, boxes.get(ring), local).getDimension() >= 1) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The intersection of {@code outline} with the runs {@code near} of {@code ring}: JTS's plain line overlay
   * of the two, which is the first thing {@code Geometry.intersection} tries; should that fail, exactly what
   * was done before, {@code outline.intersection(ring)} with the whole ring (whose fallback snaps with a
   * tolerance taken from both geometries' extent).
   */
  private static Geometry lineIntersection(Geometry outline, Geometry near, LineString ring, RingBoxes boxes,
      boolean local) {
    try {
      return OverlayOp.overlayOp(outline, near, OverlayOp.INTERSECTION);
    } catch (RuntimeException e) {
      // The plain overlay of the whole ring fails as well: it nodes the same segments near the outline the
      // same way (segments away from it meet none of them). What the ring's intersection does next is JTS's
      // snapping overlay, which is reproduced on a local stand-in for the ring where one can be made.
      Geometry standIn = local ? SnapStandIn.of(outline, ring, boxes) : null;
      if (standIn != null) {
        try {
          return SnapOverlayOp.overlayOp(outline, standIn, OverlayOp.INTERSECTION);
        } catch (RuntimeException again) {
          // fall through: exactly what was done before
        }
      }
      return outline.intersection(ring);
    }
  }

  /** Segments per box in {@link RingBoxes}. */
  static final int CHUNK = 64;

  /**
   * A closed ring's coordinates with the box of every {@link #CHUNK} consecutive segments, and the indices of
   * its first vertices with the smallest and largest x and y (for {@link SnapStandIn}).
   */
  record RingBoxes(Coordinate[] cs, Envelope[] boxes, Set<Integer> extremes) {
    static RingBoxes of(Coordinate[] cs) {
      int n = cs.length - 1;
      Envelope[] boxes = new Envelope[(n + CHUNK - 1) / CHUNK];
      for (int c = 0; c < boxes.length; c++) {
        Envelope e = new Envelope();
        for (int k = c * CHUNK; k <= Math.min(n, (c + 1) * CHUNK); k++) {
          e.expandToInclude(cs[k]);
        }
        boxes[c] = e;
      }
      return new RingBoxes(cs, boxes, SnapStandIn.extremes(cs));
    }
  }

  /**
   * The maximal runs of consecutive segments of a closed ring whose boxes meet {@code box}, or null if none
   * does; the whole ring if every segment's box does. Runs are listed round the ring from the segment after
   * the first one outside the box.
   */
  private static Geometry runsNear(RingBoxes ring, Envelope box) {
    List<LineString> runs = runList(ring, box);
    if (runs == null) {
      return null;
    }
    return runs.size() == 1 ? runs.getFirst()
        : TerritoryGeometry.FACTORY.createMultiLineString(runs.toArray(LineString[]::new));
  }

  /** As {@link #runsNear}, as a list; a list of the whole ring if every segment's box meets {@code box}. */
  static List<LineString> runList(RingBoxes ring, Envelope box) {
    Coordinate[] cs = ring.cs();
    int n = cs.length - 1; // segments
    List<Integer> in = new ArrayList<>();
    for (int c = 0; c < ring.boxes().length; c++) {
      if (ring.boxes()[c].intersects(box)) {
        for (int k = c * CHUNK; k < Math.min(n, (c + 1) * CHUNK); k++) {
          if (box.intersects(cs[k], cs[k + 1])) {
            in.add(k);
          }
        }
      }
    }
    if (in.isEmpty()) {
      return null;
    }
    if (in.size() == n) {
      return List.of(TerritoryGeometry.FACTORY.createLineString(cs));
    }
    int start = 0; // the first segment outside the box
    while (start < in.size() && in.get(start) == start) {
      start++;
    }
    int first = start; // runs are read from the segment after it, round the ring
    List<Integer> order = new ArrayList<>(in.subList(first, in.size()));
    order.addAll(in.subList(0, first));
    List<LineString> runs = new ArrayList<>();
    List<Coordinate> run = null;
    int previous = -2;
    for (int k : order) {
      if (run != null && k != (previous + 1) % n) {
        runs.add(TerritoryGeometry.FACTORY.createLineString(run.toArray(Coordinate[]::new)));
        run = null;
      }
      if (run == null) {
        run = new ArrayList<>();
        run.add(cs[k]);
      }
      run.add(cs[k + 1]);
      previous = k;
    }
    runs.add(TerritoryGeometry.FACTORY.createLineString(run.toArray(Coordinate[]::new)));
    return runs;
  }

  /** The discrepancies of items {@code from} (inclusive) to {@code to} of the overlaps followed by the gaps. */
  private List<Discrepancy> measure(List<Polygon> overlaps, List<Polygon> gaps, int from, int to, Territory a,
      Territory b) {
    List<Discrepancy> out = new ArrayList<>();
    if (from >= to) {
      return out;
    }
    SegmentIndex aIndex = new SegmentIndex(a.polygons()).build();
    SegmentIndex bIndex = new SegmentIndex(b.polygons()).build();
    for (int i = from; i < to; i++) {
      boolean overlap = i < overlaps.size();
      add(out, overlap ? Discrepancy.Kind.OVERLAP : Discrepancy.Kind.GAP,
          overlap ? overlaps.get(i) : gaps.get(i - overlaps.size()), aIndex, bIndex);
    }
    return out;
  }

  private void add(List<Discrepancy> out, Discrepancy.Kind kind, Polygon p, SegmentIndex aIndex,
      SegmentIndex bIndex) {
    List<GeoPolygon> g = TerritoryGeometry.fromJts(p);
    if (g.isEmpty()) {
      return;
    }
    double area = Geodesics.WGS84.measure(g).areaM2();
    if (area == 0) {
      return;
    }
    // The width is sampled at the vertices and the edge midpoints of the area's outline: an outline made
    // of stretches of both boundaries meets them at its vertices, so the midpoints are where it strays.
    double width = 0;
    Coordinate[] cs = p.getExteriorRing().getCoordinates();
    for (int k = 0; k + 1 < cs.length; k++) {
      for (double f : new double[] {0, 0.5}) {
        GeoPoint v = GeoPoint.ofLonLat(cs[k].x + f * (cs[k + 1].x - cs[k].x), cs[k].y + f * (cs[k + 1].y - cs[k].y));
        width = Math.max(width, Math.max(aIndex.distanceM(v), bIndex.distanceM(v)));
      }
    }
    Coordinate inside = p.getInteriorPoint().getCoordinate();
    out.add(new Discrepancy(kind, area, width, width <= snapM, GeoPoint.ofLonLat(inside.x, inside.y)));
  }

  private static List<Polygon> polygons(Geometry g) {
    List<Polygon> out = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  private static double separationM(Geometry ja, Geometry jb) {
    Coordinate[] nearest = DistanceOp.nearestPoints(ja, jb);
    return Geodesics.WGS84.distanceM(GeoPoint.ofLonLat(nearest[0].x, nearest[0].y),
        GeoPoint.ofLonLat(nearest[1].x, nearest[1].y));
  }

  /** Twice the signed area in the longitude–latitude plane of a closed polyline; positive anticlockwise. */
  static double signedLonLatArea(List<GeoPoint> closed) {
    double sum = 0;
    GeoPoint o = closed.getFirst();
    for (int i = 0; i + 1 < closed.size(); i++) {
      GeoPoint p = closed.get(i);
      GeoPoint q = closed.get(i + 1);
      sum += (p.lonDeg() - o.lonDeg()) * (q.latDeg() - o.latDeg())
          - (q.lonDeg() - o.lonDeg()) * (p.latDeg() - o.latDeg());
    }
    return sum;
  }
}
