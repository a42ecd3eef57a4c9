package org.groma.geo.crs;

import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;

/**
 * A UTM zone on WGS 84: zone number 1–60 and hemisphere, i.e. one of EPSG:32601–32660 (north) and
 * EPSG:32701–32760 (south).
 *
 * <h2>Algorithm</h2>
 * {@link #forPoint(GeoPoint)} follows the UTM grid zone definition (DMA TM 8358.2, §2-6):
 * zone ⌊(λ + 180°)/6°⌋ + 1, with the exceptions of southern Norway (56°N–64°N, 3°E–12°E is zone 32) and
 * Svalbard (72°N–84°N: 0°–9°E zone 31, 9°–21°E zone 33, 21°–33°E zone 35, 33°–42°E zone 37); the equator
 * belongs to the northern hemisphere and 180° to zone 60.
 *
 * @param number zone number, 1 to 60
 * @param hemisphere north (false northing 0) or south (false northing 10 000 000 m)
 */
public record UtmZone(int number, Hemisphere hemisphere) {

  /** Northern or southern half of a UTM zone. */
  public enum Hemisphere { NORTH, SOUTH }

  /** UTM covers 80°S to 84°N; beyond is the Universal Polar Stereographic grid, which Groma does not implement. */
  public static final double SOUTH_LIMIT_DEG = -80;

  /** See {@link #SOUTH_LIMIT_DEG}. */
  public static final double NORTH_LIMIT_DEG = 84;

  public UtmZone {
    if (number < 1 || number > 60) {
      throw new GeoInputException("UTM zone number " + number + " is outside 1 to 60");
    }
    if (hemisphere == null) {
      throw new GeoInputException("UTM zone " + number + ": hemisphere must be stated");
    }
  }

  /** The zone a WGS 84 point belongs to, including the Norway and Svalbard exceptions. */
  public static UtmZone forPoint(GeoPoint point) {
    double lat = point.latDeg(), lon = point.lonDeg();
    if (lat < SOUTH_LIMIT_DEG || lat > NORTH_LIMIT_DEG) {
      throw new GeoInputException("latitude " + lat + "° is outside the UTM grid (80°S to 84°N); it is a polar (UPS) area");
    }
    int zone = Math.min(60, (int) Math.floor((lon + 180) / 6) + 1);
    if (lat >= 56 && lat < 64 && lon >= 3 && lon < 12) {
      zone = 32;
    } else if (lat >= 72) {
      if (lon >= 0 && lon < 9) {
        zone = 31;
      } else if (lon >= 9 && lon < 21) {
        zone = 33;
      } else if (lon >= 21 && lon < 33) {
        zone = 35;
      } else if (lon >= 33 && lon < 42) {
        zone = 37;
      }
    }
    return new UtmZone(zone, lat >= 0 ? Hemisphere.NORTH : Hemisphere.SOUTH);
  }

  /** Longitude of the central meridian, degrees: 6·zone − 183. */
  public double centralMeridianDeg() {
    return 6.0 * number - 183;
  }

  /** EPSG code, e.g. {@code "EPSG:32638"}. */
  public String code() {
    return "EPSG:" + ((hemisphere == Hemisphere.NORTH ? 32600 : 32700) + number);
  }

  /** The projected CRS of this zone. */
  public ProjectedCrs crs() {
    return (ProjectedCrs) CrsRegistry.lookup(code());
  }

  @Override
  public String toString() {
    return number + (hemisphere == Hemisphere.NORTH ? "N" : "S");
  }
}
