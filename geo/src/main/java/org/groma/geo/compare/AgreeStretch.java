package org.groma.geo.compare;

import java.util.List;
import org.groma.geo.GeoPoint;

/**
 * A stretch of line 1 every point of which lies within the agreement tolerance of line 2.
 *
 * @param part part of line 1
 * @param startAlongM where it starts, metres along line 1 (as in {@link OffsetSample#alongM()})
 * @param endAlongM where it ends
 * @param lengthM geodesic length
 * @param points its vertices (densified line 1, ends located to {@link OffsetMeter#BISECTION_TOLERANCE_M})
 */
public record AgreeStretch(int part, double startAlongM, double endAlongM, double lengthM, List<GeoPoint> points) {
  public AgreeStretch {
    points = List.copyOf(points);
  }
}
