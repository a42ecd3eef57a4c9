package org.groma.geo.rhumb;

import java.util.Objects;
import org.groma.geo.GeoPoint;

/**
 * The solution of the direct rhumb-line problem: where a rhumb line of given start, azimuth and length ends.
 *
 * @param point the end point, longitude normalised to [−180°, 180°]
 */
public record RhumbDirect(GeoPoint point) {

  /** @throws NullPointerException if {@code point} is null */
  public RhumbDirect {
    Objects.requireNonNull(point, "point");
  }
}
