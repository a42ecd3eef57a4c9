package org.groma.geo.median;

import java.util.List;

/**
 * The geodesic distance from a point to a side, with the side's points at that distance.
 *
 * @param distanceM the smallest geodesic distance to any part of the side, metres
 * @param basepoints the points of the side within {@link SideIndex#TIE_M} of that distance, nearest first,
 *     points closer together than the tie distance counted once (a vertex shared by two segments is one)
 */
public record SideDistance(double distanceM, List<Basepoint> basepoints) {

  public SideDistance {
    basepoints = List.copyOf(basepoints);
  }
}
