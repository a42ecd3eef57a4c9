package org.groma.geo.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import org.groma.geo.GeoPoint;
import org.groma.geo.ProgressListener;
import org.groma.geo.geodesic.ClosestPoint;
import org.groma.geo.geodesic.GeodesicSegment;
import org.groma.geo.geodesic.Geodesics;

/**
 * Geodesic offsets from the points of one line to another, on the lines themselves and not only at
 * vertices, and the stretches within the agreement tolerance.
 *
 * <h2>Algorithm</h2>
 * Every vertex of the densified line is a sample: its nearest segment of the other line is found in the
 * {@link LocalPlane} ({@link ChainIndex}), widened by the plane's scale bounds to every segment that could
 * be nearest geodesically, and candidates are solved in order of planar distance until the plane's local
 * scale bound ({@link LocalPlane#maxScaleWithin}) shows that no further one can be nearer. Each candidate is
 * solved geodesically ({@link #closest}): the along-track iteration of {@code Geodesics.closestPoint}, on
 * the segment's geodesic solved once and kept while neighbouring samples need it, started at the planar
 * nearest point instead of the first vertex, so that one or two inverse solutions finish it; an end is
 * compared only when the plane cannot rule it out.
 * Between two samples p, q whose nearest segments are j and k, the distance to segment j is a convex
 * function along the piece (the distance from a moving point to a convex set), so it never exceeds
 * max(d_j(p), d_j(q)); the offset on the piece is therefore at most
 * min(max(d_j(p), d_j(q)), max(d_k(p), d_k(q))). A piece whose upper bound exceeds the largest offset found
 * so far by more than {@link #BISECTION_TOLERANCE_M}, or whose agreement is undecided (one end within the
 * tolerance and one not, or both within and the bound not; or both outside and the planar distance between
 * the piece and the other line's nearby segments allowing a dip inside), is split at its geodesic midpoint
 * (a position on the densified segment's geodesic), down to pieces of {@link #BISECTION_TOLERANCE_M}.
 *
 * <h2>Accuracy</h2>
 * The maximum is within 1 mm + the densification sag of the true maximum of the geodesic distance over the
 * line, and never below the largest vertex-to-line distance (vertices are samples). Convexity holds exactly
 * in the plane; on the ellipsoid the distance to a geodesic segment departs from convexity only by terms of
 * order d·L²/R² (under 0.1 mm for offsets of 10 km and pieces of 300 m). The mean is the trapezoid rule over
 * the samples. Agree-stretch ends are located to 1 mm along the line. Each sample's distance is a
 * GeographicLib inverse solution at the point where the iteration stops (fixed to 1 nm along the segment),
 * so it agrees with any other closest-point search to the inverse solutions' rounding (about 15 nm).
 */
final class OffsetMeter {

  /** Resolution of the bisection, metres: pieces are not split below 1 mm, the precision promised. */
  static final double BISECTION_TOLERANCE_M = 0.001;

  /** Deepest bisection of one densified piece: 2⁻⁴⁰ of any piece is far below 1 mm. */
  private static final int MAX_DEPTH = 40;

  /**
   * Slack of a comparison between a planar distance and a geodesic one, metres: plane coordinates of points
   * hundreds of kilometres from the centre carry rounding of about 1e-10 m; 1 µm covers it many times over.
   */
  static final double PLANE_ROUNDING_M = 1e-6;

  /** Segments of the other line kept solved as geodesics (a power of two; consecutive samples share them). */
  private static final int SEGMENT_CACHE = 1024;

  private final PreparedLine from;
  private final PreparedLine to;
  private final LocalPlane plane;
  private final double agreeToleranceM;
  private final boolean detail;
  private final double sagM;

  /** Hears one unit per vertex sampled and one per piece after a vertex refined, in batches. */
  ProgressListener progress = ProgressListener.NONE;

  /** Vertices per report to {@link #progress}. */
  private static final int PROGRESS_BATCH = 1024;

  // Results.
  double maxM = -1;
  GeoPoint maxAt;
  GeoPoint maxNearest;
  double weightedSum;
  double weightTotal;
  final List<OffsetSample> profile = new ArrayList<>();
  final List<AgreeStretch> agree = new ArrayList<>();

  // The other line's segments as geodesics, direct-mapped by segment number.
  private final GeodesicSegment[] segments = new GeodesicSegment[SEGMENT_CACHE];
  private final int[] segmentIds = new int[SEGMENT_CACHE];

  // The densified piece of this line being refined (part, first vertex), solved as a geodesic on first split.
  private int piecePart;
  private int pieceVertex;
  private GeodesicSegment pieceSegment;

