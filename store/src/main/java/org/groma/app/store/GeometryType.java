package org.groma.app.store;

/** Geometry types a projection layer may have; {@link #gpkgName()} is the GeoPackage geometry_type_name. */
public enum GeometryType {
  POINT(1),
  LINESTRING(2),
  POLYGON(3),
  MULTILINESTRING(5);

  private final int wkbCode;

  GeometryType(int wkbCode) {
    this.wkbCode = wkbCode;
  }

  /** The ISO/OGC Simple Features WKB type code (2D). */
  int wkbCode() {
    return wkbCode;
  }

  /** The name GeoPackage 1.3 (Annex E) uses in gpkg_geometry_columns and as the column's declared type. */
  public String gpkgName() {
    return name();
  }
}
