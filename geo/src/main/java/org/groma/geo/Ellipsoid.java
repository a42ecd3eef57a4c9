package org.groma.geo;

/**
 * A reference ellipsoid of revolution, given by its equatorial radius and flattening.
 *
 * <p>The defining constants are copied from the EPSG dataset (codes in the constant names' Javadoc); they
 * are exact by definition, so nothing here is measured or rounded.
 *
 * @param name human-readable name as in the EPSG dataset
 * @param epsgCode EPSG code of the ellipsoid
 * @param equatorialRadiusM semi-major axis a, metres
 * @param flattening f = (a − b) / a
 */
public record Ellipsoid(String name, int epsgCode, double equatorialRadiusM, double flattening) {

  /** WGS 84 (EPSG:7030): a = 6 378 137 m, 1/f = 298.257223563. */
  public static final Ellipsoid WGS84 = new Ellipsoid("WGS 84", 7030, 6_378_137.0, 1 / 298.257223563);

  /** Krassowsky 1940 (EPSG:7024), the ellipsoid of Pulkovo 1942 (SK-42): a = 6 378 245 m, 1/f = 298.3. */
  public static final Ellipsoid KRASSOWSKY_1940 =
      new Ellipsoid("Krassowsky 1940", 7024, 6_378_245.0, 1 / 298.3);

  /** GRS 1980 (EPSG:7019): a = 6 378 137 m, 1/f = 298.257222101. */
  public static final Ellipsoid GRS80 = new Ellipsoid("GRS 1980", 7019, 6_378_137.0, 1 / 298.257222101);

  public Ellipsoid {
    if (!(equatorialRadiusM > 0) || !Double.isFinite(equatorialRadiusM)) {
      throw new GeoInputException("ellipsoid " + name + ": equatorial radius must be positive, got " + equatorialRadiusM);
    }
    if (!(flattening >= 0 && flattening < 1)) {
      throw new GeoInputException("ellipsoid " + name + ": flattening must be in [0, 1), got " + flattening);
    }
  }

  /** Polar semi-axis b = a(1 − f), metres. */
  public double polarRadiusM() {
    return equatorialRadiusM * (1 - flattening);
  }

  /** First eccentricity squared e² = f(2 − f). */
  public double eccentricitySquared() {
    return flattening * (2 - flattening);
  }

  /** Third flattening n = f / (2 − f), the small parameter of Krüger's and Karney's series. */
  public double thirdFlattening() {
    return flattening / (2 - flattening);
  }
}
