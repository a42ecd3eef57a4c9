package org.groma.app.commission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.groma.app.BadInputException;
import org.groma.app.commission.CommissionEvent.LineProposed;
import org.groma.app.commission.CommissionEvent.ProposedSegment;
import org.groma.app.commission.CommissionState.Proposal;
import org.groma.app.commission.PatrolEvent.TrackPart;
import org.groma.app.commission.PatrolRegister.Patrol;
import org.groma.app.delimitation.LineType;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.Ellipsoid;
import org.groma.geo.GeoBox;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.ClosestPoint;
import org.groma.geo.geodesic.GeodesicSegment;
import org.groma.geo.geodesic.Geodesics;
import org.groma.geo.rhumb.Rhumb;

/**
 * Which stretches of a section's line were patrolled in a period: a point of the line counts as covered when
 * some patrol's track passed within {@code bufferM} metres of it (geodesic distance on WGS 84) at a fix taken
 * in the period.
 *
 * <h2>Algorithm</h2>
 * The track is the fixes taken in the period, consecutive fixes of one part joined by geodesics (what a
 * receiver records between two fixes is not known; the geodesic is the shortest way). Between parts, or across
 * a fix outside the period, nothing is joined. The line (the section's agreed line, or a proposal's) is its
 * segments by their line type (geodesic or rhumb; a followed feature's course is joined by geodesics between
 * its turning points, as its length is measured everywhere in Groma). It is sampled every {@code stepM}
 * metres of chainage (each segment's ends included); a sample is covered when its distance to the nearest
 * track segment ({@link Geodesics#closestPoint}) is at most the buffer. Where coverage changes between two
 * samples, the boundary is found by bisection on the chainage to {@value #BOUNDARY_TOLERANCE_M} m. Track
 * segments are found through a grid of boxes grown by the buffer and half the segment's length, which holds
 * every point of the segment's geodesic, so no near segment is skipped.
 *
 * <h2>Limitations</h2>
 * A stretch the buffer touches over less than one step between two uncovered samples (a track grazing the
 * buffer's edge) can be missed; with the default step (a twentieth of the buffer, at most 50 m) that is a
 * track passing within a few metres of the buffer's edge. The step is in the output.
 *
 * @param lineId the proposal whose line was measured; {@code agreed} whether it is the section's agreed line
 * @param lengthM the line's length, metres
 * @param coveredM the length of the covered stretches, metres
 * @param covered covered stretches as chainage from the section's first turning point, in order, disjoint
 * @param patrolIds the patrols with a fix in the period that cover some of the line
 */
