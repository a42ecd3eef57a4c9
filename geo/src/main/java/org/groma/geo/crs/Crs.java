package org.groma.geo.crs;

/**
 * A coordinate reference system: a datum, an axis order and, for a grid, a map projection.
 *
 * <p>Look one up by code with {@link CrsRegistry#lookup(String)} ({@code "EPSG:28408"}, {@code "4326"},
 * {@code "OGC:CRS84"}); the common ones are constants of {@link GeographicCrs} and factories of
 * {@link CrsRegistry}.
 *
 * <h2>Thread safety</h2>
 * Implementations are immutable records.
 */
public sealed interface Crs permits GeographicCrs, ProjectedCrs {

  /** Authority and code, e.g. {@code "EPSG:28408"} or {@code "OGC:CRS84"}. */
  String code();

  /** Name as in the EPSG dataset, e.g. {@code "Pulkovo 1942 / Gauss-Kruger zone 8"}. */
  String name();

  GeodeticDatum datum();

  /** The order, and so the meaning, of the two numbers of a {@link Coordinate} in this CRS. */
  AxisOrder axisOrder();

  /** The geographic CRS (latitude, longitude on the same datum) this CRS is based on, or itself. */
  GeographicCrs geographicBase();
}