  // Candidate segments of one sample: planar distance and segment number.
  private double[] candidateD = new double[16];
  private int[] candidateK = new int[16];
  private int candidates;

  // Current agree stretch being built.
  private List<GeoPoint> stretch;
  private double stretchStart;
  private double stretchEnd;
  private int stretchPart;

  /**
   * A sample: point, plane coordinates, distance along, nearest segment and distance, and the geodesic
   * distances to the first two segments solved on the way ({@code d0} to {@code seg0}, {@code d1} to
   * {@code seg1}; −1 for none), which the bound of a piece between two samples often asks for again.
   */
  private record Sample(GeoPoint p, double x, double y, double along, int seg, double d, GeoPoint nearest,
      int seg0, double d0, int seg1, double d1) {

    /** The geodesic distance to segment k if this sample solved it, else NaN. */
    double solvedDistance(int k) {
      return k == seg0 ? d0 : k == seg1 ? d1 : Double.NaN;
    }
  }

  OffsetMeter(PreparedLine from, PreparedLine to, LocalPlane plane, double agreeToleranceM, double sagM,
      boolean detail) {
    this.from = from;
    this.to = to;
    this.plane = plane;
    this.agreeToleranceM = agreeToleranceM;
    this.sagM = sagM;
    this.detail = detail;
    Arrays.fill(segmentIds, -1);
  }

  void run() {
    List<Sample[]> samples = new ArrayList<>();
    for (PreparedLine.Part part : from.parts) {
      Sample[] s = new Sample[part.size()];
      for (int v = 0; v < part.size(); v++) {
        s[v] = sample(part.points[v], part.x[v], part.y[v], part.along[v], v > 0 ? s[v - 1].seg() : -1);
        if (s[v].d() > maxM) {
          record(s[v]);
        }
        if (v % PROGRESS_BATCH == PROGRESS_BATCH - 1) {
          progress.advanced(PROGRESS_BATCH);
        }
      }
      progress.advanced(s.length % PROGRESS_BATCH);
      samples.add(s);
    }
    for (int p = 0; p < from.parts.size(); p++) {
      Sample[] s = samples.get(p);
      if (detail) {
        emit(p, s[0]);
      }
      for (int v = 0; v + 1 < s.length; v++) {
        piecePart = p;
        pieceVertex = v;
        pieceSegment = null;
        refine(p, s[v], s[v + 1], 0);
        if (v % PROGRESS_BATCH == PROGRESS_BATCH - 1) {
          progress.advanced(PROGRESS_BATCH);
        }
      }
      progress.advanced(1 + (s.length - 1) % PROGRESS_BATCH); // the last vertex has no piece after it
      closeStretch();
    }
  }

  private void record(Sample s) {
    maxM = s.d();
    maxAt = s.p();
    maxNearest = s.nearest();
  }

  /** Refines the piece a–b (a already emitted), emits b and everything between. */
  private void refine(int part, Sample a, Sample b, int depth) {
    double length = b.along() - a.along();
    boolean split = false;
    if (length > BISECTION_TOLERANCE_M && depth < MAX_DEPTH) {
      double ub = upperBound(a, b);
      if (ub > maxM + BISECTION_TOLERANCE_M) {
        split = true;
      } else if (detail) {
        boolean aIn = a.d() <= agreeToleranceM;
        boolean bIn = b.d() <= agreeToleranceM;
        if (aIn != bIn) {
          split = true;
        } else if (aIn) {
          split = ub > agreeToleranceM;
        } else {
          split = lowerBound(a, b) <= agreeToleranceM;
        }
      }
    }
    if (split) {
      Sample m = midpoint(a, b);
      if (m.d() > maxM) {
        record(m);
      }
      refine(part, a, m, depth + 1);
      refine(part, m, b, depth + 1);
      return;
    }
    if (detail) {
      weightedSum += (a.d() + b.d()) / 2 * length;
      weightTotal += length;
      boolean agreeing = a.d() <= agreeToleranceM && b.d() <= agreeToleranceM;
      if (agreeing) {
        if (stretch == null) {
          stretch = new ArrayList<>();
          stretch.add(a.p());
          stretchStart = a.along();
          stretchPart = part;
        }
        stretch.add(b.p());
        stretchEnd = b.along();
      } else {
        closeStretch();
      }
      emit(part, b);
    }
  }

  private void closeStretch() {
    if (stretch != null) {
      agree.add(new AgreeStretch(from.parts.get(stretchPart).originalIndex, stretchStart, stretchEnd,
          stretchEnd - stretchStart, stretch));
      stretch = null;
    }
  }

