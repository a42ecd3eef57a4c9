package org.groma.geo.boundary;

import java.util.HashSet;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The edges of a territory's rings, to see at once whether a gap's outline runs along the territory: an
 * outline holding one of them (the same two coordinates, in either order) meets the territory along at least
 * that edge, so the line overlay of the gap search would find a line there; only outlines holding none are
 * left to the overlay. Edges shorter than {@link #MIN_LENGTH_DEG} are not taken, so that no snapping
 * tolerance of JTS's fallback overlay (a 10⁻⁹ of a geometry's extent) could collapse one.
 *
 * <h2>Thread safety</h2>
 * Immutable once built.
 */
final class SharedSegments {

  /** Shortest edge taken, degrees (about 1 cm). */
  static final double MIN_LENGTH_DEG = 1e-7;

  /** An undirected edge, its lexicographically smaller end first. */
  private record Edge(double x0, double y0, double x1, double y1) {
    static Edge of(Coordinate a, Coordinate b) {
      boolean aFirst = a.x < b.x || (a.x == b.x && a.y <= b.y);
      Coordinate p = aFirst ? a : b;
      Coordinate q = aFirst ? b : a;
      return new Edge(p.x, p.y, q.x, q.y);
    }
  }

  private final Set<Edge> edges = new HashSet<>();

  SharedSegments(Geometry territory) {
    for (int i = 0; i < territory.getNumGeometries(); i++) {
      Polygon part = (Polygon) territory.getGeometryN(i);
      for (int r = -1; r < part.getNumInteriorRing(); r++) {
        Coordinate[] cs = (r < 0 ? part.getExteriorRing() : part.getInteriorRingN(r)).getCoordinates();
        for (int k = 0; k + 1 < cs.length; k++) {
          if (Math.max(Math.abs(cs[k].x - cs[k + 1].x), Math.abs(cs[k].y - cs[k + 1].y)) >= MIN_LENGTH_DEG) {
            edges.add(Edge.of(cs[k], cs[k + 1]));
          }
        }
      }
    }
  }

  /** Whether {@code outline} holds one of the territory's edges (not shorter than {@link #MIN_LENGTH_DEG}). */
  boolean runsAlong(LineString outline) {
    Coordinate[] cs = outline.getCoordinates();
    for (int k = 0; k + 1 < cs.length; k++) {
      if (edges.contains(Edge.of(cs[k], cs[k + 1]))) {
        return true;
      }
    }
    return false;
  }
}
