package org.groma.geo.compare;

import java.util.List;
import org.groma.geo.GeoPoint;

/**
 * The offsets between the two lines, geodesic, metres.
 *
 * @param max1to2M largest distance from a point of line 1 to line 2 (directed Hausdorff distance)
 * @param max1to2At the point of line 1 where it is reached
 * @param max1to2Nearest the nearest point of line 2 to that point
 * @param max2to1M largest distance from a point of line 2 to line 1
 * @param max2to1At the point of line 2 where it is reached
 * @param max2to1Nearest the nearest point of line 1 to that point
 * @param meanOffsetM mean distance from line 1 to line 2, weighted by length along line 1
 * @param profile offset along line 1 at every vertex of densified line 1 and every bisection point
 */
public record Offsets(
    double max1to2M, GeoPoint max1to2At, GeoPoint max1to2Nearest,
    double max2to1M, GeoPoint max2to1At, GeoPoint max2to1Nearest,
    double meanOffsetM, List<OffsetSample> profile) {

  public Offsets {
    profile = List.copyOf(profile);
  }

  /** The Hausdorff distance: the larger of the two directed maxima. */
  public double hausdorffM() {
    return Math.max(max1to2M, max2to1M);
  }

  /** The larger directed maximum's location on the line it is measured from. */
  public GeoPoint maxAt() {
    return max1to2M >= max2to1M ? max1to2At : max2to1At;
  }

  /** The nearest point on the other line to {@link #maxAt()}. */
  public GeoPoint maxNearest() {
    return max1to2M >= max2to1M ? max1to2Nearest : max2to1Nearest;
  }
}