  private void emit(int part, Sample s) {
    profile.add(new OffsetSample(from.parts.get(part).originalIndex, s.along(), s.d()));
  }

  private double upperBound(Sample a, Sample b) {
    if (a.seg() == b.seg()) {
      return Math.max(a.d(), b.d());
    }
    double viaA = Math.max(a.d(), distance(b, a.seg()));
    double viaB = Math.max(distance(a, b.seg()), b.d());
    return Math.min(viaA, viaB);
  }

  /** The geodesic distance from sample s to segment k of the other line, solved again only if s did not. */
  private double distance(Sample s, int k) {
    double d = s.solvedDistance(k);
    return Double.isNaN(d) ? closest(k, s.p(), s.x(), s.y()).distanceM() : d;
  }

  /**
   * A lower bound of the geodesic distance from the piece a–b to the other line. First the triangle
   * inequality, (d(a) + d(b) − length)/2; only when that does not exceed the tolerance, the planar distance
   * between the piece and the other line's segments near it, scaled down by the plane's largest scale.
   */
  private double lowerBound(Sample a, Sample b) {
    double cheap = (a.d() + b.d() - (b.along() - a.along())) / 2;
    if (cheap > agreeToleranceM) {
      return cheap;
    }
    double reach = (agreeToleranceM + 2 * sagM) * plane.maxScale() + 1e-3;
    double[] best = {Double.POSITIVE_INFINITY};
    to.index.query(Math.min(a.x(), b.x()) - reach, Math.max(a.x(), b.x()) + reach,
        Math.min(a.y(), b.y()) - reach, Math.max(a.y(), b.y()) + reach, k -> {
      PreparedLine.Part p = to.parts.get(to.segPart[k]);
      int v = to.segVertex[k];
      double d = segmentSegmentDistance(a.x(), a.y(), b.x(), b.y(), p.x[v], p.y[v], p.x[v + 1], p.y[v + 1]);
      best[0] = Math.min(best[0], d);
    });
    // Planar chords stray up to the sag from the geodesics on either line. Nothing within reach: farther.
    return Double.isInfinite(best[0]) ? reach / plane.maxScale() : best[0] / plane.maxScale() - 2 * sagM;
  }

  private static double segmentSegmentDistance(double ax, double ay, double bx, double by, double cx, double cy,
      double dx, double dy) {
    double c1 = PlanarGeometry.cross(ax, ay, bx, by, cx, cy);
    double c2 = PlanarGeometry.cross(ax, ay, bx, by, dx, dy);
    double c3 = PlanarGeometry.cross(cx, cy, dx, dy, ax, ay);
    double c4 = PlanarGeometry.cross(cx, cy, dx, dy, bx, by);
    if (((c1 > 0 && c2 < 0) || (c1 < 0 && c2 > 0)) && ((c3 > 0 && c4 < 0) || (c3 < 0 && c4 > 0))) {
      return 0;
    }
    return Math.min(
        Math.min(PlanarGeometry.pointSegmentDistance(ax, ay, cx, cy, dx, dy),
            PlanarGeometry.pointSegmentDistance(bx, by, cx, cy, dx, dy)),
        Math.min(PlanarGeometry.pointSegmentDistance(cx, cy, ax, ay, bx, by),
            PlanarGeometry.pointSegmentDistance(dx, dy, ax, ay, bx, by)));
  }

  /** The geodesic midpoint of the piece a–b, on the densified segment of this line that holds it. */
  private Sample midpoint(Sample a, Sample b) {
    PreparedLine.Part part = from.parts.get(piecePart);
    if (pieceSegment == null) {
      pieceSegment = Geodesics.WGS84.segment(part.points[pieceVertex], part.points[pieceVertex + 1]);
    }
    double along = (a.along() + b.along()) / 2;
    GeoPoint m = pieceSegment.position(along - part.along[pieceVertex]);
    return sample(m, plane.x(m), plane.y(m), along, a.seg());
  }