public record PatrolCoverage(String sectionId, String lineId, boolean agreed, Instant from, Instant to,
    double bufferM, double stepM, double lengthM, double coveredM, List<Stretch> covered, List<String> patrolIds) {

  /** The buffer when none is given: a patrol watches a kilometre either side of its way. */
  public static final double DEFAULT_BUFFER_M = 1000;
  /** The largest buffer, metres: beyond it a track far inland would count as watching the line. */
  public static final double MAX_BUFFER_M = 50_000;
  /** The largest default sampling step, metres. */
  public static final double MAX_DEFAULT_STEP_M = 50;
  /** Boundaries of covered stretches are found to this, metres. */
  public static final double BOUNDARY_TOLERANCE_M = 0.001;

  /** A covered stretch from {@code fromM} to {@code toM} metres of chainage, with its points along the line. */
  public record Stretch(double fromM, double toM, List<GeoPoint> points) {
    public double lengthM() {
      return toM - fromM;
    }
  }

  /** The default sampling step for a buffer: a twentieth of it, at most {@value #MAX_DEFAULT_STEP_M} m. */
  public static double defaultStep(double bufferM) {
    return Math.min(bufferM / 20, MAX_DEFAULT_STEP_M);
  }

  /**
   * The coverage of section {@code sectionId}'s line in {@code state} by the patrols recorded there.
   *
   * @param proposalId the proposal whose line to measure, or null for the section's agreed line
   * @param from first instant of the period, or null for no start
   * @param to last instant of the period, or null for no end
   * @throws BadInputException when the section has no such line, the buffer or step is not a positive
   *     distance, or the period is empty
   */
  public static PatrolCoverage of(CommissionState state, String sectionId, String proposalId, Instant from,
      Instant to, double bufferM, double stepM) {
    if (!(bufferM > 0) || !(bufferM <= MAX_BUFFER_M)) {
      throw new BadInputException("buffer " + bufferM + " m: give a distance above 0 m and at most " + MAX_BUFFER_M
          + " m (coverage is about the line's vicinity)");
    }
    if (!(stepM > 0) || !Double.isFinite(stepM) || stepM > bufferM) {
      throw new BadInputException("step " + stepM + " m: give a distance above 0 m and at most the buffer ("
          + bufferM + " m)");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadInputException("the period starts (" + from + ") after it ends (" + to + ")");
    }
    Proposal line = line(state, sectionId, proposalId);
    boolean agreed = state.agreedProposal(sectionId).filter(p -> p.proposalId().equals(line.proposalId()))
        .isPresent();
    Track track = new Track(state.patrols().patrols(), from, to, bufferM);
    Line l = new Line(line.proposal());
    List<Stretch> stretches = new ArrayList<>();
    Set<String> patrols = new LinkedHashSet<>();
    List<GeoPoint> points = null; // the open stretch's points, null while none is open
    double startM = 0;
    double before = 0; // chainage of the current piece's start
    boolean prevCovered = false;
    double prevAlong = 0;
    for (int i = 0; i < l.pieces.size(); i++) {
      Piece piece = l.pieces.get(i);
      int n = Math.max(1, (int) Math.ceil(piece.lengthM / stepM));
      // A piece's first sample is the previous piece's last (the same turning point): sampled once.
      for (int k = i == 0 ? 0 : 1; k <= n; k++) {
        double along = k == n ? piece.lengthM : piece.lengthM * k / n;
        GeoPoint p = piece.position(along);
        String near = track.within(p, bufferM);
        boolean covered = near != null;
        if (covered) {
          patrols.add(near);
        }
        boolean first = i == 0 && k == 0;
        if (!first && covered != prevCovered) {
          double a = k == 1 ? 0 : prevAlong;
          double edge = boundary(piece, track, bufferM, a, along, prevCovered);
          if (covered) {
            startM = before + edge;
            points = new ArrayList<>(List.of(piece.position(edge)));
          } else {
            points.add(piece.position(edge));
            stretches.add(new Stretch(startM, before + edge, List.copyOf(points)));
            points = null;
          }
        } else if (first && covered) {
          startM = 0;
          points = new ArrayList<>();
        }
        if (covered) {
          points.add(p);
        }
        prevAlong = along;
        prevCovered = covered;
      }
      before += piece.lengthM;
    }
    if (points != null) {
      stretches.add(new Stretch(startM, before, List.copyOf(points)));
    }
    double coveredM = stretches.stream().mapToDouble(Stretch::lengthM).sum();
    return new PatrolCoverage(sectionId, line.proposalId(), agreed, from, to, bufferM, stepM, before, coveredM,
        List.copyOf(stretches), List.copyOf(patrols));
  }

  private static Proposal line(CommissionState state, String sectionId, String proposalId) {
    if (proposalId == null) {
      return state.agreedProposal(sectionId).orElseThrow(() -> new BadInputException("section " + sectionId
          + (state.section(sectionId).isEmpty() ? " is not in the record (no proposal names it)"
              : " has no agreed line; name a proposal to measure instead (proposals: " + String.join(", ",
                  state.proposalsFor(sectionId).stream().map(Proposal::proposalId).toList()) + ")")));
    }
    Proposal p = state.proposal(proposalId).orElseThrow(() -> new BadInputException("no proposal " + proposalId));
    if (!p.proposal().sectionId().equals(sectionId)) {
      throw new BadInputException("proposal " + proposalId + " is for section " + p.proposal().sectionId()
          + ", not " + sectionId);
    }
    return p;
  }

  /** Bisection between {@code a} (coverage {@code aCovered}) and {@code b} (the other). */
  private static double boundary(Piece piece, Track track, double bufferM, double a, double b, boolean aCovered) {
    double lo = a;
    double hi = b;
    while (hi - lo > BOUNDARY_TOLERANCE_M) {
      double mid = (lo + hi) / 2;
      boolean covered = track.within(piece.position(mid), bufferM) != null;
      if (covered == aCovered) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  /** The section's line as pieces by line type. */
  private static final class Line {
    final List<Piece> pieces = new ArrayList<>();

    Line(LineProposed lp) {
      List<GeoPoint> pts = lp.line().stream().map(CanonicalPoint::toGeoPoint).toList();
      for (int i = 0; i < lp.segments().size(); i++) {
        ProposedSegment s = lp.segments().get(i);
        pieces.add(new Piece(pts.get(i), pts.get(i + 1), s.lineType() == LineType.Kind.RHUMB));
      }
    }
  }

  /** One segment of the line, with positions along it. */
  private static final class Piece {
    final GeoPoint a;
    final GeoPoint b;
    final GeodesicSegment geodesic;
    final double rhumbAzimuthDeg;
    final double lengthM;

    Piece(GeoPoint a, GeoPoint b, boolean rhumb) {
      this.a = a;
      this.b = b;
      if (rhumb) {
        var inv = Rhumb.WGS84.inverse(a, b);
        geodesic = null;
        rhumbAzimuthDeg = inv.azimuthDeg();
        lengthM = inv.distanceM();
      } else {
        geodesic = Geodesics.WGS84.segment(a, b);
        rhumbAzimuthDeg = Double.NaN;
        lengthM = geodesic.lengthM();
      }
    }

    /** The point {@code alongM} from the start; the ends are the turning points themselves. */
    GeoPoint position(double alongM) {
      if (alongM == 0 || alongM == lengthM) {
        return alongM == 0 ? a : b;
      }
      return geodesic != null ? geodesic.position(alongM) : Rhumb.WGS84.direct(a, rhumbAzimuthDeg, alongM).point();
    }
  }

  /** The track segments of the period, found by grid cell. */
  private static final class Track {
    private static final double CELL_DEG = 0.05;
    private final Map<Long, List<TrackSegment>> cells = new HashMap<>();

    record TrackSegment(String patrolId, GeodesicSegment segment) {}

    Track(List<Patrol> patrols, Instant from, Instant to, double bufferM) {
      for (Patrol patrol : patrols) {
        for (TrackPart part : patrol.patrol().track()) {
          GeoPoint prev = null;
          for (int i = 0; i < part.points().size(); i++) {
            Instant t = part.times().get(i);
            boolean in = (from == null || !t.isBefore(from)) && (to == null || !t.isAfter(to));
            GeoPoint p = in ? part.points().get(i).toGeoPoint() : null;
            if (p != null) {
              // A lone fix in the period is a segment of length zero: its distance is to that point.
              GeoPoint start = prev != null ? prev : p;
              boolean last = i + 1 == part.points().size() || !inPeriod(part.times().get(i + 1), from, to);
              if (prev != null || last) {
                add(patrol.patrolId(), Geodesics.WGS84.segment(start, p), bufferM);
              }
            }
            prev = p;
          }
        }
      }
    }

    private static boolean inPeriod(Instant t, Instant from, Instant to) {
      return (from == null || !t.isBefore(from)) && (to == null || !t.isAfter(to));
    }

    private void add(String patrolId, GeodesicSegment s, double bufferM) {
      GeoBox box = GeoBox.of(List.of(s.start(), s.end())).grownBy(bufferM + s.lengthM() / 2, Ellipsoid.WGS84);
      TrackSegment ts = new TrackSegment(patrolId, s);
      for (long y = cell(box.minLatDeg()); y <= cell(box.maxLatDeg()); y++) {
        for (long x = cell(box.minLonDeg()); x <= cell(box.maxLonDeg()); x++) {
          cells.computeIfAbsent(key(y, x), k -> new ArrayList<>()).add(ts);
        }
      }
    }

    /** A patrol whose track passes within {@code bufferM} of {@code p}, or null. */
    String within(GeoPoint p, double bufferM) {
      List<TrackSegment> near = cells.get(key(cell(p.latDeg()), cell(p.lonDeg())));
      if (near == null) {
        return null;
      }
      for (TrackSegment ts : near) {
        if (distanceM(ts.segment(), p) <= bufferM) {
          return ts.patrolId();
        }
      }
      return null;
    }

    private static long cell(double deg) {
      return (long) Math.floor(deg / CELL_DEG);
    }

    private static long key(long y, long x) {
      return y * 100_000L + x;
    }
  }

  /** Distance from {@code p} to the segment: the along-track iteration and both ends, as Geodesics does. */
  static double distanceM(GeodesicSegment s, GeoPoint p) {
    ClosestPoint c = s.closestFrom(p, 0);
    double d = c.distanceM();
    d = Math.min(d, s.end(p, true).distanceM());
    return Math.min(d, s.end(p, false).distanceM());
  }
}
