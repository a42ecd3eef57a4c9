package org.groma.geo.median;

import java.util.List;
import org.groma.geo.GeoPoint;

/**
 * A point equidistant from three sides, as computed by {@link TripointOp}.
 *
 * @param point the tripoint, on the nanodegree grid (exactly as published)
 * @param distancesM geodesic distances to sides A, B and C, metres, in that order
 * @param basepoints the controlling basepoints on sides A, B and C, in that order
 * @param maxResidualM the largest difference between two of the three distances at {@code point}, metres
 *     (at most 1 mm)
 * @param iterations Newton steps taken
 */
public record MedianTripoint(
    GeoPoint point, List<Double> distancesM, List<List<Basepoint>> basepoints, double maxResidualM,
    int iterations) {

  public MedianTripoint {
    distancesM = List.copyOf(distancesM);
    basepoints = basepoints.stream().map(List::copyOf).toList();
  }
}
