package org.groma.geo.compare;

import java.util.Objects;
import org.groma.geo.GeoPolygon;

/**
 * A face between the two lines that they give to different parties.
 *
 * @param polygon the face, geodesic edges, vertices in longitude/latitude (input vertices exactly as given,
 *     densification points and crossing nodes as computed)
 * @param line1Gives the party line 1 gives it to
 * @param line2Gives the party line 2 gives it to (always the other one)
 * @param areaM2 geodesic area on WGS84 (GeographicLib), square metres
 */
public record DisputedArea(GeoPolygon polygon, Side line1Gives, Side line2Gives, double areaM2) {
  public DisputedArea {
    Objects.requireNonNull(polygon, "polygon");
    if (line1Gives == line2Gives) {
      throw new IllegalArgumentException("a disputed area is given to different parties by the two lines");
    }
  }
}
