package org.groma.geo.boundary;

import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;

/**
 * A point where the common boundary of parties A and B meets a third party's territory.
 *
 * @param point the vertex of the common boundary (an input vertex, not an interpolated point)
 * @param thirdParty the name of the third party's territory
 * @param distanceM geodesic distance from {@code point} to the third party's territory, metres (0 when the
 *     three datasets share the vertex; at most the snapping tolerance)
 * @param partIndex the index of the boundary part the point belongs to
 * @param atEnd whether the point ends its part (the usual case); false where a third party touches the
 *     boundary between its ends
 */
public record Tripoint(GeoPoint point, String thirdParty, double distanceM, int partIndex, boolean atEnd) {

  public Tripoint {
    if (!(distanceM >= 0)) {
      throw new GeoInputException("a tripoint's distance must be a non-negative number, got " + distanceM);
    }
  }
}
