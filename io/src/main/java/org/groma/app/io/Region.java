package org.groma.app.io;

import java.util.Locale;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;

/**
 * A longitude–latitude box (WGS84, degrees) that input data is expected to lie in, written
 * {@code west,south,east,north} as a GeoJSON bbox.
 */
public record Region(double westDeg, double southDeg, double eastDeg, double northDeg) {

  public Region {
    GeoPoint.requireLongitude(westDeg);
    GeoPoint.requireLongitude(eastDeg);
    GeoPoint.requireLatitude(southDeg);
    GeoPoint.requireLatitude(northDeg);
    if (westDeg > eastDeg || southDeg > northDeg) {
      throw new GeoInputException("region " + westDeg + "," + southDeg + "," + eastDeg + "," + northDeg
          + " must be west,south,east,north with west ≤ east and south ≤ north");
    }
  }

  /** Parses {@code "west,south,east,north"}. */
  public static Region parse(String text) {
    String[] parts = text.split(",");
    if (parts.length != 4) {
      throw new GeoInputException("region \"" + text + "\" must be four numbers west,south,east,north");
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new GeoInputException("region \"" + text + "\": \"" + parts[i] + "\" is not a number", e);
      }
    }
    return new Region(v[0], v[1], v[2], v[3]);
  }

  public boolean contains(double lonDeg, double latDeg) {
    return lonDeg >= westDeg && lonDeg <= eastDeg && latDeg >= southDeg && latDeg <= northDeg;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s,%s,%s,%s", westDeg, southDeg, eastDeg, northDeg);
  }
}
