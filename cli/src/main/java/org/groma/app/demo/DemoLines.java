package org.groma.app.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.groma.app.delimitation.BoundarySplitter;
import org.groma.geo.GeoPoint;
import org.groma.geo.boundary.BoundaryPart;
import org.groma.geo.boundary.CommonBoundary;
import org.groma.geo.boundary.CommonBoundaryOp;
import org.groma.geo.boundary.Territory;
import org.groma.geo.geodesic.Geodesics;
import org.groma.geo.simplify.SimplifiedLine;
import org.groma.geo.simplify.SimplifyOp;

/**
 * The demo's lines, drawn from the shipped extracts with the delimitation tools:
 *
 * <ol>
 *   <li>the common ARM–AZE boundary of each extract ({@link CommonBoundaryOp}, third parties the other
 *       countries of the file, as {@code groma boundary extract} does);
 *   <li>the longest part of the OpenStreetMap-derived boundary (the main eastern line, oriented with Armenia
 *       on its left), simplified within {@link #SIMPLIFY_DEVIATION_M} ({@link SimplifyOp}) so that its kept
 *       vertices are the turning points;
 *   <li>split into {@link #SECTION_COUNT} sections of about equal length at turning points
 *       ({@link BoundarySplitter});
 *   <li>for a section, the Natural Earth line between its points nearest the section's ends, simplified
 *       likewise: the same stretch as the other source draws it.
 * </ol>
 *
 * <p>Nothing here is an agreed or official line: both extracts are published maps of different scales and
 * dates (data/README.md).
 */
final class DemoLines {

  /**
   * Largest deviation of the turning points' line from the extract's, metres: 100 m is 1 mm at 1:100 000, the
   * scale of a delimitation working map, and leaves about 50 turning points per section.
   */
  static final double SIMPLIFY_DEVIATION_M = 100;

  /** Sections along the line: enough to show agreed, contested and open sections side by side. */
  static final int SECTION_COUNT = 6;

  /**
   * Largest distance from a point computed as nearest on the Natural Earth line back to that line, metres,
   * when the line is cut there: the nearest point is on the line to GeographicLib's accuracy (nanometres),
   * so a millimetre only absorbs rounding.
   */
  private static final double CUT_TOLERANCE_M = 1e-3;

  private final CommonBoundary osm;
  private final CommonBoundary naturalEarth;
  private final BoundaryPart osmLine;
  private final SimplifiedLine simplified;
  private final List<List<GeoPoint>> sections;
  private final List<GeoPoint> naturalEarthLine;

  private DemoLines(CommonBoundary osm, CommonBoundary naturalEarth) {
    this.osm = osm;
    this.naturalEarth = naturalEarth;
    this.osmLine = longestOpenPart(osm, "the OpenStreetMap-derived extract");
    this.naturalEarthLine = longestOpenPart(naturalEarth, "the Natural Earth extract").vertices();
    this.simplified = SimplifyOp.simplify(osmLine.vertices(), SIMPLIFY_DEVIATION_M, Set.of());
    this.sections = BoundarySplitter.split(simplified.vertices(), splitPoints(simplified.vertices()), 0);
  }

  /** Extracts the lines from the two shipped extracts (the slow part of building the demo: about a second). */
  static DemoLines extract(ShippedExtract osmData, ShippedExtract naturalEarthData) {
    return new DemoLines(commonBoundary(osmData.territories("A3"), "ARM", "AZE"),
        commonBoundary(naturalEarthData.territories("name"), "Armenia", "Azerbaijan"));
  }

  private static CommonBoundary commonBoundary(Map<String, Territory> territories, String a, String b) {
    List<Territory> thirds = territories.entrySet().stream()
        .filter(e -> !e.getKey().equals(a) && !e.getKey().equals(b)).map(Map.Entry::getValue).toList();
    return CommonBoundaryOp.extract(territories.get(a), territories.get(b), thirds, CommonBoundaryOp.DEFAULT_SNAP_M);
  }

  private static BoundaryPart longestOpenPart(CommonBoundary cb, String what) {
    return cb.parts().stream().filter(p -> !p.closed()).max(Comparator.comparingDouble(BoundaryPart::lengthM))
        .orElseThrow(() -> new IllegalStateException(what + " has no open ARM–AZE boundary line"));
  }

  /** Turning points that cut the line into sections of about equal length (never its ends, never twice). */
  private static List<GeoPoint> splitPoints(List<GeoPoint> line) {
    double[] along = new double[line.size()];
    for (int i = 1; i < line.size(); i++) {
      along[i] = along[i - 1] + Geodesics.WGS84.distanceM(line.get(i - 1), line.get(i));
    }
    double total = along[line.size() - 1];
    List<GeoPoint> out = new ArrayList<>();
    int previous = 0;
    for (int k = 1; k < SECTION_COUNT; k++) {
      double target = total * k / SECTION_COUNT;
      int best = previous + 1;
      for (int i = previous + 1; i < line.size() - (SECTION_COUNT - k); i++) {
        if (Math.abs(along[i] - target) < Math.abs(along[best] - target)) {
          best = i;
        }
      }
      out.add(line.get(best));
      previous = best;
    }
    return out;
  }

  CommonBoundary osm() {
    return osm;
  }

  CommonBoundary naturalEarth() {
    return naturalEarth;
  }

  /** The OpenStreetMap-derived line the sections lie on, before simplification. */
  BoundaryPart osmLine() {
    return osmLine;
  }

  SimplifiedLine simplified() {
    return simplified;
  }

  /** Section {@code i} (from 0) of the OpenStreetMap-derived line: its turning points. */
  List<GeoPoint> section(int i) {
    return sections.get(i);
  }

  int sectionCount() {
    return sections.size();
  }

  /**
   * The Natural Earth line for section {@code i}: from its point nearest the section's first turning point to
   * its point nearest the last, simplified within {@link #SIMPLIFY_DEVIATION_M}.
   */
  List<GeoPoint> naturalEarthStretch(int i) {
    List<GeoPoint> s = sections.get(i);
    GeoPoint from = Geodesics.WGS84.closestPoint(naturalEarthLine, s.getFirst()).point();
    GeoPoint to = Geodesics.WGS84.closestPoint(naturalEarthLine, s.getLast()).point();
    List<GeoPoint> stretch = BoundarySplitter.split(naturalEarthLine, List.of(from, to), CUT_TOLERANCE_M).get(1);
    return SimplifyOp.simplify(stretch, SIMPLIFY_DEVIATION_M, Set.of()).vertices();
  }

  /** Largest distance, metres, from a turning point of {@code line} to the polyline {@code other}. */
  static double farthestM(List<GeoPoint> line, List<GeoPoint> other) {
    double max = 0;
    for (GeoPoint p : line) {
      max = Math.max(max, Geodesics.WGS84.closestPoint(other, p).distanceM());
    }
    return max;
  }
}
