package org.groma.geo.median;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.LonLatJts;
import org.groma.geo.geodesic.ClosestPoint;
import org.groma.geo.geodesic.Geodesics;
import org.groma.geo.simplify.SimplifiedLine;
import org.groma.geo.simplify.SimplifyOp;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * The thalweg of a river (the line of its deepest points) from soundings.
 *
 * <h2>Algorithm</h2>
 * <ol>
 *   <li>With banks: refuse any sounding outside the river, the polygon of bank A and bank B drawn back
 *       (longitude–latitude plane), naming its row.</li>
 *   <li>Group the soundings into cross-sections: by their section label (in order of first appearance)
 *       when every sounding has one; otherwise, with banks, into stations every {@code stationM} metres
 *       along the banks' median line (each sounding by the distance along the median line of its nearest
 *       point on it).</li>
 *   <li>The deepest sounding of each cross-section (the earlier row on a tie) gives the raw path.</li>
 *   <li>Generalise the raw path with {@link SimplifyOp}: the result keeps raw vertices only (every vertex
 *       is a real sounding) and lies within {@code smoothM} of the raw path both ways (geodesic Hausdorff
 *       distance, verified).</li>
 * </ol>
 *
 * <h2>Accuracy</h2>
 * Positions are the soundings' own; the deviation bound is SimplifyOp's guarantee, measured and reported.
 *
 * <h2>Limitations</h2>
 * The thalweg is only as good as the survey's cross-sections: between them it is a geodesic. The inside
 * test uses chords in the longitude–latitude plane (a sounding within the chord–geodesic sag of a bank, a
 * millimetre for kilometre-long bank segments, may be judged on the wrong side). Depths are compared as
 * given; reducing them to one datum and one water level is the surveyor's.
 *
 * <h2>Thread safety</h2>
 * Stateless; safe from any thread.
 */
public final class ThalwegOp {

  private ThalwegOp() {}

  /**
   * The thalweg of {@code soundings}.
   *
   * @param banks the two banks (bank A, bank B), or null
   * @param stationM spacing of stations along the median line when soundings carry no section
   * @param surveyDate the survey date, or null
   */
  public static Thalweg trace(List<Sounding> soundings, double smoothM, Side[] banks, double stationM,
      LocalDate surveyDate) {
    if (soundings.isEmpty()) {
      throw new GeoInputException("no soundings");
    }
    if (banks != null) {
      requireInside(soundings, banks[0], banks[1]);
    }
    long labelled = soundings.stream().filter(s -> s.section() != null).count();
    Map<Object, Sounding> deepest;
    String grouping;
    if (labelled == soundings.size()) {
      deepest = new LinkedHashMap<>();
      for (Sounding s : soundings) {
        deepest.merge(s.section(), s, ThalwegOp::deeper);
      }
      grouping = "section column";
    } else if (labelled > 0) {
      Sounding first = soundings.stream().filter(s -> s.section() == null).findFirst().orElseThrow();
      throw new GeoInputException("row " + first.row() + ": no section, where other rows have one");
    } else if (banks == null) {
      throw new GeoInputException("the soundings have no section column and no banks are given: give the"
          + " banks (the thalweg then follows stations along their median line) or a section per sounding");
    } else {
      if (!(stationM > 0) || !Double.isFinite(stationM)) {
        throw new GeoInputException("station spacing must be a positive number of metres, got " + stationM);
      }
      List<GeoPoint> median = MedianLineOp.compute(banks[0], banks[1],
          MedianOptions.median(Math.max(MedianOptions.MIN_TOLERANCE_M, stationM / 100))).points();
      TreeMap<Long, Sounding> byStation = new TreeMap<>();
      for (Sounding s : soundings) {
        ClosestPoint c = Geodesics.WGS84.closestPoint(median, s.point());
        byStation.merge((long) Math.floor(c.alongLineM() / stationM), s, ThalwegOp::deeper);
      }
      deepest = new LinkedHashMap<>(byStation);
      grouping = String.format(Locale.ROOT, "stations every %s m along the median line", stationM);
    }
    List<Sounding> raw = new ArrayList<>(deepest.values());
    List<GeoPoint> path = new ArrayList<>();
    for (Sounding s : raw) {
      if (path.isEmpty() || !path.getLast().equals(s.point())) {
        path.add(s.point());
      }
    }
    if (path.size() < 2) {
      throw new GeoInputException("a thalweg needs the deepest points of at least two cross-sections at"
          + " different places, got " + path.size());
    }
    SimplifiedLine line = SimplifyOp.simplify(path, smoothM, Set.of());
    return new Thalweg(raw, line.vertices(), smoothM, line.hausdorffM(), grouping, surveyDate);
  }

  private static Sounding deeper(Sounding kept, Sounding next) {
    return next.depthM() > kept.depthM() ? next : kept;
  }

  /** Refuses the first sounding outside the polygon the two banks bound. */
  static void requireInside(List<Sounding> soundings, Side a, Side b) {
    if (!a.isLines() || !b.isLines()) {
      throw new GeoInputException("banks must be lines, not basepoints");
    }
    List<GeoPoint> ca = a.course();
    List<GeoPoint> cb = new ArrayList<>(b.course());
    Geodesics g = Geodesics.WGS84;
    boolean sameWay = g.distanceM(ca.getFirst(), cb.getFirst()) + g.distanceM(ca.getLast(), cb.getLast())
        <= g.distanceM(ca.getFirst(), cb.getLast()) + g.distanceM(ca.getLast(), cb.getFirst());
    if (sameWay) {
      java.util.Collections.reverse(cb);
    }
    List<Coordinate> ring = new ArrayList<>();
    for (GeoPoint p : ca) {
      ring.add(new Coordinate(p.lonDeg(), p.latDeg()));
    }
    for (GeoPoint p : cb) {
      Coordinate c = new Coordinate(p.lonDeg(), p.latDeg());
      if (!c.equals2D(ring.getLast())) {
        ring.add(c);
      }
    }
    if (!ring.getFirst().equals2D(ring.getLast())) {
      ring.add(ring.getFirst());
    }
    if (ring.size() < 4) {
      throw new GeoInputException("the banks do not bound an area");
    }
    Polygon river = LonLatJts.FACTORY.createPolygon(ring.toArray(Coordinate[]::new));
    IsValidOp valid = new IsValidOp(river);
    if (!valid.isValid()) {
      throw new GeoInputException("the banks do not bound a river: bank A and bank B drawn back form an"
          + " invalid polygon (" + valid.getValidationError() + ")");
    }
    for (Sounding s : soundings) {
      if (!river.covers(LonLatJts.FACTORY.createPoint(new Coordinate(s.point().lonDeg(), s.point().latDeg())))) {
        throw new GeoInputException(String.format(Locale.ROOT, "row %d: sounding at lat %.9f, lon %.9f lies"
            + " outside the river between the banks", s.row(), s.point().latDeg(), s.point().lonDeg()));
      }
    }
  }
}
