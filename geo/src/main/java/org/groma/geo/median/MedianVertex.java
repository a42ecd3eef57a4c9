package org.groma.geo.median;

import java.util.List;
import org.groma.geo.GeoPoint;

/**
 * One row of the basepoint catalogue: a vertex of a median (or equiratio) line and what controls it.
 *
 * @param number vertex number, from 1 along the line
 * @param point the vertex, on the nanodegree grid (exactly as published)
 * @param distanceAM geodesic distance from the vertex to side A, metres
 * @param distanceBM geodesic distance from the vertex to side B, metres
 * @param residualM (d_A − w·d_B) / max(1, w) at the published vertex, metres: the error in the smaller
 *     of the two distances (|residual| ≤ 1 mm); for the median line simply d_A − d_B
 * @param basepointsA the controlling basepoints on side A (within 1 mm of {@code distanceAM})
 * @param basepointsB the controlling basepoints on side B
 */
public record MedianVertex(
    int number, GeoPoint point, double distanceAM, double distanceBM, double residualM,
    List<Basepoint> basepointsA, List<Basepoint> basepointsB) {

  public MedianVertex {
    basepointsA = List.copyOf(basepointsA);
    basepointsB = List.copyOf(basepointsB);
  }
}
