package org.groma.geo.compare;

import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;

/**
 * One end of a part of one of the compared lines.
 *
 * @param line 1 or 2
 * @param part index of the part in that line as given (before any reversal)
 * @param atStart true for the part's first vertex as oriented for the comparison, false for its last
 * @param point where the end is
 */
public record LineEnd(int line, int part, boolean atStart, GeoPoint point) {
  public LineEnd {
    if (line != 1 && line != 2) {
      throw new GeoInputException("line must be 1 or 2, got " + line);
    }
  }
}
