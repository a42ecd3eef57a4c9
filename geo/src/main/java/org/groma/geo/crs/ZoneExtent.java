package org.groma.geo.crs;

import org.groma.geo.GeoInputException;

/**
 * Where points of a projected zone plausibly lie: within {@code maxLonOffsetDeg} of the central meridian and
 * between two latitudes. A point outside is refused, because it almost always means a wrong zone number,
 * a missing or wrong zone prefix on a Gauss–Krüger easting, or swapped axes, not a real survey.
 *
 * @param maxLonOffsetDeg largest accepted |longitude − central meridian|, degrees
 * @param southDeg southernmost accepted latitude, degrees
 * @param northDeg northernmost accepted latitude, degrees
 */
public record ZoneExtent(double maxLonOffsetDeg, double southDeg, double northDeg) {

  /**
   * A zone is accepted up to one half zone width beyond its edge, i.e. up to one full zone width from its
   * central meridian. Surveys near a zone boundary are routinely carried on into the neighbour zone, and
   * UTM's Norway and Svalbard exceptions (zones 32V, 31X, 33X, 35X, 37X) reach 6° from their central
   * meridians. The Krüger series stay accurate to nanometres far beyond this (Karney 2011: 5 nm within
   * 3 900 km of the central meridian), so this limit is about plausibility, not accuracy.
   */
  public static final double OVERLAP_IN_HALF_ZONES = 1.0;

  /**
   * UTM extends 30′ beyond 84°N and 80°S to overlap the polar stereographic grids (DMA TM 8358.2); the same
   * 30′ is accepted across the equator, so a survey that straddles it can stay on one hemisphere's grid.
   */
  public static final double UTM_LATITUDE_OVERLAP_DEG = 0.5;

  /**
   * Slack on every limit, degrees (1e-9°, 0.1 mm): a point exactly on a limit, such as 33°E in UTM zone 37X
   * (6° from its central meridian), must not be refused because of rounding in degree–radian conversions.
   */
  public static final double LIMIT_ROUNDING_DEG = 1e-9;

  public ZoneExtent {
    if (!(maxLonOffsetDeg > 0 && maxLonOffsetDeg <= 180)) {
      throw new GeoInputException("zone extent: longitude offset must be in (0°, 180°], got " + maxLonOffsetDeg);
    }
    if (!(southDeg >= -90 && southDeg < northDeg && northDeg <= 90)) {
      throw new GeoInputException("zone extent: need -90° <= south < north <= 90°, got " + southDeg + "°, " + northDeg + "°");
    }
  }

  /** A zone {@code zoneWidthDeg} wide (6° or 3°) covering the given latitudes, with the overlap above. */
  public static ZoneExtent ofZoneWidth(double zoneWidthDeg, double southDeg, double northDeg) {
    return new ZoneExtent(zoneWidthDeg / 2 * (1 + OVERLAP_IN_HALF_ZONES), southDeg, northDeg);
  }

  /** True if a point at this latitude and offset from the central meridian lies in the extent; false for NaN. */
  public boolean contains(double latDeg, double lonOffsetDeg) {
    return Math.abs(lonOffsetDeg) <= maxLonOffsetDeg + LIMIT_ROUNDING_DEG
        && latDeg >= southDeg - LIMIT_ROUNDING_DEG && latDeg <= northDeg + LIMIT_ROUNDING_DEG;
  }
}
