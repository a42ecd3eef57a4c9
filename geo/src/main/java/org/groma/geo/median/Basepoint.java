package org.groma.geo.median;

import org.groma.geo.GeoPoint;

/**
 * A controlling basepoint: the point of a side nearest to a median vertex, as a published basepoint
 * catalogue lists it.
 *
 * @param part index of the side's part (from 0, in input order)
 * @param vertex the vertex index within the part when the basepoint is a vertex (or a basepoint part),
 *     otherwise −1
 * @param segment the segment index (segment i runs from vertex i to i + 1) when the basepoint lies inside
 *     a segment, otherwise −1
 * @param point the basepoint
 * @param distanceM geodesic distance from the median vertex to the basepoint, metres
 */
public record Basepoint(int part, int vertex, int segment, GeoPoint point, double distanceM) {

  /** True when the basepoint is a vertex of the side (a turning point of the bank, or a basepoint). */
  public boolean isVertex() {
    return vertex >= 0;
  }

  /** "part 0 vertex 12" or "part 0 segment 12-13". */
  public String label() {
    return isVertex() ? "part " + part + " vertex " + vertex
        : "part " + part + " segment " + segment + "-" + (segment + 1);
  }
}
