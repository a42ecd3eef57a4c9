package org.groma.app.delimitation.comparison;

/**
 * A settlement within the asked distance of one of the compared lines.
 *
 * @param settlement the settlement
 * @param distanceToLine1M geodesic distance to line 1, metres, or NaN when farther than the asked distance
 * @param distanceToLine2M geodesic distance to line 2, metres, or NaN when farther than the asked distance
 */
public record NearbySettlement(Settlement settlement, double distanceToLine1M, double distanceToLine2M) {

  /** The smaller of the two distances that are known. */
  public double distanceM() {
    return Double.isNaN(distanceToLine1M) ? distanceToLine2M
        : Double.isNaN(distanceToLine2M) ? distanceToLine1M : Math.min(distanceToLine1M, distanceToLine2M);
  }
}
