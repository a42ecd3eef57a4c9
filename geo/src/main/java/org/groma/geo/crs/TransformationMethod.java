package org.groma.geo.crs;

/**
 * The EPSG methods for a Helmert datum shift through geocentric coordinates. The two seven-parameter methods
 * use the same seven numbers with opposite signs of the rotations: applying a set under the wrong convention
 * moves points by metres (about 31 m per arc-second of rotation at the Earth's surface), so a seven-parameter
 * set is never accepted without its convention.
 */
public enum TransformationMethod {
  /** EPSG:9603, three translations only. */
  GEOCENTRIC_TRANSLATIONS(9603, "Geocentric translations (geog2D domain)"),
  /** EPSG:9606, seven parameters, rotations of the position vector (IERS convention, PROJ's default, {@code +towgs84}). */
  POSITION_VECTOR(9606, "Position Vector transformation (geog2D domain)"),
  /** EPSG:9607, seven parameters, rotations of the coordinate frame (the Russian GOST and ISO 19111 usage). */
  COORDINATE_FRAME(9607, "Coordinate Frame rotation (geog2D domain)");

  private final int epsgCode;
  private final String epsgName;

  TransformationMethod(int epsgCode, String epsgName) {
    this.epsgCode = epsgCode;
    this.epsgName = epsgName;
  }

  public int epsgCode() {
    return epsgCode;
  }

  /** The method's name in the EPSG dataset. */
  public String epsgName() {
    return epsgName;
  }
}
