package org.groma.app.io;

import java.util.Optional;
import org.groma.app.BadInputException;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;

/**
 * Checks a longitude–latitude position of a WGS 84 format (GeoJSON, KML) for swapped axes.
 *
 * <p>These formats fix the order as longitude, latitude, and a file written latitude first is the most
 * common error in boundary data; in the middle latitudes both orders give valid numbers. A position whose
 * second value is not a latitude but whose first is, is refused; and when the user states the region the
 * data must lie in, so is a position outside it whose swap lies inside.
 */
final class PositionCheck {

  private PositionCheck() {}

  /**
   * The point, or an exception without position (the caller adds where).
   *
   * @param pair the position as written, for the message, e.g. {@code "[40.5, 95.25]"}
   * @param rule what the format requires, e.g. {@code "GeoJSON (RFC 7946) requires longitude, latitude"}
   */
  static GeoPoint lonLat(double lon, double lat, String pair, Optional<Region> region, String rule) {
    if (Math.abs(lat) > 90 && Math.abs(lon) <= 90) {
      throw new BadInputException(pair + " looks like latitude, longitude order (latitude " + lat
          + "° is out of range); " + rule);
    }
    if (region.isPresent()) {
      Region r = region.get();
      if (!r.contains(lon, lat) && r.contains(lat, lon)) {
        throw new BadInputException(pair + " lies outside the expected region " + r
            + " but its swap lies inside: it looks like latitude, longitude order; " + rule);
      }
    }
    return GeoPoint.ofLonLat(lon, lat);
  }

  /** Re-throws {@code e} (from {@link #lonLat}) with {@code where} in front, keeping its kind. */
  static RuntimeException at(RuntimeException e, String where) {
    if (e instanceof GeoInputException g) {
      return g.at(where);
    }
    return new BadInputException(where + ": " + e.getMessage(), e);
  }
}
