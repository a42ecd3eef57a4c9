package org.groma.geo.crs;

import java.util.Objects;
import org.groma.geo.Ellipsoid;
import org.groma.geo.GeoInputException;

/**
 * A geodetic datum: the ellipsoid and its placement in the Earth. Two CRSs on the same datum convert into
 * each other exactly; between datums a {@link DatumTransformation} is needed.
 *
 * @param name name as in the EPSG dataset
 * @param epsgCode EPSG code of the datum; datums are equal when their codes are
 * @param ellipsoid the reference ellipsoid
 */
public record GeodeticDatum(String name, int epsgCode, Ellipsoid ellipsoid) {

  /** World Geodetic System 1984 (EPSG:6326, the ensemble), on the WGS 84 ellipsoid. */
  public static final GeodeticDatum WGS84 = new GeodeticDatum("WGS 84", 6326, Ellipsoid.WGS84);

  /** Pulkovo 1942 (EPSG:6284), the datum of SK-42, on the Krassowsky 1940 ellipsoid. */
  public static final GeodeticDatum PULKOVO_1942 =
      new GeodeticDatum("Pulkovo 1942", 6284, Ellipsoid.KRASSOWSKY_1940);

  public GeodeticDatum {
    Objects.requireNonNull(ellipsoid, "ellipsoid");
    if (name == null || name.isBlank()) {
      throw new GeoInputException("a datum needs a name, got \"" + name + "\"");
    }
    if (epsgCode <= 0) {
      throw new GeoInputException("datum " + name + ": EPSG code must be positive, got " + epsgCode);
    }
  }

  /** Same datum, i.e. same EPSG code (names may be spelled differently). */
  public boolean sameAs(GeodeticDatum other) {
    return other != null && epsgCode == other.epsgCode;
  }

  @Override
  public String toString() {
    return name + " (EPSG:" + epsgCode + ")";
  }
}
