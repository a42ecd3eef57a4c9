package org.groma.geo.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import net.sf.geographiclib.Accumulator;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.ProgressListener;
import org.groma.geo.geodesic.Geodesics;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Compares two boundary lines for the same stretch: the faces between them and whom each line gives them
 * to, their geodesic areas, the offsets between the lines and where they agree.
 *
 * <pre>{@code
 * LineComparison c = LineComparisonOp.compare(osmLine, naturalEarthLine,
 *     ComparisonOptions.defaults().withAPoint(new GeoPoint(40.18, 44.51)));
 * }</pre>
 *
 * <h2>Algorithm</h2>
 * <ol>
 *   <li>Validate the parts; with a reference point inside A, orient each part so A lies on its left
 *       ({@link PartOrienter}) and record the parts reversed.</li>
 *   <li>Densify every geodesic edge to the sag of the options ({@code Geodesics.densify}) and map the
 *       vertices into a {@link LocalPlane} centred on the data.</li>
 *   <li>Refuse lines farther apart than the maximum connector length, and lines (or parts) that run against
 *       each other (A would be on different sides).</li>
 *   <li>Close unshared ends with geodesic connectors ({@link EndCloser}).</li>
 *   <li>Node all linework, polygonize, and label each face with the party each line gives it to
 *       ({@link FaceBuilder}). Faces both lines give to the same party are dropped: they are not between the
 *       lines (for instance the area enclosed by both lines' enclave rings, or a face closed off by
 *       connectors beyond the common stretch); only their number is reported.</li>
 *   <li>Compute each remaining face's geodesic area from its longitude/latitude vertices (GeographicLib,
 *       {@code Geodesics.measure}); sum per direction with an error-free accumulator.</li>
 *   <li>Measure offsets and agree stretches ({@link OffsetMeter}).</li>
 * </ol>
 *
 * <h2>Accuracy</h2>
 * Face vertices are the input vertices exactly, points on the input geodesics, and crossing nodes computed
 * on the longitude–latitude chords, which lie within the sag (default 1 mm) of the geodesics. A node moved by
 * δ changes a face's area by at most δ times the length of the densified pieces meeting there: with 1 mm sag
 * and pieces of a few hundred metres (up to a few kilometres on nearly north–south edges, whose chords sag
 * least) that is 0.1–2 m² per crossing node, and the same node moves the neighbouring face the other way.
 * A smaller sag shrinks it in proportion. Otherwise areas are exact for geodesic edges (GeographicLib).
 * PostGIS, given the same densified vertices, puts its nodes on the same chords, so the two agree far more
 * closely than either agrees with the ideal geodesic node (docs/comparison.md). Offsets: see
 * {@link OffsetMeter}.
 *
 * <h2>Limitations</h2>
 * Lines must lie in a {@link LocalPlane} (less than 20° of longitude, not across the antimeridian, within 80°
 * of the equator). A line that crosses itself is noded like any other linework, but the side it gives is
 * then defined by majority over the edges of each face; the dissenting edges are counted in
 * {@link LineComparison#labelConflicts()}, not resolved.
 * Orientation from a reference point assumes each open part does not wrap around the point.
 *
 * <h2>Thread safety</h2>
 * Stateless; each call works on its own data, safe from any thread. A call builds its faces and measures
 * the offsets each way side by side, on the calling thread and idle threads of the common fork-join pool
 * ({@link IndependentTasks}); the result does not depend on how many there are.
 */
public final class LineComparisonOp {

  /** At most this many line-2 segments per part are sampled for the direction check (spread evenly). */
  private static final int DIRECTION_SAMPLES = 2_000;

  private LineComparisonOp() {}

  /** Compares line 1 with line 2; see the class description. */
  public static LineComparison compare(List<List<GeoPoint>> line1, List<List<GeoPoint>> line2,
      ComparisonOptions options) {
    return compare(line1, line2, options, ProgressListener.NONE);
  }

  /**
   * Compares line 1 with line 2, telling {@code progress} how far the offsets have got: the total is twice
   * the densified vertices of both lines (each is sampled, then the piece after it refined), known once the
   * lines are prepared. The faces are built meanwhile on another thread and do not report.
   */
  public static LineComparison compare(List<List<GeoPoint>> line1, List<List<GeoPoint>> line2,
      ComparisonOptions options, ProgressListener progress) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(progress, "progress");
    PreparedLine.validate(1, line1);
    PreparedLine.validate(2, line2);
    List<List<GeoPoint>> all = new ArrayList<>(line1);
    all.addAll(line2);
    LocalPlane plane = LocalPlane.around(all);

    String method = !options.aTerritory().isEmpty() ? "territory"
        : !options.aPoints().isEmpty() ? "reference-points" : "as-drawn";
    TerritoryOrienter territory1 = options.aTerritory().isEmpty() ? null
        : new TerritoryOrienter(options.aTerritory(), plane, options.maxConnectorM());
    TerritoryOrienter territory2 = options.aTerritory2().isEmpty() ? territory1
        : new TerritoryOrienter(options.aTerritory2(), plane, options.maxConnectorM());
    List<String> ambiguous = new ArrayList<>();
    PreparedLine l1 = orientAndPrepare(1, line1, options, plane, territory1, ambiguous);
    PreparedLine l2 = orientAndPrepare(2, line2, options, plane, territory2, ambiguous);
    if (!ambiguous.isEmpty() && !options.acceptAmbiguousOrientation()) {
      throw new GeoInputException("the orientation (which side is A) is ambiguous: " + String.join("; ", ambiguous)
          + (method.equals("territory") ? "" : "; give A's territory to orient the parts from it")
          + ", or accept leaving these parts as drawn (acceptAmbiguousOrientation, `--accept-ambiguous-orientation`)");
    }

    requireNear(l1, l2, plane, options.maxConnectorM());
    requireSameDirection(l1, l2, method);

    EndCloser.Result ends = EndCloser.close(l1, l2, options.maxConnectorM());
    // The faces and the offsets each way read the prepared lines and nothing else: run side by side.
    Faces faces = new Faces(l1, l2, ends.connectors(), plane, options.maxSagM());
    OffsetMeter oneToTwo = new OffsetMeter(l1, l2, plane, options.agreeToleranceM(), options.maxSagM(), true);
    OffsetMeter twoToOne = new OffsetMeter(l2, l1, plane, options.agreeToleranceM(), options.maxSagM(), false);
    progress.total(2 * (l1.vertexCount() + l2.vertexCount()));
    oneToTwo.progress = progress;
    twoToOne.progress = progress;
    IndependentTasks.run(List.of(faces, oneToTwo::run, twoToOne::run));
    List<DisputedArea> areas = faces.areas;
    int conflicts = faces.conflicts;

    // From reference points a conflict may mean a part was turned the wrong way: refused. From a territory
    // or as drawn, every part's direction is fixed by its source; conflicts then come from the lines
    // themselves (a self-crossing, an overlap sliver drawn both ways) and are reported, as before.
    List<String> accepted = new ArrayList<>(ambiguous);
    if (conflicts > 0 && method.equals("reference-points")) {
      String what = conflicts + " edge" + (conflicts == 1 ? " votes" : "s vote")
          + " against the label of its face (labelConflicts " + conflicts + ")";
      if (!options.acceptAmbiguousOrientation()) {
        throw new GeoInputException("the orientation from the reference points is not consistent: " + what
            + ", so a part may have been turned the wrong way and a face given to the wrong party; give A's "
            + "territory instead, or accept it (acceptAmbiguousOrientation, `--accept-ambiguous-orientation`)");
      }
      accepted.add(what);
    }

    Offsets offsets = new Offsets(oneToTwo.maxM, oneToTwo.maxAt, oneToTwo.maxNearest,
        twoToOne.maxM, twoToOne.maxAt, twoToOne.maxNearest, oneToTwo.meanM(), oneToTwo.profile);
    Accumulator agree = new Accumulator(0);
    oneToTwo.agree.forEach(s -> agree.Add(s.lengthM()));

    return new LineComparison(areas, faces.aToB.Sum(), faces.bToA.Sum(), offsets, oneToTwo.agree, agree.Sum(),
        l1.lengthM, l2.lengthM, ends.connectors(), ends.open(), l1.reversedParts, l2.reversedParts,
        faces.notBetween, conflicts, options, new OrientationReport(method, accepted));
  }

  /** The labelled faces between the lines with their geodesic areas, summed per direction. */
  private static final class Faces implements Runnable {
    private final PreparedLine l1;
    private final PreparedLine l2;
    private final List<Connector> connectors;
    private final LocalPlane plane;
    private final double maxSagM;
    final List<DisputedArea> areas = new ArrayList<>();
    final Accumulator aToB = new Accumulator(0);
    final Accumulator bToA = new Accumulator(0);
    int notBetween;
    int conflicts;

    Faces(PreparedLine l1, PreparedLine l2, List<Connector> connectors, LocalPlane plane, double maxSagM) {
      this.l1 = l1;
      this.l2 = l2;
      this.connectors = connectors;
      this.plane = plane;
      this.maxSagM = maxSagM;
    }

    @Override
    public void run() {
      for (FaceBuilder.Face f : new FaceBuilder(plane).build(l1, l2, connectors, maxSagM)) {
        conflicts += f.conflictingEdges();
        if (f.line1Gives() == null || f.line2Gives() == null || f.line1Gives() == f.line2Gives()) {
          notBetween++;
          continue;
        }
        double area = FaceBuilder.areaM2(f.polygon());
        areas.add(new DisputedArea(f.polygon(), f.line1Gives(), f.line2Gives(), area));
        (f.line1Gives() == Side.A ? aToB : bToA).Add(area);
      }
    }
  }

  /** Orients each part (ambiguous parts stay as drawn and are added to {@code ambiguous}) and prepares it. */
  private static PreparedLine orientAndPrepare(int number, List<List<GeoPoint>> parts, ComparisonOptions options,
      LocalPlane plane, TerritoryOrienter territory, List<String> ambiguous) {
    List<PartOrientation> decisions = null;
    if (territory != null) {
      decisions = parts.stream().map(p -> territory.orient(p, plane)).toList();
    } else if (!options.aPoints().isEmpty()) {
      decisions = ReferencePointOrienter.orient(number, parts, options.aPoints(), plane);
    }
    List<List<GeoPoint>> oriented = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    List<Integer> reversed = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      List<GeoPoint> part = parts.get(i);
      PartOrientation d = decisions == null ? PartOrientation.decided(false) : decisions.get(i);
      if (d.isAmbiguous()) {
        ambiguous.add("line " + number + ", part " + i + String.format(Locale.ROOT, " (from %.6f, %.6f): ",
            part.getFirst().latDeg(), part.getFirst().lonDeg()) + d.ambiguity());
      } else if (d.reverse()) {
        part = PartOrienter.reversed(part);
        reversed.add(i);
      }
      oriented.add(part);
      index.add(i);
    }
    return PreparedLine.build(number, oriented, index, reversed, plane, options.maxSagM());
  }

  /** Refuses lines whose nearest points are farther apart than the longest connector allowed. */
  private static void requireNear(PreparedLine l1, PreparedLine l2, LocalPlane plane, double maxConnectorM) {
    GeometryFactory gf = new GeometryFactory();
    IndexedFacetDistance d = new IndexedFacetDistance(toJts(l1, gf));
    Coordinate[] nearest = d.nearestPoints(toJts(l2, gf));
    GeoPoint p1 = plane.point(nearest[0].x, nearest[0].y);
    GeoPoint p2 = plane.point(nearest[1].x, nearest[1].y);
    double planar = nearest[0].distance(nearest[1]);
    if (planar / plane.maxScale() > maxConnectorM) {
      double geodesic = Geodesics.WGS84.distanceM(p1, p2);
      throw new GeoInputException(String.format(Locale.ROOT,
          "the lines are not near each other: at their nearest they are %.3f m apart (line 1 at %.9f, %.9f; "
              + "line 2 at %.9f, %.9f, lat, lon), more than the maximum connector length %.3f m; "
              + "compare two versions of the same stretch, or raise the maximum connector length",
          geodesic, p1.latDeg(), p1.lonDeg(), p2.latDeg(), p2.lonDeg(), maxConnectorM));
    }
  }

  private static MultiLineString toJts(PreparedLine line, GeometryFactory gf) {
    LineString[] ls = new LineString[line.parts.size()];
    for (int p = 0; p < ls.length; p++) {
      PreparedLine.Part part = line.parts.get(p);
      Coordinate[] c = new Coordinate[part.size()];
      for (int i = 0; i < c.length; i++) {
        c[i] = new Coordinate(part.x[i], part.y[i]);
      }
      ls[p] = gf.createLineString(c);
    }
    return gf.createMultiLineString(ls);
  }

  private static int nearestSegment(PreparedLine l1, double x, double y) {
    return l1.index.nearest(x, y);
  }

  /** Distance along line 1 of the point of segment k nearest to (x, y), interpolated in the plane. */
  private static double along(PreparedLine l1, int k, double x, double y) {
    PreparedLine.Part p = l1.parts.get(l1.segPart[k]);
    int v = l1.segVertex[k];
    double t = PlanarGeometry.projectionParameter(x, y, p.x[v], p.y[v], p.x[v + 1], p.y[v + 1]);
    return p.along[v] + t * (p.along[v + 1] - p.along[v]);
  }

  /** Whether the part's segments, weighted by length, mostly run against their nearest segments of line 1. */
  private static boolean mostlyAgainst(PreparedLine l1, PreparedLine.Part part) {
    int segments = part.size() - 1;
    int step = Math.max(1, segments / DIRECTION_SAMPLES);
    double along = 0;
    double total = 0;
    for (int v = 0; v < segments; v += step) {
      double mx = (part.x[v] + part.x[v + 1]) / 2;
      double my = (part.y[v] + part.y[v + 1]) / 2;
      double dx = part.x[v + 1] - part.x[v];
      double dy = part.y[v + 1] - part.y[v];
      int k = nearestSegment(l1, mx, my);
      PreparedLine.Part p1 = l1.parts.get(l1.segPart[k]);
      int w = l1.segVertex[k];
      double ex = p1.x[w + 1] - p1.x[w];
      double ey = p1.y[w + 1] - p1.y[w];
      double len = Math.hypot(dx, dy);
      total += len;
      along += (dx * ex + dy * ey) / Math.hypot(ex, ey);
    }
    return along < -0.5 * total;
  }

  /**
   * Refuses a part of line 2 that runs against line 1: A would lie on different sides of the two lines and
   * every face would be "given to the same party". An open part whose two ends face the same open part of
   * line 1 runs against it when its end falls before its start along line 1; any other part when its
   * segments, weighted by length, mostly run against their nearest segments of line 1.
   */
  private static void requireSameDirection(PreparedLine l1, PreparedLine l2, String method) {
    List<String> against = new ArrayList<>();
    for (PreparedLine.Part part : l2.parts) {
      int last = part.size() - 1;
      int k0 = nearestSegment(l1, part.x[0], part.y[0]);
      int k1 = nearestSegment(l1, part.x[last], part.y[last]);
      boolean runsAgainst;
      if (!part.closed && l1.segPart[k0] == l1.segPart[k1] && !l1.parts.get(l1.segPart[k0]).closed) {
        // Both ends face the same open part of line 1: compare where they fall along it.
        runsAgainst = along(l1, k1, part.x[last], part.y[last]) < along(l1, k0, part.x[0], part.y[0]);
      } else {
        runsAgainst = mostlyAgainst(l1, part);
      }
      if (runsAgainst) {
        against.add("part " + part.originalIndex + " (from " + String.format(Locale.ROOT, "%.6f, %.6f",
            part.points[0].latDeg(), part.points[0].lonDeg()) + ")");
      }
    }
    if (!against.isEmpty()) {
      throw new GeoInputException("line 2 runs against line 1 along " + String.join(", ", against)
          + switch (method) {
            case "reference-points" -> ": the reference points inside A put A on different sides of the two lines "
                + "there; check the points";
            case "territory" -> ": oriented from A's territory, the two lines still run against each other there; "
                + "check that they are two versions of the same stretch";
            default -> ": both lines must have party A on their left; reverse line 2 or give a reference point "
                + "inside A";
          });
    }
  }
}
