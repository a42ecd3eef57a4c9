package org.groma.geo.median;

import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;

/**
 * One sounding of a river survey.
 *
 * @param row where it was read (the line number of a CSV file), for messages
 * @param point where it was taken, WGS84
 * @param depthM depth in metres, <b>positive downward</b> below the survey's vertical datum (a point above
 *     the datum, such as an exposed bar, is negative); the deepest point is the largest value
 * @param section the cross-section it belongs to, or null when the survey has no sections
 */
public record Sounding(int row, GeoPoint point, double depthM, String section) {

  public Sounding {
    if (!Double.isFinite(depthM)) {
      throw new GeoInputException("row " + row + ": depth is not a finite number: " + depthM);
    }
  }
}
