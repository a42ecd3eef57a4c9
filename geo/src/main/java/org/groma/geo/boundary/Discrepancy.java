package org.groma.geo.boundary;

import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;

/**
 * A place where the two parties' territories, as the data give them, neither meet nor stay apart: an area
 * both claim (overlap) or an area between them that neither has (gap).
 *
 * @param kind overlap or gap
 * @param areaM2 geodesic area, square metres
 * @param widthM how far the two boundaries stray apart there: the largest distance from a vertex or edge
 *     midpoint of the area's outline to the farther of the two boundaries, metres (geodesic; a sample, so a
 *     lower bound of the true largest distance)
 * @param withinSnap whether {@code widthM} is within the snapping tolerance, so that the extraction treated
 *     the two boundaries as one line here
 * @param point a point inside the area (for finding it on a map)
 */
public record Discrepancy(Kind kind, double areaM2, double widthM, boolean withinSnap, GeoPoint point) {

  /** Overlap: inside both territories. Gap: inside neither, enclosed between the two. */
  public enum Kind { OVERLAP, GAP }

  public Discrepancy {
    if (!(areaM2 >= 0) || !(widthM >= 0)) {
      throw new GeoInputException("a discrepancy needs a non-negative area and width, got " + areaM2 + " m², "
          + widthM + " m");
    }
  }
}