  /**
   * Samples the offset at p. {@code hint} is a segment of the other line likely to be near (the previous
   * sample's nearest), or −1: its planar distance bounds the nearest planar distance from above, which is all
   * the candidate search needs, and saves a nearest-neighbour search of the index.
   */
  private Sample sample(GeoPoint p, double px, double py, double along, int hint) {
    double planar = to.planarDistance(hint >= 0 ? hint : to.index.nearest(px, py), px, py);
    // Every segment whose geodesic distance could be smaller than the planar nearest's.
    double reach = planar * plane.maxScale() / plane.minScale() + 2 * sagM * plane.maxScale() + 1e-6;
    candidates = 0;
    to.index.query(px - reach, px + reach, py - reach, py + reach, k -> {
      double d = to.planarDistance(k, px, py);
      if (d <= reach) {
        addCandidate(d, k);
      }
    });
    double localScale = plane.maxScaleWithin(p.latDeg(), reach / plane.minScale());
    int bestSeg = -1;
    ClosestPoint best = null;
    int solvedCount = 0;
    double solved0 = 0;
    double solved1 = 0;
    for (int i = 0; i < candidates; i++) {
      // Lower bound of this segment's geodesic distance; candidates come in increasing planar distance.
      if (best != null && candidateD[i] / localScale - 2 * sagM > best.distanceM()) {
        break;
      }
      ClosestPoint c = closest(candidateK[i], p, px, py);
      if (solvedCount++ == 0) {
        solved0 = c.distanceM();
      } else if (solvedCount == 2) {
        solved1 = c.distanceM();
      }
      if (best == null || c.distanceM() < best.distanceM()) {
        best = c;
        bestSeg = candidateK[i];
      }
    }
    return new Sample(p, px, py, along, bestSeg, best.distanceM(), best.point(),
        candidateK[0], solved0, solvedCount > 1 ? candidateK[1] : -1, solved1);
  }

  /** Inserts a candidate in order of planar distance (stable: equal distances keep the order of the search). */
  private void addCandidate(double d, int k) {
    if (candidates == candidateD.length) {
      candidateD = Arrays.copyOf(candidateD, 2 * candidates);
      candidateK = Arrays.copyOf(candidateK, 2 * candidates);
    }
    int i = candidates++;
    while (i > 0 && candidateD[i - 1] > d) {
      candidateD[i] = candidateD[i - 1];
      candidateK[i] = candidateK[i - 1];
      i--;
    }
    candidateD[i] = d;
    candidateK[i] = k;
  }

  /**
   * The geodesic nearest point of segment k of the other line to p, at (px, py) in the plane.
   *
   * <p>The along-track iteration ({@link GeodesicSegment#closestFrom}) starts where the plane puts the nearest
   * point, after rescaling the plane by its scales at p's latitude so that it is conformal at p: the start
   * is then off by a fraction of the offset of the order of the offset over the earth's radius, and one or
   * two inverse solutions finish it (from the segment's first vertex it took four to six). An end of the
   * segment other than where the iteration stopped is compared only when the plane cannot rule it out: if
   * the end were nearer than the point found (distance d), its planar distance would be at most
   * {@link LocalPlane#maxScaleWithin}(φ, d)·d.
   */
  ClosestPoint closest(int k, GeoPoint p, double px, double py) {
    PreparedLine.Part part = to.parts.get(to.segPart[k]);
    int v = to.segVertex[k];
    GeodesicSegment segment = segment(k);
    double kx = plane.parallelScale(p.latDeg());
    double ky = plane.meridianScale(p.latDeg());
    double t = PlanarGeometry.projectionParameter(0, 0, (part.x[v] - px) / kx, (part.y[v] - py) / ky,
        (part.x[v + 1] - px) / kx, (part.y[v + 1] - py) / ky);
    ClosestPoint best = segment.closestFrom(p, t * segment.lengthM());
    double reach = plane.maxScaleWithin(p.latDeg(), best.distanceM()) * best.distanceM() + PLANE_ROUNDING_M;
    if (best.alongSegmentM() > 0 && Math.hypot(part.x[v] - px, part.y[v] - py) <= reach) {
      ClosestPoint e = segment.end(p, true);
      if (e.distanceM() < best.distanceM()) {
        best = e;
      }
    }
    if (best.alongSegmentM() < segment.lengthM() && Math.hypot(part.x[v + 1] - px, part.y[v + 1] - py) <= reach) {
      ClosestPoint e = segment.end(p, false);
      if (e.distanceM() < best.distanceM()) {
        best = e;
      }
    }
    return best;
  }

  private GeodesicSegment segment(int k) {
    int slot = k & (SEGMENT_CACHE - 1);
    if (segmentIds[slot] != k) {
      PreparedLine.Part part = to.parts.get(to.segPart[k]);
      int v = to.segVertex[k];
      segments[slot] = Geodesics.WGS84.segment(part.points[v], part.points[v + 1]);
      segmentIds[slot] = k;
    }
    return segments[slot];
  }

  double meanM() {
    return weightTotal == 0 ? 0 : weightedSum / weightTotal;
  }
}
