package org.groma.geo.crs;

/**
 * The order of the two numbers of a {@link Coordinate}, as the EPSG dataset defines it for each CRS.
 *
 * <p>Mixing up axis order is the commonest error with coordinates and moves a point by hundreds of
 * kilometres; that is why every CRS states its order and {@link Coordinate} offers named accessors.
 */
public enum AxisOrder {
  /** Geodetic latitude then longitude, degrees (EPSG:4326, EPSG:4284). */
  LAT_LON(true, "latitude", "longitude"),
  /** Longitude then geodetic latitude, degrees (OGC:CRS84, GeoJSON, the journal). */
  LON_LAT(true, "longitude", "latitude"),
  /** Easting then northing, metres (UTM, EPSG:326zz and EPSG:327zz). */
  EASTING_NORTHING(false, "easting", "northing"),
  /** Northing (X) then easting (Y), metres: the Pulkovo 1942 Gauss–Krüger grids, as in EPSG and Soviet practice. */
  NORTHING_EASTING(false, "northing (X)", "easting (Y)");

  private final boolean geographic;
  private final String firstAxisName;
  private final String secondAxisName;

  AxisOrder(boolean geographic, String firstAxisName, String secondAxisName) {
    this.geographic = geographic;
    this.firstAxisName = firstAxisName;
    this.secondAxisName = secondAxisName;
  }

  /** True for angular axes (degrees), false for grid axes (metres). */
  public boolean isGeographic() {
    return geographic;
  }

  /** True when the first number is the northward one: latitude or northing. */
  public boolean isNorthFirst() {
    return this == LAT_LON || this == NORTHING_EASTING;
  }

  public String firstAxisName() {
    return firstAxisName;
  }

  public String secondAxisName() {
    return secondAxisName;
  }
}
